package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Finding;
import mx.observa.model.PersonalData;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;

/** The project's real configuration (config/ at the project root), loaded once for the unit tests. */
final class Fixtures {

    static final Path CONFIG = Path.of("config");
    static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();
    static final Gazetteer GAZETTEER = Gazetteer.load(CONFIG.resolve("geografia"));
    static final PrivacyVocabulary PRIVACY = PrivacyVocabulary.load(CONFIG.resolve(PrivacyVocabulary.DIR));
    static final TopicRules RULES = TopicRules.load(CONFIG.resolve(TopicRules.FILE_NAME), ANALYZER);
    static final PersonNames NAMES = new PersonNames(PRIVACY, GAZETTEER);
    static final PersonalDataDetector DETECTOR = new PersonalDataDetector(PRIVACY, GAZETTEER);
    static final ReportUnderstander UNDERSTANDER = new ReportUnderstander(ObservaConfig.load(Path.of(".")), ANALYZER);
    /** The rules alone, without the nearest labelled passages: what tests of the rules themselves read. */
    static final ReportUnderstander RULES_ONLY = new ReportUnderstander(ObservaConfig.load(Path.of(".")), ANALYZER,
            new NearestPassages(LabelledPassages.none(), ANALYZER));

    private Fixtures() {
    }

    /** The personal data the detector finds in a text of which nothing is known before (no observer, no sender). */
    static List<PersonalData> detectedPersonalData(String text) {
        return DETECTOR.detect(text, NAMES.find(text), KnownPersonalData.NONE);
    }

    /** The one finding the rules alone read in a passage (the test fails if there is not exactly one). */
    static Finding onlyFinding(String passage) {
        Understanding u = RULES_ONLY.understand(passage, "prueba.txt");
        assertThat(u.findings()).as(passage).hasSize(1);
        return u.findings().get(0);
    }
}
