package mx.observa.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import mx.observa.index.IndexedFinding;

/**
 * What most needs a person, in the order an analyst should clear it: serious incidents nobody confirmed, findings
 * whose kind or topics the classifier was least sure of ({@link ClassifierCertainty}, least sure first), reports
 * without alcaldía or distrito, illegible passages nobody looked at, and near-duplicates nobody checked. Everything is
 * judged on the reviewed values, so an item leaves the queue as soon as someone reviews it. Near-duplicate reports
 * count only in their own category (the commission counts them once, with the report they repeat).
 *
 * <p>Built from the reports one at a time (as the report store streams them): the counts are whole, but only the
 * first {@code kept} items of each category are held, so the queue of 100,000 reports fits in a small heap.
 */
public final class ReviewQueue {

    /** The kinds of pending work, in the order the queue lists them. */
    public enum Category {
        INCIDENCIAS_GRAVES("incidencias-graves", "Incidencias graves sin confirmar"),
        DUDOSOS("dudosos", "Hallazgos de clasificación dudosa (el clasificador estuvo menos seguro)"),
        SIN_LUGAR("sin-lugar", "Informes sin alcaldía o sin distrito"),
        ILEGIBLES("ilegibles", "Pasajes ilegibles (OCR) sin revisar"),
        CASI_IDENTICOS("casi-identicos", "Informes casi idénticos a otro, sin revisar");

        private final String id;
        private final String label;

        Category(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One pending item: a finding ({@code finding} its number) or a whole report ({@code finding} null).
     *
     * @param text      the finding's text, or the report's first finding, to recognise it by
     * @param certainty for a finding of doubtful classification, how sure the classifier was (0–1); else null
     */
    public record Item(Category category, String folio, Integer finding, String alcaldia, Integer distrito,
                       List<String> topics, String text, Double certainty) {
    }

    /** Filters: an alcaldía (null: any) and a topic (null: any). */
    public record Filter(String alcaldia, String topic) {

        boolean admits(IndexedFinding f) {
            return (alcaldia == null || alcaldia.equals(f.alcaldia())) && (topic == null || f.topics().contains(topic));
        }
    }

    /**
     * What a queue considers: a category's count, and its first items; for doubtful findings, the least certain ones
     * (a bounded heap that drops the most certain when full).
     */
    private static final class Pending {
        private final int kept;
        private final List<Item> first = new ArrayList<>();
        private final PriorityQueue<Item> leastCertain;
        private int count;

        Pending(int kept, boolean byCertainty) {
            this.kept = kept;
            this.leastCertain = byCertainty ? new PriorityQueue<>(LEAST_CERTAIN_FIRST.reversed()) : null;
        }

        void add(Item item) {
            count++;
            if (leastCertain != null) {
                leastCertain.add(item);
                if (leastCertain.size() > kept) {
                    leastCertain.poll();
                }
            } else if (first.size() < kept) {
                first.add(item);
            }
        }

        List<Item> items() {
            return leastCertain == null ? first : leastCertain.stream().sorted(LEAST_CERTAIN_FIRST).toList();
        }
    }

    private static final Comparator<Item> LEAST_CERTAIN_FIRST = Comparator.comparing(Item::certainty)
            .thenComparing(Item::folio).thenComparing(Item::finding);

    private final Map<Category, List<Item>> items;
    private final Map<Category, Integer> counts;

    private ReviewQueue(Map<Category, List<Item>> items, Map<Category, Integer> counts) {
        this.items = items;
        this.counts = counts;
    }

    /**
     * @param reports   each report's findings as Observa understood them, one report at a time
     * @param serious   whether a kind id and topic ids make a serious incident (the consolidated report's rule)
     * @param doubtful  findings whose classification certainty is below this are doubtful
     * @param kept      items held per category (the counts are whole)
     */
    public static ReviewQueue of(Stream<List<IndexedFinding>> reports, ReviewedValues reviews,
                                 BiPredicate<String, List<String>> serious, double doubtful, Filter filter, int kept) {
        Map<Category, Pending> pending = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            pending.put(c, new Pending(kept, c == Category.DUDOSOS));
        }
        reports.filter(r -> !r.isEmpty()).forEach(automatic -> {
            String folio = automatic.get(0).folio();
            List<IndexedFinding> shown = automatic.stream().map(reviews::apply).toList();
            IndexedFinding first = shown.get(0);
            boolean reportAdmitted = filter.alcaldia == null || filter.alcaldia.equals(first.alcaldia());
            boolean topicAdmitted = filter.topic == null || shown.stream().anyMatch(f -> f.topics().contains(filter.topic));
            if (first.duplicateOf() != null) {
                if (reportAdmitted && topicAdmitted && !reviews.touched(folio)) {
                    pending.get(Category.CASI_IDENTICOS).add(item(Category.CASI_IDENTICOS, first, null, null));
                }
                return;
            }
            // a place a person confirmed as unknown is not pending any more
            boolean noAlcaldia = first.alcaldia() == null && reviews.reportField(folio, ReviewField.ALCALDIA) == null;
            boolean noDistrito = first.distrito() == null && reviews.reportField(folio, ReviewField.DISTRITO) == null;
            if (reportAdmitted && topicAdmitted && (noAlcaldia || noDistrito)) {
                pending.get(Category.SIN_LUGAR).add(item(Category.SIN_LUGAR, first, null, null));
            }
            for (int i = 0; i < shown.size(); i++) {
                IndexedFinding f = shown.get(i);
                IndexedFinding auto = automatic.get(i);
                if (!filter.admits(f) || reviews.findingField(folio, auto.text(), ReviewField.TIPO) != null) {
                    continue;
                }
                if (f.illegible()) {
                    pending.get(Category.ILEGIBLES).add(item(Category.ILEGIBLES, f, f.number(), null));
                } else if (serious.test(f.kind(), f.topics())) {
                    pending.get(Category.INCIDENCIAS_GRAVES).add(item(Category.INCIDENCIAS_GRAVES, f, f.number(), null));
                } else if (reviews.findingField(folio, auto.text(), ReviewField.TEMAS) == null) {
                    double certainty = ClassifierCertainty.of(auto);
                    if (certainty < doubtful) {
                        pending.get(Category.DUDOSOS).add(item(Category.DUDOSOS, f, f.number(), certainty));
                    }
                }
            }
        });
        Map<Category, List<Item>> items = new LinkedHashMap<>();
        Map<Category, Integer> counts = new LinkedHashMap<>();
        pending.forEach((c, p) -> {
            items.put(c, p.items());
            counts.put(c, p.count);
        });
        return new ReviewQueue(items, counts);
    }

    private static Item item(Category c, IndexedFinding f, Integer number, Double certainty) {
        return new Item(c, f.folio(), number, f.alcaldia(), f.distrito(), f.topics(), f.text(), certainty);
    }

    /** The first pending items of a category (for doubtful findings, the least certain). */
    public List<Item> items(Category c) {
        return items.get(c);
    }

    /** How many items of a category are pending (all of them, not only those held). */
    public int count(Category c) {
        return counts.get(c);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The first pending item, in queue order; null when the queue is clear. */
    public Item next() {
        return items.values().stream().flatMap(List::stream).findFirst().orElse(null);
    }

    /**
     * The pending item after the one an analyst is leaving unreviewed (its report's {@code folio} and its finding's
     * {@code number}, null for a report-level item), in queue order and round to the start: «Siguiente» moves past
     * what the analyst skips. The first item when that one is no longer pending; null when it is the only one.
     */
    public Item after(String folio, Integer number) {
        List<Item> all = items.values().stream().flatMap(List::stream).toList();
        int at = -1;
        for (int i = 0; i < all.size() && at < 0; i++) {
            if (all.get(i).folio().equals(folio) && java.util.Objects.equals(all.get(i).finding(), number)) {
                at = i;
            }
        }
        if (at < 0) {
            return next();
        }
        return all.size() == 1 ? null : all.get((at + 1) % all.size());
    }
}
