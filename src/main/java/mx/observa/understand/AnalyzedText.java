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

    /**
     * @param notACount a number that is part of a clock time ("9:40"), an enumeration ("3)", "2.") or a year
     *                  ("2022"), none of which counts anything
     */
    record Token(String term, String surface, int start, int end, boolean notACount) {
        boolean isNumber() {
            return !notACount && !term.isEmpty() && term.chars().allMatch(Character::isDigit);
        }
    }

    private final String text;
    private final List<Token> tokens;

    private AnalyzedText(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
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
                tokens.add(new Token(term.toString(), Folding.foldPreservingLength(text.substring(start, end)), start, end,
                        notACount(text, start, end, tokens.isEmpty())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return new AnalyzedText(text, List.copyOf(tokens));
    }

    private static boolean notACount(String text, int start, int end, boolean first) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean time = before == ':' || after == ':';
        boolean enumeration = after == ')' || (first && after == '.');
        boolean year = end - start == 4 && text.startsWith("19", start) || end - start == 4 && text.startsWith("20", start);
        return time || enumeration || year;
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
