package mx.observa.text;

import java.text.Normalizer;
import java.util.Locale;

/** Accent and case folding for plain strings (keys, comparisons), consistent with the analyzer's ASCII folding. */
public final class Folding {

    private Folding() {
    }

    /** "Álvaro Obregón" → "Alvaro Obregon", "Año" → "Ano"; case kept. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    public static String foldLower(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }
}
