package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.support.Inbox;
import mx.observa.support.TestHome;

/** Questionnaire exports dropped into the inbox: one report per row through the real folder route and pipeline. */
class CsvIntakeIT {

    private static final String HEADER = "Marca temporal,Dirección de correo electrónico,Nombre completo,Alcaldía,"
            + "Distrito local,¿Se instaló la mesa a tiempo?,Describa lo observado\n";
    private static final String ANA = "2022/05/01 10:15,ana@example.org,Ana Pérez,Iztapalapa,24,Sí,"
            + "\"Las boletas llegaron tarde.\n\nLa mesa abrió a las 10:00.\"\n";
    private static final String LUIS = "2022/05/01 11:00,luis@example.org,Luis Ñúñez,coyoacan,XXX,No,Faltaron mamparas en la mesa.\n";
    private static final String BAD = "2022/05/01 12:00,eva@example.org,Eva,Tlalpan,45,Sí,Propaganda cerca de la mesa.\n";
    private static final String NEW = "2022/05/02 09:00,rosa@example.org,Rosa,Tláhuac,,No,Hubo acarreo de votantes.\n";

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

    private void drop(String name, byte[] content) throws Exception {
        Inbox.drop(service, name, content);
    }

    private List<SearchHit> search(String q, String alcaldia) {
        return service.search().search(new SearchRequest(q, null, alcaldia, null, null, 0, 50)).hits();
    }

    @Test
    void everyGoodRowIsAReportAndABadRowIsQuarantinedWithItsRowNumber() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = (HEADER + ANA + LUIS + BAD).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(csv, 0, withBom, 3, csv.length);

        drop("respuestas.csv", withBom);

        assertThat(search("boletas", "iztapalapa")).extracting(SearchHit::source).containsExactly("respuestas.csv, fila 2");
        assertThat(search("mamparas", "Coyoacán")).extracting(SearchHit::distrito).containsExactly(30);
        assertThat(search("propaganda", null)).isEmpty();
        try (Stream<Path> files = Files.list(config.quarantineDir())) {
            List<Path> reasons = files.filter(p -> p.toString().endsWith(".motivo.txt")).toList();
            assertThat(reasons).singleElement().satisfies(r -> assertThat(Files.readString(r))
                    .contains("Archivo: respuestas.csv, fila 4")
                    .contains("Motivo: Fila 4: El distrito local debe ser un número del 1 al 33 (se recibió «45»)."));
        }
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(2);
        assertThat(status.quarantined()).isEqualTo(1);
        JournalView journal = Journal.read(config.journalDir());
        SubmissionState file = journal.submissions().stream().filter(SubmissionState::isContainer).findFirst().orElseThrow();
        assertThat(file.channel()).isEqualTo("carpeta");
        assertThat(journal.submissions()).filteredOn(s -> !s.isContainer())
                .allSatisfy(s -> {
                    assertThat(s.parent()).isEqualTo(file.folio());
                    assertThat(s.channel()).isEqualTo("csv");
                });
    }

    @Test
    void reimportingTheSameFileAddsNothingAndALongerExportAddsOnlyItsNewRows() throws Exception {
        drop("respuestas.csv", (HEADER + ANA + LUIS).getBytes(StandardCharsets.UTF_8));
        Status first = Status.read(config);
        assertThat(first.reports()).isEqualTo(2);

        drop("respuestas (1).csv", (HEADER + ANA + LUIS).getBytes(StandardCharsets.UTF_8));
        Status again = Status.read(config);
        assertThat(again.reports()).isEqualTo(2);
        assertThat(again.duplicates()).isZero();

        drop("respuestas (2).csv", (HEADER + ANA + LUIS + NEW).getBytes(StandardCharsets.UTF_8));
        Status longer = Status.read(config);
        assertThat(longer.reports()).isEqualTo(3);
        assertThat(longer.duplicates()).isZero();
        assertThat(search("acarreo", "Tláhuac")).extracting(SearchHit::source).containsExactly("respuestas (2).csv, fila 4");
        assertThat(search("boletas", null)).extracting(SearchHit::source).containsExactly("respuestas.csv, fila 2");
    }

    @Test
    void aLatin1SemicolonExportIsReadWithItsAccents() throws Exception {
        String csv = "Nombre;Alcaldía;Observaciones\r\nJosé;Álvaro Obregón;La participación fue baja por la lluvia.\r\n";
        drop("kobo.csv", csv.getBytes(Charset.forName("windows-1252")));

        assertThat(search("participacion", "alvaro obregon")).singleElement()
                .satisfies(h -> assertThat(h.alcaldia()).isEqualTo("Álvaro Obregón"));
    }
}
