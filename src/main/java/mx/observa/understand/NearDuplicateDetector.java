package mx.observa.understand;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Recognises the same report arriving again in another form: as PDF and as DOCX, as mail body and as attachment,
 * or resent with small edits. Exact copies (same bytes) are caught at intake by their SHA-256; this catches the
 * rest.
 *
 * <p>Each text is reduced to the set of its word 3-grams over the shared analysis chain (so case, accents,
 * plurals, whitespace, line wrapping and words hyphenated at a line end do not matter), and the set to a MinHash
 * signature of {@value #HASHES} values, which estimates the Jaccard similarity of two texts. Candidates are found
 * with locality-sensitive hashing ({@value #BANDS} bands) and confirmed when the estimated similarity reaches the
 * threshold {@code observa.duplicados.umbral}. Two different reports about
 * the same mesa share a letterhead or a questionnaire's questions, not most of their 3-grams, and stay apart.
 *
 * <p>Deterministic (fixed hash seeds; the earliest registered report wins) and thread-safe. Signatures are kept
 * in memory in flat primitive arrays, about 1.4 KB per report (140 MB for 100,000 reports): the low 32 bits of each
 * min-hash (two different values share them with probability 2<sup>-32</sup>, which moves no estimate) and, per band,
 * an open-addressing table from band key to the reports with that key. The pipeline re-registers stored reports at
 * start-up.
 */
public final class NearDuplicateDetector {

    static final int HASHES = 128;
    static final int BANDS = 32;
    static final String THRESHOLD_KEY = "observa.duplicados.umbral";
    private static final int SHINGLE = 3;
    private static final int MIN_TERMS = 8;
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(\\p{L})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})");
    private static final long[] SEEDS = seeds();

    private final FoldingSpanishAnalyzer analyzer;
    private final double threshold;
    /** Folio of each registered report, by registration order (the report's index in every array below). */
    private final List<String> folios = new ArrayList<>();
    private final Set<String> registered = new java.util.HashSet<>();
    /** {@value #HASHES} values per report, one report after the other. */
    private int[] signatures = new int[HASHES * 64];
    private final Band[] bands = new Band[BANDS];
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public NearDuplicateDetector(ObservaConfig config, FoldingSpanishAnalyzer analyzer) {
        this(analyzer, Double.parseDouble(config.get(THRESHOLD_KEY).trim()));
    }

    public NearDuplicateDetector(FoldingSpanishAnalyzer analyzer, double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException(THRESHOLD_KEY + " debe estar entre 0 y 1, no " + threshold);
        }
        this.analyzer = analyzer;
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            bands[b] = new Band();
        }
    }

    /** The folio of the earliest registered report that is near-identical to {@code text}, if any. */
    public Optional<String> firstSimilar(String text) {
        Optional<long[]> signature = signature(text);
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        lock.readLock().lock();
        try {
            return firstSimilar(signature.get());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Remembers a report so later near-identical ones are linked to it. Texts too short to compare are ignored. */
    public void register(String folio, String text) {
        signature(text).ifPresent(sig -> {
            lock.writeLock().lock();
            try {
                add(folio, sig);
            } finally {
                lock.writeLock().unlock();
            }
        });
    }

    /**
     * {@link #firstSimilar} and {@link #register} as one atomic step, so two copies processed at the same time
     * cannot both be taken for the original.
     */
    public Optional<String> checkAndRegister(String folio, String text) {
        return checkAndRegister(folio, text, candidate -> true);
    }

    /**
     * Like {@link #checkAndRegister(String, String)}, considering as originals only the registered reports the
     * predicate accepts (e.g. those not known to come from another person).
     */
    public Optional<String> checkAndRegister(String folio, String text, java.util.function.Predicate<String> acceptable) {
        Optional<long[]> signature = signature(text);
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        lock.writeLock().lock();
        try {
            // Processing a registered report again (reindex, resume) must not find it a duplicate of itself: the
            // earliest similar report is either an earlier one or this one.
            Optional<String> first = similar(signature.get())
                    .filter(f -> f.equals(folio) || acceptable.test(f))
                    .findFirst()
                    .filter(f -> !f.equals(folio));
            add(folio, signature.get());
            return first;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return folios.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Estimated Jaccard similarity of two texts' word 3-grams (0 when either is too short to compare). */
    double similarity(String a, String b) {
        Optional<long[]> sa = signature(a);
        Optional<long[]> sb = signature(b);
        return sa.isPresent() && sb.isPresent() ? estimate(sa.get(), sb.get()) : 0;
    }

    private Optional<String> firstSimilar(long[] signature) {
        return similar(signature).findFirst();
    }

    /** Folios of the registered reports similar to the signature, earliest registered first. */
    private java.util.stream.Stream<String> similar(long[] signature) {
        java.util.BitSet candidates = new java.util.BitSet();
        for (int b = 0; b < BANDS; b++) {
            bands[b].forEach(bandKey(signature, b), candidates::set);
        }
        return candidates.stream()
                .filter(i -> estimate(signature, i) >= threshold)
                .mapToObj(folios::get);
    }

    private void add(String folio, long[] signature) {
        if (!registered.add(folio)) {
            return; // one entry per report: the first registration keeps its place in the order
        }
        int index = folios.size();
        folios.add(folio);
        if (signatures.length < (index + 1) * HASHES) {
            signatures = java.util.Arrays.copyOf(signatures, signatures.length * 2);
        }
        for (int h = 0; h < HASHES; h++) {
            signatures[index * HASHES + h] = (int) signature[h];
        }
        for (int b = 0; b < BANDS; b++) {
            bands[b].add(bandKey(signature, b), index);
        }
    }

    private Optional<long[]> signature(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> terms = analyzer.terms(LINE_END_HYPHEN.matcher(text).replaceAll("$1$2"));
        if (terms.size() < MIN_TERMS) {
            return Optional.empty();
        }
        long[] signature = new long[HASHES];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= terms.size(); i++) {
            long shingle = fnv1a(String.join(" ", terms.subList(i, i + SHINGLE)));
            for (int h = 0; h < HASHES; h++) {
                long v = mix(shingle ^ SEEDS[h]);
                if (v < signature[h]) {
                    signature[h] = v;
                }
            }
        }
        return Optional.of(signature);
    }

    private static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if ((int) a[i] == (int) b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** Estimated similarity of a signature to the registered report {@code index} (on the 32 bits kept). */
    private double estimate(long[] a, int index) {
        int same = 0;
        int base = index * HASHES;
        for (int i = 0; i < HASHES; i++) {
            if ((int) a[i] == signatures[base + i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * One band's table: band key → the reports that have it, without boxing. Open addressing on {@code keys}; each
     * occupied slot holds the last report added with its key, and {@code previous} chains it to the one before.
     */
    private static final class Band {
        private long[] keys = new long[64];
        /** Report index + 1 of the last report added with the slot's key; 0 = free slot. */
        private int[] last = new int[64];
        /** previous[report] = index + 1 of the report added before it with the same key; 0 = none. */
        private int[] previous = new int[64];
        private int used;

        void add(long key, int report) {
            if ((used + 1) * 4 > keys.length * 3) {
                grow();
            }
            if (previous.length <= report) {
                previous = java.util.Arrays.copyOf(previous, Math.max(previous.length * 2, report + 1));
            }
            int slot = slot(key);
            if (last[slot] == 0) {
                keys[slot] = key;
                used++;
            }
            previous[report] = last[slot];
            last[slot] = report + 1;
        }

        void forEach(long key, java.util.function.IntConsumer action) {
            for (int r = last[slot(key)]; r != 0; r = previous[r - 1]) {
                action.accept(r - 1);
            }
        }

        /** The slot holding {@code key}, or the free slot where it would go. */
        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) mix(key) & mask;
            while (last[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldLast = last;
            keys = new long[oldKeys.length * 2];
            last = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldLast[i] != 0) {
                    int slot = slot(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    last[slot] = oldLast[i];
                }
            }
        }
    }

    private static long bandKey(long[] signature, int band) {
        int rows = HASHES / BANDS;
        long key = band;
        for (int r = 0; r < rows; r++) {
            key = mix(key * 31 + signature[band * rows + r]);
        }
        return key;
    }

    private static long fnv1a(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64 finaliser: a cheap, well-mixed 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x4f4253455256414cL; // fixed: the same text always gets the same signature
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
