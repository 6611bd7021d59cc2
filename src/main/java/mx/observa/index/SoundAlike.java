package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Spanish is often misspelt by sound: letters that are pronounced alike in Mexico are swapped («funsionario»,
 * «besinos», «credensial», «aseptaba», «ojas», «yuvia»). A query word no report contains (or only one or two, with the
 * same misspelling) that sounds exactly like a word the reports do contain is that word, misspelt: the search reads it as that word, so it also brings the word's
 * synonyms and family. A word that is one letter from another but sounds different («grilla» and «orilla», «casa» and
 * «cosa») is another word, not a misspelling, and is never read as it.
 *
 * <p>Works on indexed terms (lower case, folded, lightly stemmed), since both the misspelt and the right word go
 * through the same analysis.
 */
final class SoundAlike {

    /** Shorter stems are too ambiguous to read as another word («bes» could be «vez» or «ves»). */
    static final int MIN_LENGTH = 4;
    /** A respelling by sound changes at most two letters of a word («ojas»/«hojas», «yuvia»/«lluvia»). */
    private static final int MAX_EDITS = 2;
    /** A spelling this few findings use beside a sound-alike {@link #RATIO} times as common is a misspelling. */
    static final int RARE = 2;
    static final int RATIO = 10;

    private SoundAlike() {
    }

    /**
     * What a folded, lower-case word sounds like: the letters Mexican Spanish pronounces alike become one (s, z and c
     * before e/i; c before a/o/u, qu and k; b, v and w; ll and y; g before e/i and j), a silent h disappears, and a
     * doubled letter counts once.
     */
    static String key(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            char after = i + 2 < word.length() ? word.charAt(i + 2) : 0;
            char sound = switch (c) {
                case 'c' -> {
                    if (next == 'h') {
                        i++;
                        yield '1'; // ch is its own sound
                    }
                    yield frontVowel(next) ? 's' : 'k';
                }
                case 'z', 's' -> 's';
                case 'q' -> {
                    if (next == 'u') {
                        i++;
                    }
                    yield 'k';
                }
                case 'v', 'w', 'b' -> 'b';
                case 'l' -> {
                    if (next == 'l') {
                        i++;
                        yield 'y';
                    }
                    yield 'l';
                }
                case 'g' -> {
                    if (frontVowel(next)) {
                        yield 'j';
                    }
                    if (next == 'u' && frontVowel(after)) {
                        i++; // gue, gui: the u is silent
                    }
                    yield 'g';
                }
                case 'h' -> 0;
                default -> c;
            };
            if (sound != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != sound)) {
                out.append(sound);
            }
        }
        return out.toString();
    }

    private static boolean frontVowel(char c) {
        return c == 'e' || c == 'i';
    }

    /**
     * Whether {@code written}, a word the findings have or not, is a misspelling of {@code soundAlike}: the findings
     * never write it, or only a few do ({@value #RARE} at most) and its sound-alike is written at least {@value #RATIO}
     * times as often («funsionarios» in one report, «funcionarios» in many).
     */
    static boolean misspelt(IndexReader reader, Term written, Term soundAlike) throws IOException {
        int seen = reader.docFreq(written);
        return seen == 0 || (seen <= RARE && reader.docFreq(soundAlike) >= RATIO * seen);
    }

    private record Lexicon(IndexReader.CacheKey index, String field) {
    }

    /**
     * The sounds ({@link #key}) of a field's indexed terms as sorted hash codes, per state of the index: read once from
     * the whole lexicon, four bytes a term, a few states kept (the one searched and the one a refresh has just
     * replaced).
     */
    private static final Cache<Lexicon, int[]> SOUNDS = Caffeine.newBuilder().maximumSize(2).build();

    /** How many indexed terms of {@code terms}' field may sound like {@code sound}: at least as many as do. */
    private static int soundingLike(IndexReader reader, String field, Terms terms, String sound) throws IOException {
        IndexReader.CacheHelper state = reader.getReaderCacheHelper();
        int[] hashes;
        try {
            hashes = state == null ? sounds(terms) : SOUNDS.get(new Lexicon(state.getKey(), field), k -> {
                try {
                    return sounds(terms);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int hash = sound.hashCode();
        int at = Arrays.binarySearch(hashes, hash);
        if (at < 0) {
            return 0;
        }
        int from = at;
        int to = at;
        while (from > 0 && hashes[from - 1] == hash) {
            from--;
        }
        while (to < hashes.length - 1 && hashes[to + 1] == hash) {
            to++;
        }
        return to - from + 1;
    }

    private static int[] sounds(Terms terms) throws IOException {
        int[] hashes = new int[1024];
        int n = 0;
        TermsEnum all = terms.iterator();
        for (BytesRef t = all.next(); t != null; t = all.next()) {
            if (n == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * n);
            }
            hashes[n++] = key(t.utf8ToString()).hashCode();
        }
        hashes = Arrays.copyOf(hashes, n);
        Arrays.sort(hashes);
        return hashes;
    }

    /** Each word's sound-alike, looked up once per state of the index: the look-up walks the index's terms. */
    private static final PerLexicon CLOSEST = new PerLexicon(SoundAlike::find);

    /**
     * The indexed term of {@code field} that sounds like {@code missing} and is spelt differently, the one most
     * findings have; null when none does or the word is too short to tell.
     */
    static Term closest(IndexReader reader, Term missing) throws IOException {
        return CLOSEST.of(reader, missing);
    }

    private static Term find(IndexReader reader, Term missing) throws IOException {
        String text = missing.text();
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            return null;
        }
        Terms terms = MultiTerms.getTerms(reader, missing.field());
        if (terms == null) {
            return null;
        }
        String sound = key(text);
        // most words sound like no other indexed word: the sounds of the lexicon say so without building the costly
        // automaton of every spelling two edits away (a hash code shared by another sound only means looking)
        boolean indexed = terms.iterator().seekExact(missing.bytes());
        if (soundingLike(reader, missing.field(), terms, sound) - (indexed ? 1 : 0) <= 0) {
            return null;
        }
        FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, missing, MAX_EDITS, 0, true);
        BytesRef best = null;
        int bestFreq = 0;
        for (BytesRef t = candidates.next(); t != null; t = candidates.next()) {
            String candidate = t.utf8ToString();
            int freq = candidates.docFreq();
            if (freq > bestFreq && !candidate.equals(text) && key(candidate).equals(sound)) {
                best = BytesRef.deepCopyOf(t);
                bestFreq = freq;
            }
        }
        return best == null ? null : new Term(missing.field(), best);
    }
}
