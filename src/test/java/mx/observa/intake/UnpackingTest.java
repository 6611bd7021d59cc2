package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.archive.Archive;
import mx.observa.archive.Delivery;
import mx.observa.archive.Journal;
import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.Submission;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;
import mx.observa.support.Fixtures;
import mx.observa.support.TestHome;

/**
 * The unpack route's steps on a real archive and journal: an archived container becomes its parts, each a delivery of
 * its own (its bytes, its name, the container as parent, nothing else of the container), and the journal learns when
 * the container was unpacked to the end.
 */
class UnpackingTest {

    @TempDir
    Path tmp;

    private final DefaultCamelContext camel = new DefaultCamelContext();
    private Journal journal;
    private Archive archive;
    private Unpacking unpacking;

    @BeforeEach
    void open() {
        journal = Journal.open(tmp.resolve("journal"));
        archive = new Archive(tmp.resolve("archive"), journal, "OBS-2022",
                (p, name) -> name.endsWith(".zip") ? "application/zip" : name.endsWith(".csv") ? "text/csv" : "text/plain",
                Clock.systemUTC());
        unpacking = new Unpacking(archive, new MailSplitter(25, 20 * 1024, 50),
                new CsvRows(CsvColumns.load(TestHome.projectRoot().resolve("config/csv-columnas.yaml"))),
                new ZipEntries(tmp.resolve("zip"), 50, 100, 200L * 1024 * 1024), journal, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    /** A container archived as the receive step archives it, and the exchange the unpack route gets. */
    private Exchange archivedContainer(String name, byte[] bytes, ContainerKind kind) {
        Submission container = archive.receive(new ByteArrayInputStream(bytes), new Delivery(name, Channel.CORREO,
                "ana@example.org", null, Map.of("alcaldia", "Tlalpan"), type -> true)).submission();
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(Headers.SUBMISSION, container);
        exchange.setProperty(Headers.UNPACK, kind);
        exchange.setProperty(Headers.DECLARED, Map.of("alcaldia", "Tlalpan"));
        exchange.setProperty(Headers.DEPTH, 1);
        exchange.getMessage().setHeader("Subject", "del contenedor");
        return exchange;
    }

    /** What the split does with one part: a copy of the container's exchange whose body is the part. */
    private Exchange split(Exchange container, Part part) {
        Exchange copy = container.copy();
        copy.getMessage().setBody(part);
        unpacking.prepare(copy);
        return copy;
    }

    @Test
    void aZipBecomesItsEntriesEachADeliveryOfItsOwnWithTheContainerAsParentAndNothingElseOfIt() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("red/mesa 1.txt", "En la mesa 1 faltaron boletas.".getBytes(StandardCharsets.UTF_8));
        entries.put("mesa 2.txt", "En la mesa 2 hubo propaganda.".getBytes(StandardCharsets.UTF_8));
        Exchange zip = archivedContainer("informes.zip", Fixtures.zip(entries, StandardCharsets.UTF_8), ContainerKind.ARCHIVE);
        String folio = zip.getProperty(Headers.SUBMISSION, Submission.class).folio();

        Iterator<Part> parts = unpacking.parts(zip);
        List<Exchange> delivered = new ArrayList<>();
        while (parts.hasNext()) {
            delivered.add(split(zip, parts.next()));
        }

        assertThat(delivered).extracting(e -> e.getMessage().getHeader(Headers.SOURCE))
                .containsExactly("mesa 1.txt", "mesa 2.txt");
        assertThat(delivered).allSatisfy(e -> {
            assertThat(e.getProperty(Headers.PARENT)).isEqualTo(folio);
            assertThat(e.getProperty(Headers.DEPTH)).isEqualTo(2);
            assertThat(e.getProperty(Headers.SUBMISSION)).as("not the container's").isNull();
            assertThat(e.getProperty(Headers.UNPACK)).isNull();
            assertThat(e.getMessage().getHeaders()).containsOnlyKeys(Headers.SOURCE, Headers.CHANNEL, Headers.SENDER);
            assertThat(e.getMessage().getHeader(Headers.CHANNEL)).isEqualTo("correo");
            assertThat(e.getProperty(Headers.DECLARED, Map.class)).containsEntry("alcaldia", "Tlalpan");
        });
        assertThat(Files.readString((Path) delivered.get(1).getMessage().getBody())).isEqualTo("En la mesa 2 hubo propaganda.");

        assertThat(journal.byFolio(folio).orElseThrow().isUnpackingUnfinished()).isTrue();
        unpacking.finish(zip);
        assertThat(journal.byFolio(folio).orElseThrow().isUnpackingUnfinished()).as("unpacked to the end").isFalse();
        assertThat(zip.getProperty(Outcome.PROPERTY, Outcome.class))
                .isEqualTo(new Outcome(Outcome.Kind.RECEIVED, folio, "informes.zip", null));
        assertThat(zip.getProperty(Headers.PARTS, List.class)).isEmpty(); // filled by the split's aggregation
    }

    @Test
    void aQuestionnaireExportBecomesOneReportPerRowNamedByItsRow() {
        String csv = "Nombre,Alcaldía,Describa lo observado\nAna,Iztapalapa,Propaganda en la entrada.\n"
                + "Beto,Tlalpan,Votación tranquila.\n";
        Exchange export = archivedContainer("respuestas.csv", csv.getBytes(StandardCharsets.UTF_8), ContainerKind.CSV);

        Iterator<Part> rows = unpacking.parts(export);
        List<String> names = new ArrayList<>();
        rows.forEachRemaining(p -> names.add(p.name()));

        assertThat(names).containsExactly("respuestas.csv, fila 2", "respuestas.csv, fila 3");
    }

    @Test
    void aPartThatCannotBeTakenAsAReportCarriesItsReasonToQuarantine() {
        Exchange post = archivedContainer("envío por la API.json", "{}".getBytes(StandardCharsets.UTF_8), ContainerKind.POST);
        post.setProperty(Unpacking.ITEMS, List.of(Part.refused("adjunto 51.txt", "texto".getBytes(StandardCharsets.UTF_8),
                Channel.API, null, Map.of(), "Se aceptan hasta 50 adjuntos por envío.")));

        Exchange part = split(post, unpacking.parts(post).next());

        assertThat(part.getProperty(Unpacking.PROBLEM)).isEqualTo("Se aceptan hasta 50 adjuntos por envío.");
        assertThatThrownBy(() -> unpacking.refuse(part)).isInstanceOf(RejectedSubmission.class)
                .hasMessage("Se aceptan hasta 50 adjuntos por envío.");
    }
}
