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
 *   <li>{@code =palabra}: that very word, accents and case aside, not the other forms the stemmer folds into it:
 *       "=solicito" (the observer asks) is not "solicita" nor "solicitó" (someone else did);</li>
 *   <li>{@code #numero}: any number written in digits that counts something (not a time, a year or an item number);</li>
 *   <li>{@code #hora}: the hour of a clock time ("9" in "9:40");</li>
 *   <li>{@code #hora<=9:00}, {@code #hora>=9:30}: a time of day ("8:45", "9 am", "10:05") at or before, at or
 *       after the one given.</li>
 * </ul>
 * A phrase written with a leading {@code ^} ("^que se") matches only at the start of a sentence or after a colon.
 */
final class Phrase {

    static final String NUMBER = "#numero";
    static final String CLOCK = "#hora";

    private sealed interface WordPattern permits Exact, Surface, Prefix, AnyNumber, ClockTime, TimeOfDay {
        boolean matches(AnalyzedText.Token token);
    }

    /** A time of day at or before ({@code atMost}) or at or after a given one: "#hora<=9:00", "#hora>=9:30". */
    private record TimeOfDay(int minutes, boolean atMost) implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.minutes() >= 0 && (atMost ? token.minutes() <= minutes : token.minutes() >= minutes);
        }
    }

    private record Exact(String term) implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.term().equals(term);
        }
    }

    private record Surface(String word) implements WordPattern {
        public boolean matches(AnalyzedText.Token token) {
            return token.surface().equals(word);
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

    private static final java.util.regex.Pattern TIME_BOUND = java.util.regex.Pattern.compile("#hora([<>]=)(\\d{1,2}):(\\d{2})");

    private final String source;
    private final List<WordPattern> words;
    /** "^que": the phrase starts a sentence, or what follows a colon or a question ("Propuesta: que se…"). */
    private final boolean atStart;

    private Phrase(String source, List<WordPattern> words, boolean atStart) {
        this.source = source;
        this.words = List.copyOf(words);
        this.atStart = atStart;
    }

    static Phrase compile(String source, FoldingSpanishAnalyzer analyzer) {
        List<WordPattern> words = new ArrayList<>();
        String trimmed = source.trim();
        boolean atStart = trimmed.startsWith("^");
        for (String raw : (atStart ? trimmed.substring(1) : trimmed).split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher bound = TIME_BOUND.matcher(raw);
            if (bound.matches()) {
                words.add(new TimeOfDay(Integer.parseInt(bound.group(2)) * 60 + Integer.parseInt(bound.group(3)),
                        bound.group(1).equals("<=")));
            } else if (raw.equals(NUMBER)) {
                words.add(new AnyNumber());
            } else if (raw.equals(CLOCK)) {
                words.add(new ClockTime());
            } else if (raw.startsWith("=") && raw.length() > 1) {
                words.add(new Surface(analyzer.normalize("text", raw.substring(1)).utf8ToString()));
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
        return new Phrase(source, words, atStart);
    }

    /** Each phrase of a list written in a vocabulary file, blank entries and a missing list left out. */
    static List<Phrase> compileAll(List<String> sources, FoldingSpanishAnalyzer analyzer) {
        List<Phrase> phrases = new ArrayList<>();
        for (String s : sources == null ? List.<String>of() : sources) {
            if (s != null && !s.isBlank()) {
                phrases.add(compile(s, analyzer));
            }
        }
        return List.copyOf(phrases);
    }

    int length() {
        return words.size();
    }

    /**
     * The tokens where this phrase may start, in text order: where its first word's term occurs when that word is a
     * plain word (most phrases), where a word with its prefix occurs when it is a prefix, else every token. Matching a rule's hundreds of phrases at every token of a report
     * was the costliest part of understanding; looking up the first word first skips the tokens it cannot match.
     */
    int[] candidateStarts(AnalyzedText text) {
        return switch (words.get(0)) {
            case Exact first -> text.positionsOf(first.term());
            case Prefix first -> text.positionsWithPrefix(first.prefix());
            case Surface first -> text.positionsWithPrefix(first.word());
            default -> text.allPositions();
        };
    }

    /** Whether the phrase matches starting at token {@code start}. */
    boolean matchesAt(AnalyzedText text, int start) {
        if (start + words.size() > text.size()) {
            return false;
        }
        if (atStart && start > 0 && text.get(start).before() != AnalyzedText.Break.SENTENCE
                && text.get(start).before() != AnalyzedText.Break.COLON && !afterItemNumber(text, start)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).matches(text.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    /** The most item numbers a list may put before a sentence ("8.1 Evitar…", "R1 2 Coordinar…"). */
    private static final int ITEM_NUMBERS = 2;
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("[a-z]?\\d[\\d.]*");

    /**
     * Whether only an item's number comes before token {@code start} in its sentence: "8.1 Evitar instalar mesas…"
     * opens its sentence as much as "Evitar instalar mesas…" does.
     */
    static boolean afterItemNumber(AnalyzedText text, int start) {
        int from = text.sentenceStart(start);
        if (from == start || start - from > ITEM_NUMBERS) {
            return false;
        }
        for (int i = from; i < start; i++) {
            if (!ITEM_NUMBER.matcher(text.get(i).term()).matches()) {
                return false;
            }
        }
        return from == 0 || text.get(from).before() == AnalyzedText.Break.SENTENCE
                || text.get(from).before() == AnalyzedText.Break.COLON;
    }

    @Override
    public String toString() {
        return source;
    }
}
