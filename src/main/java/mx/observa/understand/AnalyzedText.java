package mx.observa.understand;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import mx.observa.text.Folding;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * A passage run through the shared analysis chain, keeping for each token its analyzed term (folded and
 * stemmed, what search indexes), its folded surface form (for prefix rules such as {@code instal*}) and its
 * offsets, so a match can be shown to an analyst in the words the observer wrote.
 */
final class AnalyzedText {

    /** How strongly the text is cut right before a token: by nothing, a comma, a colon, or the end of a sentence. */
    enum Break { NONE, COMMA, COLON, SENTENCE }

    /**
     * @param notACount a number that is part of a clock time ("9:40"), an enumeration ("3)", "2.") or a year
     *                  ("2022"), none of which counts anything
     * @param before    the punctuation between the previous token and this one ("." ends a sentence, "," a clause)
     */
    record Token(String term, String surface, int start, int end, boolean notACount, Break before, boolean clock,
                 int minutes) {
        boolean isNumber() {
            return !notACount && !term.isEmpty() && term.chars().allMatch(Character::isDigit);
        }
    }

    /** A number that names what comes before it ("proyecto 2", "MRO 1", "calle 4", "P3"), not a count of it. */
    private static final java.util.Set<String> NAMING_NOUNS = java.util.Set.of("proyecto", "proyectos", "mesa", "mro", "casilla",
            "calle", "edificio", "seccion", "pregunta", "punto", "numero", "no", "num", "lote", "manzana", "distrito",
            "dtto", "dto", "ut", "hoja", "pagina", "pag", "mz", "lt", "depto", "interior", "opcion", "p");
    /** Compiled once: it runs on every number of every passage. */
    private static final java.util.regex.Pattern TRAILING_MARKS = java.util.regex.Pattern.compile("[.#°º:-]+$");
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?::(\\d{2})|\\s*(?:h\\b|hrs?\\b|horas\\b|a\\.?\\s?m\\b\\.?|(p)\\.?\\s?m\\b\\.?))");

    private final String text;
    private final List<Token> tokens;
    /**
     * First and last token of each token's sentence, worked out once: rules ask for them at every match, and a text
     * that is one endless sentence (a hostile file of one long line) would otherwise cost a walk over the whole text
     * per match.
     */
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    /** Token positions of each term, in text order; built on first use ({@link #positionsOf}), one thread per text. */
    private java.util.Map<String, int[]> positionsByTerm;
    private int[] all;
    /** Token positions sorted by folded form, and the positions of each prefix asked; built on first use. */
    private int[] bySurface;
    private java.util.Map<String, int[]> positionsByPrefix;
    private java.util.Map<List<Phrase>, Hits> hitsByList;

    private AnalyzedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        int n = tokens.size();
        this.sentenceStarts = new int[n];
        this.sentenceEnds = new int[n];
        for (int i = 0; i < n; i++) {
            sentenceStarts[i] = i == 0 || tokens.get(i).before() == Break.SENTENCE ? i : sentenceStarts[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            sentenceEnds[i] = i == n - 1 || tokens.get(i + 1).before() == Break.SENTENCE ? i : sentenceEnds[i + 1];
        }
    }

    static AnalyzedText of(FoldingSpanishAnalyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                int previousEnd = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
                tokens.add(new Token(term.toString(), Folding.foldPreservingLength(text.substring(start, end)), start, end,
                        notACount(text, start, end, tokens.isEmpty()), breakIn(text.substring(previousEnd, start)),
                        clock(text, start, end), minutes(text, start, end)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return new AnalyzedText(text, List.copyOf(tokens));
    }

    /** The hour of a clock time: "9" in "9:40", "17" in "17:00 h". */
    private static boolean clock(String text, int start, int end) {
        boolean hour = end - start <= 2 && text.substring(start, end).chars().allMatch(Character::isDigit);
        return hour && end + 1 < text.length() && text.charAt(end) == ':' && Character.isDigit(text.charAt(end + 1));
    }

    /**
     * The time of day, in minutes after midnight, of an hour written with its minutes or its unit ("9:40", "9 am",
     * "17 hrs", "5 pm"), or -1.
     */
    private static int minutes(String text, int start, int end) {
        java.util.regex.Matcher m = CLOCK_TIME.matcher(text).region(start, text.length());
        if (!m.lookingAt() || m.end(1) != end) {
            // "a las 9", "a las 10 de la mañana": an hour without minutes after "a las"
            String before = Folding.foldLower(text.substring(Math.max(0, start - 6), start));
            boolean hour = end - start <= 2 && text.substring(start, end).chars().allMatch(Character::isDigit)
                    && (end >= text.length() || !Character.isDigit(text.charAt(end)) && text.charAt(end) != ':');
            if (!hour || !before.endsWith("las ")) {
                return -1;
            }
            int h = Integer.parseInt(text.substring(start, end));
            String after = Folding.foldLower(text.substring(end, Math.min(text.length(), end + 14)));
            return (h < 12 && (after.startsWith(" de la tarde") || after.startsWith(" de la noche")) ? h + 12 : h) * 60;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null && hour < 12) {
            hour += 12;
        }
        return hour < 24 && minute < 60 ? hour * 60 + minute : -1;
    }

    private static boolean notACount(String text, int start, int end, boolean first) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean time = before == ':' || after == ':';
        boolean enumeration = after == ')' || (first && after == '.');
        boolean year = end - start == 4 && text.startsWith("19", start) || end - start == 4 && text.startsWith("20", start);
        // "a las 12", "desde las 10": an hour of the day
        String before4 = Folding.foldLower(text.substring(Math.max(0, start - 4), start));
        boolean hour = before4.endsWith("las ") || before4.endsWith("la ") && text.substring(start, end).equals("1");
        return time || enumeration || year || hour || minutes(text, start, end) >= 0 || named(text, start);
    }

    /** Whether the number names the word before it ("proyecto 2", "MRO 1"). */
    private static boolean named(String text, int start) {
        String before = Folding.foldLower(text.substring(Math.max(0, start - 12), start)).stripTrailing();
        before = TRAILING_MARKS.matcher(before).replaceAll("").stripTrailing();
        int space = Math.max(before.lastIndexOf(' '), Math.max(before.lastIndexOf('('), before.lastIndexOf('\n')));
        return NAMING_NOUNS.contains(before.substring(space + 1));
    }

    /** The strongest cut in the characters between two tokens. */
    private static Break breakIn(String gap) {
        Break b = Break.NONE;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '¿' || c == '¡' || c == '\n' || c == '…') {
                return Break.SENTENCE;
            }
            if (c == ':' || c == '?' || c == ';') {
                // clauses of one sentence: "las tres estaban presentes; sin embargo, ninguna se había capacitado"
                // a question and its answer say one thing together ("¿Cuántas personas acudieron? 57")
                b = Break.COLON;
            } else if ((c == ',' || c == '(' || c == ')' || c == '"' || c == '«' || c == '»' || c == '–' || c == '—')
                    && b == Break.NONE) {
                b = Break.COMMA;
            }
        }
        return b;
    }

    /** Whether a sentence ends anywhere between token {@code from} and token {@code to} (inclusive range). */
    boolean crossesSentence(int from, int to) {
        for (int i = from + 1; i <= to && i < tokens.size(); i++) {
            if (tokens.get(i).before() == Break.SENTENCE) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token of the sentence token {@code i} is in. */
    int sentenceStart(int i) {
        return sentenceStarts[i];
    }

    /** Index of the last token of the sentence token {@code i} is in. */
    int sentenceEnd(int i) {
        return sentenceEnds[i];
    }

    /** Where the term occurs (analyzed form), in text order; empty when nowhere. */
    int[] positionsOf(String term) {
        if (positionsByTerm == null) {
            java.util.Map<String, List<Integer>> lists = new java.util.HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                lists.computeIfAbsent(tokens.get(i).term(), t -> new ArrayList<>()).add(i);
            }
            positionsByTerm = new java.util.HashMap<>(lists.size() * 2);
            lists.forEach((t, l) -> positionsByTerm.put(t, l.stream().mapToInt(Integer::intValue).toArray()));
        }
        return positionsByTerm.getOrDefault(term, NOWHERE);
    }

    /**
     * Where a word starting with this folded prefix occurs ({@code instal*}), in text order; empty when nowhere. Looked
     * up in the tokens sorted by their folded form, so a prefix rule costs what its occurrences cost, not a walk over
     * the whole passage per rule.
     */
    int[] positionsWithPrefix(String prefix) {
        if (bySurface == null) {
            bySurface = java.util.stream.IntStream.range(0, tokens.size()).boxed()
                    .sorted(java.util.Comparator.comparing(i -> tokens.get(i).surface())).mapToInt(Integer::intValue).toArray();
            positionsByPrefix = new java.util.HashMap<>();
        }
        return positionsByPrefix.computeIfAbsent(prefix, p -> {
            int lo = 0;
            int hi = bySurface.length;
            while (lo < hi) { // first token whose folded form is not before the prefix
                int mid = (lo + hi) >>> 1;
                if (tokens.get(bySurface[mid]).surface().compareTo(p) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int end = lo;
            while (end < bySurface.length && tokens.get(bySurface[end]).surface().startsWith(p)) {
                end++;
            }
            int[] positions = java.util.Arrays.copyOfRange(bySurface, lo, end);
            java.util.Arrays.sort(positions);
            return positions;
        });
    }

    /**
     * Where each phrase of a list matches, for every token: the index in the list of the first phrase that matches
     * there (-1: none) and the length of the longest that does (0: none). Worked out once per list and text, from
     * where each phrase may start ({@link Phrase#candidateStarts}), instead of trying every phrase of the list at
     * every token each time a rule asks. The list is told apart by identity: rules keep theirs.
     */
    record Hits(int[] first, int[] longest) {
    }

    Hits hits(List<Phrase> phrases) {
        if (hitsByList == null) {
            hitsByList = new java.util.IdentityHashMap<>();
        }
        Hits known = hitsByList.get(phrases);
        if (known == null) {
            int[] first = new int[tokens.size()];
            int[] longest = new int[tokens.size()];
            java.util.Arrays.fill(first, -1);
            for (int k = 0; k < phrases.size(); k++) {
                Phrase p = phrases.get(k);
                for (int i : p.candidateStarts(this)) {
                    if (p.matchesAt(this, i)) {
                        first[i] = first[i] < 0 ? k : first[i];
                        longest[i] = Math.max(longest[i], p.length());
                    }
                }
            }
            known = new Hits(first, longest);
            hitsByList.put(phrases, known);
        }
        return known;
    }

    /** The length of the longest of these phrases that matches at token {@code i}, or 0. */
    int longestAt(List<Phrase> phrases, int i) {
        return hits(phrases).longest()[i];
    }

    /** Every token position, in order. */
    int[] allPositions() {
        if (all == null) {
            all = java.util.stream.IntStream.range(0, tokens.size()).toArray();
        }
        return all;
    }

    private static final int[] NOWHERE = new int[0];

    String text() {
        return text;
    }

    /** The analyzed terms, in order: what {@link FoldingSpanishAnalyzer#terms} gives for the same text. */
    List<String> terms() {
        return tokens.stream().map(Token::term).toList();
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The original text covered by tokens {@code from..to} inclusive. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
