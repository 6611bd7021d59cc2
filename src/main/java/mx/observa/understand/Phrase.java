package mx.observa.understand;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.util.BytesRef;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A sequence of word patterns written by a person in the rules file, matched against consecutive tokens of an
 * {@link AnalyzedText}. Each word is one of:
 * <ul>
 *   <li>a plain word: analyzed with the shared chain, so "boletas" also matches "boleta" and "BOLETAS";</li>
 *   <li>{@code prefijo*}: any word whose accent-free, lower-case form starts with the prefix ("instal*" matches
 *       "instaló", "instalación", "instalaron"), useful for verbs the light stemmer leaves alone;</li>
 *   <li>{@code #numero}: any number written in digits that counts something (not a time, a year or an item number);</li>
 *   <li>{@code #hora}: the hour of a clock time ("9" in "9:40").</li>
 * </ul>
 */
final class Phrase {

    static final String NUMBER = "#numero";
    static final String CLOCK = "#hora";

    private sealed interface WordPattern permits Exact, Prefix, AnyNumber, ClockTime {
        boolean matches(AnalyzedText.Token token);
    }

    private record Exact(String term) implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.term().equals(term);
        }
    }

    private record Prefix(String prefix) implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.surface().startsWith(prefix);
        }
    }

    private record AnyNumber() implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.isNumber();
        }
    }

    private record ClockTime() implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.clock();
        }
    }

    private final String source;
    private final List<WordPattern> words;

    private Phrase(String source, List<WordPattern> words) {
        this.source = source;
        this.words = List.copyOf(words);
    }

    static Phrase compile(String source, FoldingSpanishAnalyzer analyzer) {
        List<WordPattern> words = new ArrayList<>();
        for (String raw : source.trim().split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.equals(NUMBER)) {
                words.add(new AnyNumber());
            } else if (raw.equals(CLOCK)) {
                words.add(new ClockTime());
            } else if (raw.endsWith("*")) {
                String stem = raw.substring(0, raw.length() - 1);
                BytesRef normalized = analyzer.normalize("text", stem);
                String prefix = normalized.utf8ToString();
                if (prefix.length() < 3) {
                    throw new IllegalArgumentException("el prefijo '" + raw + "' es demasiado corto (mínimo 3 letras)");
                }
                words.add(new Prefix(prefix));
            } else {
                for (String term : analyzer.terms(raw)) {
                    words.add(new Exact(term));
                }
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("la frase '" + source + "' no contiene palabras");
        }
        return new Phrase(source, words);
    }

    int length() {
        return words.size();
    }

    /** Whether the phrase matches starting at token {@code start}. */
    boolean matchesAt(AnalyzedText text, int start) {
        if (start + words.size() > text.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches(text.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return source;
    }
}
