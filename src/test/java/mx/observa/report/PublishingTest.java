package mx.observa.report;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.Report;
import mx.observa.understand.Detection;
import mx.observa.understand.TopicLabels;

/**
 * Why a configuration publishes with one {@link Redactor}: the edition reads a report's findings with what is known of
 * the stored report, the commission's pages with what is known of each indexed finding; through the same redactor the
 * page's reading is the edition's, not a second detection.
 */
class PublishingTest {

    /** A detector that reads every capitalized pair of words as a name, and counts what it was asked to read. */
    private final List<String> read = new ArrayList<>();
    private final Publishing publishing = new Publishing(new TopicLabels(java.util.Map.of()), new Redactor((text, known) -> {
        read.add(text);
        List<PersonalData> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+").matcher(text);
        while (m.find()) {
            names.add(new PersonalData("nombre", m.group(), m.start(), m.end()));
        }
        return new Detection(names, List.of());
    }));

    private final Report stored = report("OBS-2022-700001").in("Tláhuac", 35).source("bitacora-de-campo.txt")
            .personal("Oralia Benítez")
            .finding("La escrutadora Oralia Benítez leyó las papeletas en voz alta y nadie objetó el conteo.")
            .build();

    @Test
    void aFindingTheEditionRedactedIsShownToTheCommissionWithoutReadingItAgain() {
        Redactor redactor = publishing.redactor();
        String text = stored.findings().get(0).text();
        String inTheEdition = redactor.redact(text, redactor.known(stored));

        String onThePage = redactor.redact(text, redactor.known(indexed(stored, stored.findings().get(0))));

        assertThat(onThePage).isEqualTo(inTheEdition).doesNotContain("Oralia").contains(Redactor.MARK);
        assertThat(read).as("the finding's text is detected once, for the edition").containsOnlyOnce(text);
    }

    @Test
    void theSameTextInAnotherReportIsReadWithWhatIsKnownOfThatReport() {
        // sharing the redactor must never share one report's known personal data with another's page
        Redactor redactor = publishing.redactor();
        Report other = report("OBS-2022-700002").in("Tláhuac", 35).source("otra-bitacora.txt")
                .personal("Nadia Orozco").finding(stored.findings().get(0).text()).build();
        String text = stored.findings().get(0).text();
        redactor.redact(text, redactor.known(stored));

        redactor.redact(text, redactor.known(indexed(other, other.findings().get(0))));

        assertThat(read.stream().filter(text::equals)).as("read again with the other report's known data").hasSize(2);
    }

    /** The finding as the index hands it to the web: the report's personal data and its original file name. */
    private static IndexedFinding indexed(Report report, Finding finding) {
        return new IndexedFinding(report.submission().folio(), finding.number(), report.source(), "carpeta", "Tláhuac", 35,
                null, null, null, List.of(), finding.text(), "{}", null, null, "conforme", List.of(), false,
                List.copyOf(IndexSchema.personalData(report)));
    }
}
