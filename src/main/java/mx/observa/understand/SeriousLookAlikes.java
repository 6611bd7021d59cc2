package mx.observa.understand;

import java.util.List;

import mx.observa.model.FindingKind;

/**
 * When a serious incident the rules read may yield to its nearest labelled passages ({@link UnanimousNeighbours}): a
 * serious topic's look-alike reads a problem's word and then ends on a word of its own that says the thing went right
 * ("la mampara tapaba bien") or that denies the problem ("propaganda: ninguna"). Such a passage may be «sin novedad»
 * told in a problem's words, and when every one of its {@link NearestPassages#K} nearest labelled passages is «sin
 * novedad», it is. A serious incident told plainly ("un señor repartía volantes en la fila"), ended by someone ("pateó
 * la urna; los vecinos lo calmaron": the act happened), set against what was denied ("no hubo volantes, pero sí un
 * señor anotando nombres") or told after what went well ("todo tranquilo hasta que se pelearon") keeps the rules'
 * kind whatever its neighbours say: the consolidated report lists serious incidents one by one, and one lost because
 * passages alike were fine is a loss no vote should risk unless the passage's own last word points the same way.
 *
 * <p>Measured (thirty-eighth session) on the check sets ciega 1 … 32, whose errors were not read: false serious
 * incidents 156 → 149, right ones and recall unchanged in every set. Letting an incident ended by someone yield too
 * lost right serious incidents (ajuste, ciega 8 and 18: ciega 18 fell below its serious-recall floor); so did any fine
 * word anywhere in the passage rather than its last one.
 */
final class SeriousLookAlikes {

    private SeriousLookAlikes() {
    }

    /** Whether the rules' reading of the incident ends on something fine or denied, with no problem ended nor contrasted. */
    static boolean saysFineToo(KindClassifier.Kind ruled) {
        KindSignals.Reading reading = ruled.reading();
        if (reading == null || reading.resolved() || reading.contrast() || reading.signals().isEmpty()) {
            return false;
        }
        // what the passage ends on is its verdict: "la mampara tapaba bien" ends fine, "todo tranquilo hasta que se
        // pelearon" ends on the problem
        List<KindSignals.Signal> signals = reading.signals();
        return !signals.get(signals.size() - 1).problem();
    }

    /**
     * Whether the nearest passages' kind may overrule a serious incident that {@link #saysFineToo says fine too}: only
     * «sin novedad», what the passage's own last word says; seven contexts alike are no reason (recommendations are
     * {@link UnanimousNeighbours}' own case: they overrule any kind by their form).
     */
    static boolean mayOverrule(FindingKind neighbours) {
        return neighbours == FindingKind.CONFORME;
    }
}
