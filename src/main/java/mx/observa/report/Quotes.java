package mx.observa.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the representative quotes of a topic by a fixed, documented rule (docs/informe.md), so two people running
 * the same edition get the same quotes and nobody picks them by hand:
 *
 * <ol>
 *   <li>candidates are the counted findings of the topic whose redacted text has at least {@value #MIN_CHARS}
 *       characters;</li>
 *   <li>texts of at most {@value #MAX_CHARS} characters go first (longer ones are cut at a word and marked […]);</li>
 *   <li>then texts with fewer redacted spans (a quote should say what was observed, not who wrote it);</li>
 *   <li>then the finding with more evidence words for the topic (clearer cases first);</li>
 *   <li>then the shorter text, then folio and finding number (a total order: no ties);</li>
 *   <li>at most one quote per report, at most {@value #PER_TOPIC} per topic.</li>
 * </ol>
 */
final class Quotes {

    static final int MIN_CHARS = 40;
    static final int MAX_CHARS = 400;
    static final int PER_TOPIC = 3;

    private Quotes() {
    }

    /**
     * The quotes of one topic, chosen while the findings stream by (in any order): the rule's order is total, so taking
     * each report's best candidate and keeping the {@value #PER_TOPIC} best of those is what sorting all candidates
     * and going down the list would choose.
     */
    static final class Picker {

        private final String topic;
        private final Comparator<PublishedFinding> order;
        private final List<PublishedFinding> best = new ArrayList<>();

        Picker(String topic) {
            this.topic = topic;
            this.order = Comparator
                    .comparing((PublishedFinding f) -> clean(f.text()).length() > MAX_CHARS)
                    .thenComparingInt((PublishedFinding f) -> marks(f.text()))
                    .thenComparing(f -> -f.evidence().getOrDefault(topic, List.of()).size())
                    .thenComparingInt(f -> clean(f.text()).length())
                    .thenComparing(PublishedFinding::folio)
                    .thenComparingInt(PublishedFinding::number);
        }

        void offer(PublishedFinding f) {
            if (!f.has(topic) || clean(f.text()).length() < MIN_CHARS) {
                return;
            }
            for (int i = 0; i < best.size(); i++) {
                if (best.get(i).folio().equals(f.folio())) {
                    if (order.compare(f, best.get(i)) < 0) {
                        best.set(i, f); // at most one quote per report: its best candidate
                        best.sort(order);
                    }
                    return;
                }
            }
            best.add(f);
            best.sort(order);
            if (best.size() > PER_TOPIC) {
                best.remove(PER_TOPIC);
            }
        }

        List<PublishedFinding> chosen() {
            return List.copyOf(best);
        }
    }

    /** The quoted text: whitespace collapsed, cut at a word boundary after {@value #MAX_CHARS} characters. */
    static String excerpt(String text) {
        String t = clean(text);
        if (t.length() <= MAX_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_CHARS);
        return t.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + " […]";
    }

    private static int marks(String text) {
        return text.split(java.util.regex.Pattern.quote(Redactor.MARK), -1).length - 1;
    }

    static String clean(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
