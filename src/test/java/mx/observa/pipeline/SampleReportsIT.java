package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.support.TestHome;

/**
 * Every file of sample-reports/ (every accepted format, OCR included) is dropped into the inbox of a running service,
 * goes through the real folder route, and its distinctive phrase from catalogo.csv is then found by search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportsIT {

    private static final Path SAMPLES = TestHome.projectRoot().resolve("sample-reports");

    private ObservaConfig config;
    private ObservaService service;

    List<CSVRecord> catalogue() throws Exception {
        try (Reader in = Files.newBufferedReader(SAMPLES.resolve("catalogo.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @BeforeAll
    void ingestAllSamples(@TempDir Path tmp) throws Exception {
        config = TestHome.config(tmp);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        List<Path> files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md") && !f.getFileName().toString().equals("catalogo.csv"))
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        NotifyBuilder done = mx.observa.support.Deliveries.done(service.camelContext(), "entrada-carpeta", files.size());
        for (Path f : files) {
            Path part = config.inboxDir().resolve("." + f.getFileName() + ".part");
            Files.copy(f, part);
            Files.move(part, config.inboxDir().resolve(f.getFileName()));
        }
        assertThat(done.matches(5, TimeUnit.MINUTES)).as("all samples taken").isTrue();
        mx.observa.support.Inbox.awaitProcessed(service);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachSampleIsFoundByItsDistinctivePhrase(CSVRecord row) {
        String file = row.get("archivo");
        String phrase = row.get("frase_distintiva");
        List<SearchHit> hits = service.search().search(new SearchRequest("\"" + phrase + "\"", null, null, null, null, 0, 50)).hits();
        assertThat(hits).as("hits for «%s»", phrase).extracting(h -> deliveredFile(h.folio())).contains(file);
        assertThat(hits.get(0).folio()).matches("OBS-2022-\\d{6}");
    }

    /** The file a report was delivered in: its own, or the message or CSV export it was unpacked from. */
    private String deliveredFile(String folio) {
        var journal = mx.observa.archive.Journal.read(config.journalDir());
        var state = journal.submissions().stream().filter(s -> s.folio().equals(folio)).findFirst().orElseThrow();
        while (state.parent() != null) {
            String parent = state.parent();
            state = journal.submissions().stream().filter(s -> s.folio().equals(parent)).findFirst().orElseThrow();
        }
        return state.source();
    }

    @Test
    void theSameReportAsPdfAndDocxAndAResendWithSmallEditsAreLinkedToTheirFirstCopy() {
        var states = mx.observa.archive.Journal.read(config.journalDir()).submissions();
        for (String[] pair : new String[][] {
                {"08-incidentes-tlalpan-totoltepec.docx", "09-incidentes-tlalpan-totoltepec.pdf"},
                {"10-reporte-xochimilco-atlapulco.docx", "11-reporte-xochimilco-atlapulco-corregido.docx"}}) {
            var a = states.stream().filter(s -> s.source().equals(pair[0])).findFirst().orElseThrow();
            var b = states.stream().filter(s -> s.source().equals(pair[1])).findFirst().orElseThrow();
            assertThat(java.util.Arrays.asList(a.duplicateOf(), b.duplicateOf())).as(pair[0] + " / " + pair[1])
                    .containsExactlyInAnyOrder(null, a.duplicateOf() == null ? a.folio() : b.folio());
        }
    }

    @Test
    void noSampleIsQuarantined() {
        Status status = Status.read(config);
        assertThat(status.quarantined()).isZero();
        assertThat(status.reports() + status.duplicates()).isGreaterThanOrEqualTo(25);
    }
}
