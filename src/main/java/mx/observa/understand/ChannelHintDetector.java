package mx.observa.understand;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Whether a report is about the in-person vote at a mesa ({@code "mro"}) or the internet vote ({@code "sei"}):
 * whichever kind of cue appears more often; none, or as many of each, is no hint.
 */
final class ChannelHintDetector {

    static final String MRO = "mro";
    static final String SEI = "sei";

    private static final Pattern SEI_CUES = Pattern.compile(
            "(?<![\\p{L}])(?:sei|sistema electronico|por internet|en linea|plataforma|voto electronico|votacion electronica"
                    + "|codigo de verificacion)(?![\\p{L}])");
    private static final Pattern MRO_CUES = Pattern.compile(
            "(?<![\\p{L}])(?:mro|mesa receptora|la mesa(?! de ayuda)|(?<=^|[.:;!?]\\s)mesa(?! de ayuda)|casilla|mampara|urna|boletas?|papeletas?"
                    + "|escrutador(?:a|es|as)?)(?![\\p{L}])", Pattern.MULTILINE);

    Optional<String> detect(String text) {
        String folded = Folding.foldPreservingLength(text);
        int sei = count(SEI_CUES.matcher(folded));
        int mro = count(MRO_CUES.matcher(folded));
        if (sei > mro) {
            return Optional.of(SEI);
        }
        return mro > sei ? Optional.of(MRO) : Optional.empty();
    }

    /**
     * Whether the report speaks of the internet vote and not of a mesa it saw: never of a mesa, or of one a third as
     * often as of the internet vote — a mesa named once in a walkthrough of the voting page is where else one could
     * vote ("explicó que se podía opinar en la mesa el 1 de mayo") or the name of a step ("Boleta"), not a mesa observed.
     */
    boolean internetOnly(String text) {
        String folded = Folding.foldPreservingLength(text);
        int sei = count(SEI_CUES.matcher(folded));
        return sei > 0 && sei >= MESA_IN_PASSING * count(MRO_CUES.matcher(folded));
    }

    /** How many times more often than a mesa an internet-only report names the internet vote, at least. */
    private static final int MESA_IN_PASSING = 3;

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
