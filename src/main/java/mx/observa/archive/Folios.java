package mx.observa.archive;

/** Folios are the observer's receipt: {@code PREFIX-NNNNNN}, e.g. {@code OBS-2022-000123}; issued once, never reused. */
public final class Folios {

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
}
