package mx.observa.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import mx.observa.index.IndexedFinding;

/**
 * What most needs a person, in the order an analyst should clear it: serious incidents nobody confirmed, reports
 * without alcaldía or distrito, illegible passages nobody looked at, and near-duplicates nobody checked. Everything
 * is judged on the reviewed values, so an item leaves the queue as soon as someone reviews it. Near-duplicate reports
 * count only in their own category (the commission counts them once, with the report they repeat).
 */
public final class ReviewQueue {

    /** The kinds of pending work, in the order the queue lists them. */
    public enum Category {
        INCIDENCIAS_GRAVES("incidencias-graves", "Incidencias graves sin confirmar"),
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
     * @param text the finding's text, or the report's first finding, to recognise it by
     */
    public record Item(Category category, String folio, Integer finding, String alcaldia, Integer distrito,
                       List<String> topics, String text) {
    }

    /** Filters: an alcaldía (null: any) and a topic (null: any). */
    public record Filter(String alcaldia, String topic) {

        boolean admits(IndexedFinding f) {
            return (alcaldia == null || alcaldia.equals(f.alcaldia())) && (topic == null || f.topics().contains(topic));
        }
    }

    private final Map<Category, List<Item>> items;

    private ReviewQueue(Map<Category, List<Item>> items) {
        this.items = items;
    }

    /**
     * @param all     every indexed finding, as Observa understood it
     * @param serious whether a kind id and topic ids make a serious incident (the consolidated report's rule)
     */
    public static ReviewQueue of(List<IndexedFinding> all, ReviewedValues reviews, BiPredicate<String, List<String>> serious,
                                 Filter filter) {
        Map<Category, List<Item>> items = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            items.put(c, new ArrayList<>());
        }
        Map<String, List<IndexedFinding>> byReport = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(IndexedFinding::folio).thenComparingInt(IndexedFinding::number))
                .forEach(f -> byReport.computeIfAbsent(f.folio(), k -> new ArrayList<>()).add(f));
        byReport.forEach((folio, automatic) -> {
            List<IndexedFinding> shown = automatic.stream().map(reviews::apply).toList();
            IndexedFinding first = shown.get(0);
            boolean reportAdmitted = filter.alcaldia == null || filter.alcaldia.equals(first.alcaldia());
            boolean topicAdmitted = filter.topic == null || shown.stream().anyMatch(f -> f.topics().contains(filter.topic));
            if (first.duplicateOf() != null) {
                if (reportAdmitted && topicAdmitted && !reviews.touched(folio)) {
                    items.get(Category.CASI_IDENTICOS).add(item(Category.CASI_IDENTICOS, first, null));
                }
                return;
            }
            // a place a person confirmed as unknown is not pending any more
            boolean noAlcaldia = first.alcaldia() == null && reviews.reportField(folio, ReviewField.ALCALDIA) == null;
            boolean noDistrito = first.distrito() == null && reviews.reportField(folio, ReviewField.DISTRITO) == null;
            if (reportAdmitted && topicAdmitted && (noAlcaldia || noDistrito)) {
                items.get(Category.SIN_LUGAR).add(item(Category.SIN_LUGAR, first, null));
            }
            for (int i = 0; i < shown.size(); i++) {
                IndexedFinding f = shown.get(i);
                IndexedFinding auto = automatic.get(i);
                if (!filter.admits(f) || reviews.findingField(folio, auto.text(), ReviewField.TIPO) != null) {
                    continue;
                }
                if (f.illegible()) {
                    items.get(Category.ILEGIBLES).add(item(Category.ILEGIBLES, f, f.number()));
                } else if (serious.test(f.kind(), f.topics())) {
                    items.get(Category.INCIDENCIAS_GRAVES).add(item(Category.INCIDENCIAS_GRAVES, f, f.number()));
                }
            }
        });
        return new ReviewQueue(items);
    }

    private static Item item(Category c, IndexedFinding f, Integer number) {
        return new Item(c, f.folio(), number, f.alcaldia(), f.distrito(), f.topics(), f.text());
    }

    /** The pending items of a category. */
    public List<Item> items(Category c) {
        return items.get(c);
    }

    public int total() {
        return items.values().stream().mapToInt(List::size).sum();
    }

    /** The first pending item, in queue order; null when the queue is clear. */
    public Item next() {
        return items.values().stream().flatMap(List::stream).findFirst().orElse(null);
    }
}
