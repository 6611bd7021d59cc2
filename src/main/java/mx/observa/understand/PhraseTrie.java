package mx.observa.understand;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Phrases as a prefix tree, written as a regular expression that matches what their alternation matches, in the same
 * order ({@link PrivacyVocabulary#alternation}). A space in a phrase stands for any run of spaces and tabs.
 *
 * <p>Why the order is the same: at one place of a text, the phrases that match are prefixes of each other (two phrases
 * that differ at some character cannot both read the same text), and the alternation tries them longest first when
 * the list puts every phrase before its prefixes; the tree tries a longer continuation before stopping at a shorter
 * phrase (a greedy {@code ?}), so it tries them in that order too, and backtracks to the same next one.
 */
final class PhraseTrie {

    private final TreeMap<Character, PhraseTrie> children = new TreeMap<>();
    private boolean end;

    private PhraseTrie() {
    }

    /** The tree of the phrases, or empty when the list puts some phrase after a longer one it is a prefix of. */
    static Optional<PhraseTrie> of(List<String> phrases) {
        if (phrases.stream().anyMatch(p -> !p.equals(p.strip()))) {
            return Optional.empty(); // an edge space is required text in the alternation: keep it as written
        }
        List<String> normalized = phrases.stream().map(p -> String.join(" ", p.split("\\s+"))).toList();
        for (int i = 0; i < normalized.size(); i++) {
            for (int j = i + 1; j < normalized.size(); j++) {
                String earlier = normalized.get(i);
                String later = normalized.get(j);
                if (later.length() > earlier.length() && later.startsWith(earlier)) {
                    return Optional.empty();
                }
            }
        }
        PhraseTrie root = new PhraseTrie();
        for (String phrase : normalized) {
            if (phrase.isEmpty()) {
                return Optional.empty(); // the alternation would match nothing there: keep it as written
            }
            PhraseTrie node = root;
            for (char c : phrase.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new PhraseTrie());
            }
            node.end = true;
        }
        return Optional.of(root);
    }

    /** A non-capturing group, like the alternation it replaces. */
    String regex() {
        return "(?:" + body() + ")";
    }

    private String body() {
        StringBuilder branches = new StringBuilder();
        for (var child : children.entrySet()) {
            if (!branches.isEmpty()) {
                branches.append('|');
            }
            char c = child.getKey();
            branches.append(c == ' ' ? "[ \\t]+" : Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c)))
                    .append(child.getValue().body());
        }
        if (children.isEmpty()) {
            return "";
        }
        String group = children.size() == 1 ? branches.toString() : "(?:" + branches + ")";
        return end ? "(?:" + group + ")?" : group;
    }
}
