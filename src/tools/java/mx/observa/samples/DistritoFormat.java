package mx.observa.samples;

/** The ways observers write a distrito electoral local, e.g. "Distrito 24", "DD XXIV", "Dtto. Local XXIV". */
public enum DistritoFormat {
    PLAIN("Distrito %s", false),
    LOWER("distrito %s", false),
    DD_ROMAN("DD %s", true),
    DTTO_LOCAL_ROMAN("Dtto. Local %s", true),
    DTTO_NUMBER("DTTO. %s", false),
    LOCAL_NUMBER("Distrito Local %s", false),
    LOCAL_ROMAN("Distrito Local %s", true),
    ELECTORAL_LOCAL("Distrito Electoral Local %s", false),
    ROMAN_FIRST("%s Distrito Local", true);

    private final String pattern;
    private final boolean roman;

    DistritoFormat(String pattern, boolean roman) {
        this.pattern = pattern;
        this.roman = roman;
    }

    public String format(int distrito) {
        return String.format(java.util.Locale.ROOT, pattern, roman ? toRoman(distrito) : Integer.toString(distrito));
    }

    static String toRoman(int n) {
        if (n < 1 || n > 39) {
            throw new IllegalArgumentException("distrito out of range: " + n);
        }
        String[] tens = {"", "X", "XX", "XXX"};
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + units[n % 10];
    }
}
