package mx.observa.text;

/**
 * Which separator a CSV export uses, told from its header line: intake reads exports with it, and understanding
 * recognises an export pasted or delivered as plain text.
 */
public final class CsvDelimiter {

    private CsvDelimiter() {
    }

    /** The separator that splits the header into the most columns, quotes respected; comma on a tie. */
    public static char of(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            switch (c) {
                case '"' -> quoted = !quoted;
                case ',' -> commas += quoted ? 0 : 1;
                case ';' -> semicolons += quoted ? 0 : 1;
                case '\t' -> tabs += quoted ? 0 : 1;
                default -> { }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
