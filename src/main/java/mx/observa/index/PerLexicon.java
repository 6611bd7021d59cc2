package mx.observa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The answers of a look-up that depends only on a word and on the index's words ({@link SoundAlike#closest}, {@link
 * TypoTolerance#closest}), kept per state of the index. Searches ask about the same words again and again, and each
 * look-up walks the index's terms; a new state (a report indexed or deleted) has another reader key, so its words are
 * looked up afresh, and the answers of the old state age out. Bounded: a public search box faces any word anyone
 * types, so the least used answers make room. Thread-safe.
 */
final class PerLexicon {

    /** Several thousand distinct words of recent searches; each answer is a key and a term, well under a megabyte. */
    static final int SIZE = 4096;

    /** The look-up kept: its answer (null for none) must depend only on the word and on the reader's terms. */
    @FunctionalInterface
    interface Lookup {
        Term find(IndexReader reader, Term word) throws IOException;
    }

    private record Key(IndexReader.CacheKey index, Term word) {
    }

    private final Lookup lookup;
    private final Cache<Key, Optional<Term>> answers = Caffeine.newBuilder().maximumSize(SIZE).build();

    PerLexicon(Lookup lookup) {
        this.lookup = lookup;
    }

    /** The answer for {@code word} in {@code reader}'s state, looked up once per state (always, for a reader with no key). */
    Term of(IndexReader reader, Term word) throws IOException {
        IndexReader.CacheHelper state = reader.getReaderCacheHelper();
        if (state == null) {
            return lookup.find(reader, word);
        }
        try {
            return answers.get(new Key(state.getKey(), word), k -> {
                try {
                    return Optional.ofNullable(lookup.find(reader, word));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(null);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
