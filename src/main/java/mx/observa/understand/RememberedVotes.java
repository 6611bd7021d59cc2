package mx.observa.understand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The nearest passages' vote on a text, asked of each classifier once: the vote is a function of the classifier's
 * passages and the text alone, and the same passage recurs across a batch's reports (a line of a shared template, the
 * same sentence copied into two reports). Measured on the quality test (thirty-ninth round): {@link UnanimousNeighbours}
 * asked 13,861 votes, of 13,345 distinct texts per classifier. Each classifier remembers its last {@link #TEXTS} texts
 * (a service reads reports for days).
 */
final class RememberedVotes {

    /** How many texts each classifier remembers: the passages of a few hundred reports. */
    static final int TEXTS = 4096;

    /** By classifier, compared by identity; a classifier no longer used takes its votes with it. */
    private static final Map<NearestPassages, Map<String, Optional<NearestPassages.Vote>>> BY_CLASSIFIER = new WeakHashMap<>();

    private RememberedVotes() {
    }

    /** {@code nearest.vote(text)}, searched the first time this classifier is asked about this text. */
    static Optional<NearestPassages.Vote> of(NearestPassages nearest, String text) {
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Optional<NearestPassages.Vote>> votes;
        synchronized (BY_CLASSIFIER) {
            votes = BY_CLASSIFIER.computeIfAbsent(nearest, n -> new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<NearestPassages.Vote>> eldest) {
                    return size() > TEXTS;
                }
            });
        }
        synchronized (votes) {
            Optional<NearestPassages.Vote> known = votes.get(text);
            if (known != null) {
                return known;
            }
        }
        // searched outside the lock: threads sharing a classifier do not wait on each other's searches (two asking
        // the same text at once both search, and get the same vote)
        Optional<NearestPassages.Vote> vote = nearest.vote(text);
        synchronized (votes) {
            votes.putIfAbsent(text, vote);
        }
        return vote;
    }
}
