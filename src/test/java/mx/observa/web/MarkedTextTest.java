package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;
import mx.observa.report.Redactor;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.KnownPersonalData;
import mx.observa.understand.ReportUnderstander;

class MarkedTextTest {

    private final Redactor redactor = new Redactor(new ReportUnderstander(ObservaConfig.load(Path.of(".")),
            new FoldingSpanishAnalyzer())::detection);

    @Test
    void aHighlightedSnippetKeepsItsMarksAndLosesTheNameEvenWhenAMarkSplitsIt() {
        String snippet = "La <mark>Sra</mark>. <mark>Leonor</mark> Izquierdo pidió &quot;más&quot; <mark>boletas</mark> &amp; mamparas";

        assertThat(MarkedText.redact(snippet, redactor, KnownPersonalData.NONE))
                .isEqualTo("La [dato personal] pidió &quot;más&quot; <mark>boletas</mark> &amp; mamparas");
    }

    @Test
    void whatIsKnownAboutTheReportIsRemovedFromItsSnippetsToo() {
        KnownPersonalData known = KnownPersonalData.of(List.of("Casimiro Yáñez Bocanegra"));

        assertThat(MarkedText.redact("… y <mark>Casimiro</mark> contó las <mark>boletas</mark>", redactor, known))
                .isEqualTo("… y [dato personal] contó las <mark>boletas</mark>");
    }
}
