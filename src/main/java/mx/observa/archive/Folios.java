package mx.observa.archive;

/** Folios are the observer's receipt: {@code PREFIX-NNNNNN}, e.g. {@code OBS-2022-000123}; issued once, never reused. */
public final class Folios {

    /** Any prefix of letters, digits and dashes, then the running number; short, as a person would type it. */
    private static final java.util.regex.Pattern SHAPE =
            java.util.regex.Pattern.compile("(?i)[a-z0-9]+(-[a-z0-9]+)*-\\d{1,12}");

    private Folios() {
    }

    public static String format(String prefix, long number) {
        return "%s-%06d".formatted(prefix, number);
    }

    /** The running number of a folio (its last dash-separated part). */
    public static long number(String folio) {
        int dash = folio.lastIndexOf('-');
        try {
            return Long.parseLong(folio.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Whether {@code s} has the shape of a folio (of any prefix), so a page may repeat it: a page never echoes
     * free text someone put in a link.
     */
    public static boolean wellFormed(String s) {
        return s != null && s.length() <= 40 && SHAPE.matcher(s).matches();
    }
}
