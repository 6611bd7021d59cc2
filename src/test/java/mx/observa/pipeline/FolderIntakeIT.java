package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.model.ServiceFailure;
import mx.observa.support.Fixtures;
import mx.observa.support.Inbox;
import mx.observa.support.TestHome;

/** Files dropped into the inbox go through the real folder route, Tika and the Lucene index on disk. */
class FolderIntakeIT {

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;

    @BeforeEach
    void start() throws Exception {
        config = TestHome.config(tmp);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    /** Completion of the folder route for exactly these files (not for whatever else the route is finishing). */
    private NotifyBuilder expectDeliveries(String... names) {
        return new NotifyBuilder(service.camelContext()).fromRoute("entrada-carpeta")
                .filter(e -> java.util.Arrays.asList(names).contains(e.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)))
                .whenDone(names.length).create();
    }

    /** The folder route took the files (archived them); then what they brought is processed from the journal. */
    private boolean delivered(NotifyBuilder taken) throws InterruptedException {
        return taken.matches(60, TimeUnit.SECONDS) && service.awaitIdle(java.time.Duration.ofMinutes(2));
    }

    private void drop(String name, byte[] content) throws Exception {
        Path tmpFile = config.inboxDir().resolve("." + name + ".part");
        Files.write(tmpFile, content);
        Files.move(tmpFile, config.inboxDir().resolve(name));
    }

    private List<SearchHit> search(String q) {
        return service.search().search(new SearchRequest(q, null, null, null, null, 0, 50)).hits();
    }

    @Test
    void routeTunablesComeFromTheObservaConfiguration() {
        var endpoint = (org.apache.camel.component.file.FileEndpoint)
                service.camelContext().getRoute("entrada-carpeta").getEndpoint();
        assertThat(endpoint.getReadLockMinAge()).isEqualTo(200);
        assertThat(endpoint.getFile().toPath()).isEqualTo(config.inboxDir());
    }

    @Test
    void accentedAndUnaccentedQueriesFindTheSameReportsWhateverTheEncoding() throws Exception {
        NotifyBuilder done = expectDeliveries("Informe Peña Pobre ñandú.txt", "latin1 windows.txt", "pagina.html");
        drop("Informe Peña Pobre ñandú.txt", "La información sobre los proyectos llegó tarde a la mesa receptora."
                .getBytes(StandardCharsets.UTF_8));
        drop("latin1 windows.txt", "Faltó informacion y la participación fue baja en la colonia Año de Juárez.\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        drop("pagina.html", "<html><body><p>Las papeletas llegaron completas; la ubicación de la mesa cambió.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(delivered(done)).isTrue();

        assertThat(search("informacion")).extracting(SearchHit::source)
                .containsExactlyInAnyOrder("Informe Peña Pobre ñandú.txt", "latin1 windows.txt");
        assertThat(search("información")).extracting(SearchHit::source)
                .containsExactlyInAnyOrder("Informe Peña Pobre ñandú.txt", "latin1 windows.txt");
        assertThat(search("participacion")).extracting(SearchHit::source).containsExactly("latin1 windows.txt");
        assertThat(search("ubicacion")).extracting(SearchHit::source).containsExactly("pagina.html");
        assertThat(search("año")).extracting(SearchHit::source).containsExactly("latin1 windows.txt");
        assertThat(search("\"mesa receptora\"")).extracting(SearchHit::source).containsExactly("Informe Peña Pobre ñandú.txt");
        assertThat(config.inboxDir()).isEmptyDirectory();
    }

    @Test
    void anOutlookMessageIsUnpackedLikeAnyMessage() throws Exception {
        String report = "Informe de observación de la mesa receptora M-02 en Tlalpan: la mesa se instaló tarde porque "
                + "faltaban las boletas y hubo propaganda cerca de la entrada durante toda la mañana del domingo.";
        Fixtures.OutlookMessage forwarded = new Fixtures.OutlookMessage("Informe de Tlalpan", report, "luis@example.org",
                Map.of(), List.of());
        Inbox.drop(service, "informes.msg", Fixtures.msg(new Fixtures.OutlookMessage("Reenvío", "Adjunto los informes.",
                "ana@example.org", Map.of("informe Coyoacán.docx", Fixtures.docx("En la MRO 3 de Coyoacán faltaron mamparas.")),
                List.of(forwarded))));

        assertThat(search("mamparas")).extracting(SearchHit::source).containsExactly("informe Coyoacán.docx");
        assertThat(search("propaganda")).extracting(SearchHit::source).containsExactly("texto del mensaje.txt");
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(2);
        assertThat(status.quarantined()).isZero();
    }

    @Test
    void aFileObservaCouldNotArchiveGoesBackToTheInboxAndIsTakenAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AdviceWith.adviceWith(service.camelContext(), "recibir", route -> route.weaveAddFirst().process(e -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ServiceFailure("No se pudo archivar el envío.", new IOException("No queda espacio en el disco"));
            }
        }));
        NotifyBuilder failed = new NotifyBuilder(service.camelContext()).fromRoute("entrada-carpeta").whenFailed(1).create();
        NotifyBuilder taken = new NotifyBuilder(service.camelContext()).fromRoute("entrada-carpeta").whenCompleted(1).create();

        drop("sin espacio.txt", "La mesa cerró antes de tiempo por falta de boletas.".getBytes(StandardCharsets.UTF_8));

        assertThat(failed.matches(60, TimeUnit.SECONDS)).as("the first attempt failed").isTrue();
        assertThat(delivered(taken)).as("taken again from the inbox").isTrue();
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(search("boletas")).extracting(SearchHit::source).containsExactly("sin espacio.txt");
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(1);
        assertThat(status.quarantined()).as("Observa's failure, not the file's").isZero();
        assertThat(status.duplicates()).isZero();
        assertThat(config.inboxDir()).isEmptyDirectory();
    }

    @Test
    void theSameBytesTwiceAreOneReportCountedAsDuplicate() throws Exception {
        byte[] report = "Hubo propaganda a menos de 50 metros de la mesa.".getBytes(StandardCharsets.UTF_8);
        NotifyBuilder first = expectDeliveries("original.txt");
        drop("original.txt", report);
        assertThat(delivered(first)).isTrue();
        NotifyBuilder second = expectDeliveries("reenviado.txt");
        drop("reenviado.txt", report);
        assertThat(delivered(second)).isTrue();

        assertThat(search("propaganda")).extracting(SearchHit::source).containsExactly("original.txt");
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(1);
        assertThat(status.duplicates()).isEqualTo(1);
    }

    @Test
    void aCorruptFileIsQuarantinedWithAReasonAndTheNextGoodFileIsStillIndexed() throws Exception {
        NotifyBuilder bad = expectDeliveries("dañado.pdf");
        byte[] truncatedPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Kids [3 0 R"
                .getBytes(StandardCharsets.US_ASCII);
        drop("dañado.pdf", truncatedPdf);
        assertThat(delivered(bad)).isTrue();
        NotifyBuilder good = expectDeliveries("bueno.txt");
        drop("bueno.txt", "Las mamparas estaban mal colocadas.".getBytes(StandardCharsets.UTF_8));
        assertThat(delivered(good)).isTrue();

        assertThat(search("mamparas")).extracting(SearchHit::source).containsExactly("bueno.txt");
        try (Stream<Path> files = Files.list(config.quarantineDir())) {
            List<Path> reasons = files.filter(p -> p.toString().endsWith(".motivo.txt")).toList();
            assertThat(reasons).hasSize(1);
            assertThat(Files.readString(reasons.get(0))).contains("dañado.pdf").contains("Motivo: No se pudo leer el archivo");
        }
        assertThat(Status.read(config).quarantined()).isEqualTo(1);
    }
}
