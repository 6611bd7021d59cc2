package mx.observa.understand;

import java.util.List;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The person names of texts already read ({@link MetadataExtractor#names}), kept by the text. The same finding is read
 * by the detector several times: once on its own while its report is understood (what a finding cut from its line
 * shows), then by every redaction that publishes it with what is known of its report — the consolidated report of
 * each edition, the commission's report page and API, its searches — and each redaction knows other personal data, so
 * the redactor's own cache of spans misses. The names depend on the text alone, and reading them was about half of
 * each such detection (JFR of PrivacyPublicationSecondHalfIT, 2026-12-07: 239 of the test JVM's 3,812 samples, 96 of
 * them read again by a redaction). A report's whole text is kept too, as the metadata reads it: the redaction of the
 * report's text as stored reads the same names again (JFR of PrivacyQualityTest, 2026-12-07: 487 of 8,875 samples).
 * Bounded by the characters kept; the least used go first.
 */
final class NamesOfTexts {

    /** Characters of text whose names are kept: a 256th of the heap (under 1 % of it), at most two million. */
    static final long KEPT_CHARS = Math.min(2_000_000L, Runtime.getRuntime().maxMemory() / 256);

    private final Function<String, List<Mention<String>>> reading;
    private final Cache<String, List<Mention<String>>> names = Caffeine.newBuilder().maximumWeight(KEPT_CHARS)
            .weigher((String text, List<Mention<String>> found) -> text.length() + 16 * found.size()).build();

    /** @param reading the names of a text, a pure function of it */
    NamesOfTexts(Function<String, List<Mention<String>>> reading) {
        this.reading = reading;
    }

    /** The names of {@code text}, read once while kept (an unmodifiable list: every caller sees the same one). */
    List<Mention<String>> of(String text) {
        return names.get(text, t -> List.copyOf(reading.apply(t)));
    }
}
