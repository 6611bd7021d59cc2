package mx.observa.samples;

import java.text.Normalizer;
import java.util.Locale;

/** Whole-document spelling habits: some observers type in capitals, others without accents. */
public enum Spelling {
    NORMAL,
    /** EVERYTHING IN CAPITALS (accents kept). */
    UPPER_CASE,
    /** No accents, no ñ, no inverted marks, as typed on a keyboard without a Spanish layout. */
    NO_ACCENTS;

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        return switch (this) {
            case NORMAL -> text;
            case UPPER_CASE -> text.toUpperCase(Locale.of("es", "MX"));
            case NO_ACCENTS -> stripAccents(text);
        };
    }

    static String stripAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = decomposed.replaceAll("\\p{M}+", "");
        return stripped.replace("¿", "").replace("¡", "").replace("«", "\"").replace("»", "\"")
                .replace("“", "\"").replace("”", "\"");
    }
}
