package mx.observa.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.intake.Alcaldias;
import mx.observa.model.FindingKind;
import mx.observa.understand.TopicLabels;

/**
 * Turns what an analyst submitted in a review form into changes: each field is checked (an alcaldía of the
 * catalogue, a distrito 1–33, a UT clave {@code AA-NNN}, a date, a kind, topics of the taxonomy) and compared with
 * the value the page showed. A field nobody had reviewed and the analyst left as it was is confirmed; one already
 * reviewed and left as it was is not written again.
 */
public final class ReviewInput {

    static final int MAX_NOTE = 2_000;
    static final int MAX_MRO = 60;
    static final int MAX_TAG = 40;
    static final int MAX_TAGS = 10;

    private final Alcaldias alcaldias;
    private final TopicLabels topics;

    public ReviewInput(Alcaldias alcaldias, TopicLabels topics) {
        this.alcaldias = alcaldias;
        this.topics = topics;
    }

    public List<String> alcaldiaNames() {
        return alcaldias.names();
    }

    /**
     * The changes to a report's fields.
     *
     * @param shown the report as the page showed it (reviewed values in place)
     * @param form  field id → submitted value (blank: none)
     */
    public List<Reviews.Change> reportChanges(IndexedReport shown, ReviewedValues reviewed, Map<String, String> form) {
        List<Reviews.Change> changes = new ArrayList<>();
        add(changes, shown.folio(), reviewed, ReviewField.ALCALDIA, shown.alcaldia(), alcaldia(form.get("alcaldia")));
        add(changes, shown.folio(), reviewed, ReviewField.DISTRITO,
                shown.distrito() == null ? null : shown.distrito().toString(), distrito(form.get("distrito")));
        add(changes, shown.folio(), reviewed, ReviewField.UT, shown.ut(), ut(form.get("ut")));
        add(changes, shown.folio(), reviewed, ReviewField.MRO, shown.mro(), mro(form.get("mro")));
        add(changes, shown.folio(), reviewed, ReviewField.FECHA, shown.date() == null ? null : shown.date().toString(),
                date(form.get("fecha")));
        return changes;
    }

    private static void add(List<Reviews.Change> changes, String folio, ReviewedValues reviewed, ReviewField field,
                            String before, String after) {
        if (Objects.equals(before, after) && reviewed.reportField(folio, field) != null) {
            return;
        }
        changes.add(new Reviews.Change(null, null, field, before, after));
    }

    /**
     * The changes to one finding.
     *
     * @param shown  the finding with reviewed values in place
     * @param kind   a kind id or {@value ReviewField#NOT_A_FINDING}
     * @param chosen the topic ids ticked
     * @param tags   the finding's tags, separated by commas (null: the form has no tags field, they stay)
     * @param note   a note to add (blank: none)
     */
    public List<Reviews.Change> findingChanges(IndexedFinding shown, ReviewedValues reviewed, String kind,
                                               List<String> chosen, String tags, String note) {
        String fp = ReviewedValues.fingerprint(shown.text());
        List<Reviews.Change> changes = new ArrayList<>();
        String kindBefore = reviewed.notAFinding(shown) ? ReviewField.NOT_A_FINDING : shown.kind();
        String kindAfter = kind(kind);
        if (!Objects.equals(kindBefore, kindAfter) || reviewed.findingField(shown.folio(), shown.text(), ReviewField.TIPO) == null) {
            changes.add(new Reviews.Change(shown.number(), fp, ReviewField.TIPO, kindBefore, kindAfter));
        }
        String topicsBefore = ReviewedValues.topicValue(shown.topics());
        String topicsAfter = ReviewedValues.topicValue(topics(chosen));
        if (!topicsBefore.equals(topicsAfter) || reviewed.findingField(shown.folio(), shown.text(), ReviewField.TEMAS) == null) {
            changes.add(new Reviews.Change(shown.number(), fp, ReviewField.TEMAS, topicsBefore, topicsAfter));
        }
        if (tags != null) {
            String tagsBefore = ReviewedValues.topicValue(reviewed.tags(shown.folio(), shown.text()));
            String tagsAfter = ReviewedValues.topicValue(tags(List.of(tags.split(","))));
            if (!tagsBefore.equals(tagsAfter)) {
                changes.add(new Reviews.Change(shown.number(), fp, ReviewField.ETIQUETAS, tagsBefore, tagsAfter));
            }
        }
        String n = note(note);
        if (!n.isEmpty()) {
            changes.add(new Reviews.Change(shown.number(), fp, ReviewField.NOTA, null, n));
        }
        return changes;
    }

    /** What a bulk action does to each finding it touches. */
    public enum BulkAction {
        AGREGAR_TEMA("agregar_tema", "agregar el tema"), QUITAR_TEMA("quitar_tema", "quitar el tema"),
        TIPO("tipo", "cambiar el tipo a"), AGREGAR_ETIQUETA("agregar_etiqueta", "agregar la etiqueta"),
        QUITAR_ETIQUETA("quitar_etiqueta", "quitar la etiqueta");

        /** Whether the action is about tags (its value is a tag typed by the analyst). */
        public boolean ofTags() {
            return this == AGREGAR_ETIQUETA || this == QUITAR_ETIQUETA;
        }

        private final String id;
        private final String label;

        BulkAction(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public static BulkAction of(String id) {
            for (BulkAction a : values()) {
                if (a.id.equals(id)) {
                    return a;
                }
            }
            throw new InvalidReview("Elija qué hacer con los hallazgos seleccionados.");
        }
    }

    /**
     * The changes a bulk action makes, by folio: only to the findings it really changes (adding a topic a finding
     * already has changes nothing).
     *
     * @param findings the findings as Observa understood them (the reviewed values are laid over them here)
     * @param value    the topic id, or the kind id ({@value ReviewField#NOT_A_FINDING} included)
     */
    public Map<String, List<Reviews.Change>> bulkChanges(List<IndexedFinding> findings, ReviewedValues reviewed,
                                                         BulkAction action, String value) {
        if (action == BulkAction.TIPO) {
            kind(value);
        } else if (action.ofTags()) {
            if (tags(List.of(value == null ? "" : value)).size() != 1) {
                throw new InvalidReview("Escriba la etiqueta.");
            }
            value = tag(value);
        } else {
            topics(List.of(value == null ? "" : value));
        }
        Map<String, List<Reviews.Change>> byFolio = new java.util.LinkedHashMap<>();
        for (IndexedFinding automatic : findings) {
            if (automatic.illegible()) {
                continue;
            }
            IndexedFinding shown = reviewed.apply(automatic);
            String fp = ReviewedValues.fingerprint(automatic.text());
            Reviews.Change change;
            if (action.ofTags()) {
                List<String> before = reviewed.tags(automatic.folio(), automatic.text());
                java.util.TreeSet<String> after = new java.util.TreeSet<>(before);
                boolean changed = action == BulkAction.AGREGAR_ETIQUETA ? after.add(value) : after.remove(value);
                change = !changed ? null : new Reviews.Change(shown.number(), fp, ReviewField.ETIQUETAS,
                        ReviewedValues.topicValue(before), ReviewedValues.topicValue(List.copyOf(after)));
            } else if (action == BulkAction.TIPO) {
                String before = reviewed.notAFinding(automatic) ? ReviewField.NOT_A_FINDING : shown.kind();
                change = Objects.equals(before, value) ? null
                        : new Reviews.Change(shown.number(), fp, ReviewField.TIPO, before, value);
            } else {
                java.util.TreeSet<String> after = new java.util.TreeSet<>(shown.topics());
                boolean changed = action == BulkAction.AGREGAR_TEMA ? after.add(value) : after.remove(value);
                change = !changed ? null : new Reviews.Change(shown.number(), fp, ReviewField.TEMAS,
                        ReviewedValues.topicValue(shown.topics()), ReviewedValues.topicValue(List.copyOf(after)));
            }
            if (change != null) {
                byFolio.computeIfAbsent(shown.folio(), k -> new ArrayList<>()).add(change);
            }
        }
        return byFolio;
    }

    /**
     * Splitting a finding in two: {@code part} is the 1-based number of the split point among
     * {@link #splitPoints} of its text.
     */
    public Reviews.Change split(IndexedFinding shown, String part) {
        List<String> points = splitPoints(shown.text());
        int k;
        try {
            k = Integer.parseInt(part == null ? "" : part.strip());
        } catch (NumberFormatException e) {
            k = 0;
        }
        if (k < 1 || k > points.size()) {
            throw new InvalidReview("Elija después de qué oración se divide el hallazgo.");
        }
        return new Reviews.Change(shown.number(), ReviewedValues.fingerprint(shown.text()), ReviewField.DIVIDIR,
                shown.text(), points.get(k - 1));
    }

    /** Where a finding's text may be split: the first part of each split, in order. */
    public static List<String> splitPoints(String text) {
        return Sentences.firstParts(text);
    }

    /** Merging a finding with the next one of its report. */
    public Reviews.Change merge(IndexedFinding first, IndexedFinding next) {
        if (next == null) {
            throw new InvalidReview("Es el último hallazgo del informe: no hay uno siguiente con el cual unirlo.");
        }
        return new Reviews.Change(first.number(), ReviewedValues.fingerprint(first.text()), ReviewField.UNIR,
                first.text().strip() + "\n\n" + next.text().strip(), ReviewedValues.joined(first.text(), next.text()));
    }

    /** A note on the report as a whole. */
    public List<Reviews.Change> reportNote(String note) {
        String n = note(note);
        return n.isEmpty() ? List.of() : List.of(new Reviews.Change(null, null, ReviewField.NOTA, null, n));
    }

    private static String note(String typed) {
        String n = typed == null ? "" : typed.strip();
        if (n.length() > MAX_NOTE) {
            throw new InvalidReview("La nota es demasiado larga (máximo " + MAX_NOTE + " caracteres).");
        }
        return n;
    }

    private String alcaldia(String typed) {
        if (blank(typed)) {
            return null;
        }
        return alcaldias.find(typed).map(Alcaldias.Alcaldia::nombre)
                .orElseThrow(() -> new InvalidReview("«" + typed.strip() + "» no es una alcaldía de la Ciudad de México."));
    }

    private static String distrito(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            int d = Integer.parseInt(typed.strip());
            if (d >= 1 && d <= 33) {
                return Integer.toString(d);
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new InvalidReview("El distrito local es un número del 1 al 33.");
    }

    private static String ut(String typed) {
        if (blank(typed)) {
            return null;
        }
        String ut = typed.strip();
        if (!ut.matches("\\d{2}-\\d{3}")) {
            throw new InvalidReview("La clave de unidad territorial se escribe como 07-123.");
        }
        return ut;
    }

    private static String mro(String typed) {
        if (blank(typed)) {
            return null;
        }
        String mro = typed.strip().replaceAll("\\s+", " ");
        if (mro.length() > MAX_MRO) {
            throw new InvalidReview("La mesa se escribe en pocas palabras (máximo " + MAX_MRO + " caracteres).");
        }
        return mro;
    }

    private static String date(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidReview("La fecha se escribe como AAAA-MM-DD.");
        }
    }

    private static String kind(String id) {
        if (ReviewField.NOT_A_FINDING.equals(id)) {
            return id;
        }
        return FindingKind.byId(id == null ? "" : id.strip()).map(FindingKind::id)
                .orElseThrow(() -> new InvalidReview("Elija el tipo del hallazgo."));
    }

    private List<String> topics(List<String> chosen) {
        for (String t : chosen) {
            if (!topics.knows(t)) {
                throw new InvalidReview("«" + t + "» no es un tema de la taxonomía.");
            }
        }
        return chosen;
    }

    /** Tags as typed (blank ones dropped), each checked and written as the index keeps it. */
    static List<String> tags(List<String> typed) {
        List<String> out = new ArrayList<>();
        for (String t : typed) {
            if (!blank(t)) {
                out.add(tag(t));
            }
        }
        if (out.size() > MAX_TAGS) {
            throw new InvalidReview("Un hallazgo lleva a lo sumo " + MAX_TAGS + " etiquetas.");
        }
        return out;
    }

    private static String tag(String typed) {
        String t = mx.observa.index.IndexSchema.tag(typed);
        if (t.length() > MAX_TAG || t.contains("|")) {
            throw new InvalidReview("Una etiqueta son pocas palabras (máximo " + MAX_TAG + " caracteres, sin «|»).");
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
