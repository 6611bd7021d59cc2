package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;

/**
 * Invented passages of a few genres (a checklist, a chat, a diary): serious topics' look-alikes that end saying the
 * thing went right, and serious incidents written near the same words, which must keep their kind.
 */
class SeriousLookAlikesTest {

    private static final KindClassifier KINDS = new KindClassifier(KindRules.load(Path.of("config", KindRules.FILE_NAME), Fixtures.ANALYZER));
    private static final TopicClassifier TOPICS = new TopicClassifier(Fixtures.RULES);

    private static KindClassifier.Kind read(String text) {
        AnalyzedText at = AnalyzedText.of(Fixtures.ANALYZER, text);
        return KINDS.classify(text, at, TOPICS.classify(at).problems()).orElseThrow();
    }

    @Test
    void aPassageThatEndsOnAFineWordOrADenialSaysFineToo() {
        assertThat(SeriousLookAlikes.saysFineToo(read("Inspección de la banqueta a las 13:00: ni lonas ni volantes de ningún proyecto."))).isTrue();
        assertThat(SeriousLookAlikes.saysFineToo(read("El cancel no tapaba nada y desde la fila se veía cómo marcaba cada quien."))).isTrue();
    }

    @Test
    void aSeriousIncidentToldPlainlyEndedOrSetAgainstADenialDoesNot() {
        // told plainly, or with the mesa's silence
        assertThat(SeriousLookAlikes.saysFineToo(read("Un joven le tomó foto a la boleta de su vecina con el celular."))).isFalse();
        assertThat(SeriousLookAlikes.saysFineToo(read("Un señor repartía volantes de un proyecto a la fila y nadie le dijo nada."))).isFalse();
        // the act happened, though it was then stopped
        assertThat(SeriousLookAlikes.saysFineToo(read("Un muchacho pateó la urna; los vecinos lo calmaron."))).isFalse();
        // what went well before it is not the passage's verdict, nor is what was denied against it
        assertThat(SeriousLookAlikes.saysFineToo(read("Todo tranquilo hasta que dos hombres se pelearon a golpes junto a la urna."))).isFalse();
        assertThat(SeriousLookAlikes.saysFineToo(read("No hubo volantes, pero sí un señor anotando el nombre de quienes votaban."))).isFalse();
    }

    private static LabelledPassages.Passage passage(String text, FindingKind kind) {
        return new LabelledPassages.Passage(text, kind, Set.of("secreto_voto"), "prueba");
    }

    private static NearestPassages nearest(FindingKind kind) {
        return new NearestPassages(new LabelledPassages(List.of(
                passage("el biombo de cartón tapaba bien y nadie veía la boleta de otro", kind),
                passage("el biombo tapaba bien, nadie veía la boleta de nadie", kind),
                passage("tapaba bien el biombo de cartón y nadie veía la boleta", kind),
                passage("el biombo de cartón tapaba bien; la boleta nadie la veía", kind),
                passage("con el biombo que tapaba bien nadie veía la boleta de otro", kind),
                passage("el biombo tapaba bien y nadie alcanzaba a ver la boleta", kind),
                passage("biombo de cartón: tapaba bien, nadie veía la boleta", kind),
                passage("el biombo de cartón tapaba bien toda la tarde y nadie veía la boleta", kind),
                passage("un señor se metió al biombo con su esposa y le marcó la boleta", FindingKind.INCIDENCIA),
                passage("que manden biombos más altos", FindingKind.RECOMENDACION))), Fixtures.ANALYZER);
    }

    private static final String SAID = "el biombo de cartón tapaba bien y nadie veía la boleta de los demás";

    /** The rules' serious incident: a problem's word, then (or not) a fine one. */
    private static NearestPassages.Settled ruled(boolean endsFine) {
        KindSignals.Signal problem = new KindSignals.Signal(new Rule.Match(1, 4, "biombo … tapaba"), true, "biombo … tapaba");
        KindSignals.Signal fine = new KindSignals.Signal(new Rule.Match(5, 5, "bien"), false, "bien");
        KindSignals.Reading reading = new KindSignals.Reading(endsFine ? List.of(problem, fine) : List.of(fine, problem), false);
        return new NearestPassages.Settled(new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("biombo … tapaba"), reading, null), null);
    }

    @Test
    void aSeriousIncidentThatEndsFineYieldsOnlyToSevenFineNeighbours() {
        AnalyzedText text = AnalyzedText.of(Fixtures.ANALYZER, SAID);

        assertThat(UnanimousNeighbours.review(ruled(true), nearest(FindingKind.CONFORME), text, Set.of("secreto_voto"))
                .kind().kind()).isEqualTo(FindingKind.CONFORME);
        // seven contexts alike are no reason to drop a serious incident (seven recommendations are: a proposal is alike
        // to others by its form, UnanimousNeighbours#PROPOSALS)
        NearestPassages.Settled told = ruled(true);
        assertThat(UnanimousNeighbours.review(told, nearest(FindingKind.CONTEXTO), text, Set.of("secreto_voto")))
                .isSameAs(told);
    }

    @Test
    void aSeriousIncidentThatEndsOnItsProblemKeepsItsKind() {
        NearestPassages.Settled settled = ruled(false);

        assertThat(UnanimousNeighbours.review(settled, nearest(FindingKind.CONFORME), AnalyzedText.of(Fixtures.ANALYZER, SAID),
                Set.of("secreto_voto"))).isSameAs(settled);
    }
}
