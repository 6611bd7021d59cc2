package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.SearchFilters;
import mx.observa.index.SearchRequest;
import mx.observa.index.VisibleText;
import mx.observa.model.Channel;
import mx.observa.model.Report;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.report.Redactor;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.ReportUnderstander;

/**
 * The commission's searches over a real on-disk index of a report understood by the real understander: a name the
 * redaction hides must not find the report, also when only the safety net announces it (a copy line "C.c.p. Lic. …").
 */
class CommissionQueriesTest {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(Path.of(".")), analyzer);
    private final Redactor redactor = new Redactor(understander::detection);

    @Test
    void aNameTheSafetyNetHidesInOnePassageFindsNoReportThroughAnyOther() {
        String text = "Informe de observación de la mesa receptora.\n\n"
                + "La fila avanzó lento y faltaron boletas; Galindo dijo que llegarían a las 11:00 y no llegaron.\n\n"
                + "C.c.p. Lic. Evaristo Galindo Pámanes, asesor jurídico de la asociación de residentes.";
        Understanding u = understander.understand(text, "informe.txt");
        Submission s = new Submission("OBS-2022-920001", "0", Channel.CARPETA, Instant.EPOCH, "informe.txt", text.length(),
                "text/plain", null);
        FindingIndex index = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
        try {
            index.replace(new Report(s, "informe.txt", "text/plain", text, u, null));
            index.commit();
            FindingSearch search = new FindingSearch(index, analyzer);
            VisibleText commission = new CommissionQueries(redactor).visible();
            for (String q : List.of("Evaristo", "Galindo", "Pámanes", "galindo")) {
                assertThat(folios(search, q, null)).as("the analyst finds " + q).contains("OBS-2022-920001");
                assertThat(folios(search, q, commission)).as("the commission does not find " + q).isEmpty();
            }
            assertThat(folios(search, "boletas", commission)).as("what it reads it finds").contains("OBS-2022-920001");
        } finally {
            index.close();
        }
    }

    private static List<String> folios(FindingSearch search, String q, VisibleText visible) {
        return search.search(new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 50), visible).hits()
                .stream().map(h -> h.folio()).distinct().toList();
    }
}
