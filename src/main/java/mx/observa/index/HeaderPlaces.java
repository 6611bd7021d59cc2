package mx.observa.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * The places a query names the way reports name where they are, read against the reports' headers
 * ({@link ReportHeader}): a colonia, pueblo or barrio the catalogue does not know by that name ("San Gregorio
 * Atlapulco", "la Narvarte", "Cuautepec") is written with capitals after other words, or is the whole of a short
 * query ("santa maria la rivera"), and says more than the query's function words ("incidencias en"). Such a name found as a phrase in some reports' headers, and rare there (not a
 * header's common words, "informe de observación"), brings those reports' findings as a place the query names by
 * name does ({@link RankingQuery#PLACE}).
 */
final class HeaderPlaces {

    /** A whole query of at most this many words may be a place's name. */
    static final int WHOLE_QUERY_WORDS = 4;
    /** A name whose rarest word is in more than this share of the headers says where nothing in particular is. */
    static final double COMMON = 0.05;
    /** ...and in more findings than this: in a small index every word is in a large share of it. */
    static final int COMMON_MIN = 20;
    /** Short lower-case words that join the capitalized words of one name ("Santa María de la Ribera"). */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("de", "del", "la", "las", "los", "el", "y");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private HeaderPlaces() {
    }

    /** Any of the names {@code text} writes, as a phrase in the header field; null when it writes none found rare. */
    static Query of(String text, Analyzer analyzer, IndexReader reader, java.util.Set<String> functionWords)
            throws IOException {
        int headers = reader.getDocCount(IndexSchema.HEADER);
        if (headers <= 0) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> found = new ArrayList<>();
        for (String name : names(text)) {
            List<String> terms = terms(name, analyzer);
            List<String> meaningful = terms.stream().filter(t -> !JOINERS.contains(t) && !functionWords.contains(t)).toList();
            if (meaningful.isEmpty()) {
                continue;
            }
            int rarest = Integer.MAX_VALUE;
            for (String t : meaningful) {
                rarest = Math.min(rarest, reader.docFreq(new Term(IndexSchema.HEADER, t)));
            }
            if (rarest == 0 || (rarest > COMMON * headers && rarest > COMMON_MIN)) {
                continue;
            }
            any.add(new PhraseQuery(1, IndexSchema.HEADER, terms.toArray(String[]::new)), BooleanClause.Occur.SHOULD);
            found.add(name);
        }
        return found.isEmpty() ? null : any.build();
    }

    /** The runs of capitalized words (with their joiners) after the first word, and the whole query when short. */
    static List<String> names(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        List<String> names = new ArrayList<>();
        if (!words.isEmpty() && words.size() <= WHOLE_QUERY_WORDS) {
            names.add(text.substring(words.get(0)[0], words.get(words.size() - 1)[1]));
        }
        int i = 1;
        while (i < words.size()) {
            if (!capitalized(text, words.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int j = i + 1;
            while (j < words.size()) {
                if (capitalized(text, words.get(j))) {
                    end = j;
                    j++;
                } else if (JOINERS.contains(word(text, words.get(j)).toLowerCase(java.util.Locale.ROOT))) {
                    j++;
                } else {
                    break;
                }
            }
            String name = text.substring(words.get(start)[0], words.get(end)[1]);
            if (!names.contains(name)) {
                names.add(name);
            }
            i = end + 1;
        }
        return names;
    }

    private static boolean capitalized(String text, int[] word) {
        return Character.isUpperCase(text.charAt(word[0]));
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    /** The terms of {@code text} as the header field indexes them. */
    static List<String> terms(String text, Analyzer analyzer) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexSchema.HEADER, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }
}
