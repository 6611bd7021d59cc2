package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-scope view of which trigger of {@link PersonNames} read which words of a text as a name, before the context may
 * say they name no person; and the spans where the text announces a person ({@link AnnouncedNames}), which the
 * redaction's safety net removes whatever the detector thinks. For the per-trigger table of the privacy measurement.
 */
public final class NameTriggers {

    /** The safety net's trigger name: a name announced by a label, a title or a list («Asistentes:», «C.c.p. Lic. …»). */
    public static final String ANNOUNCED = "anuncio (red de seguridad)";

    /** One trigger's find: {@code [start, end)} of the text. */
    public record Found(String trigger, int start, int end) {
    }

    private NameTriggers() {
    }

    /** Every trigger's raw finds in {@code text}, in the order the scan applies the triggers. */
    public static List<Found> in(String text) {
        List<Found> out = new ArrayList<>();
        for (Mention<String> m : Fixtures.NAMES.foundByTrigger(text)) {
            out.add(new Found(m.value(), m.start(), m.end()));
        }
        for (int[] span : AnnouncedNames.find(text).spans()) {
            out.add(new Found(ANNOUNCED, span[0], span[1]));
        }
        return out;
    }
}
