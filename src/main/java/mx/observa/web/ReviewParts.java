package mx.observa.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import mx.observa.access.Role;
import mx.observa.access.Session;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.model.FindingKind;
import mx.observa.review.ReviewEntry;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewInput;
import mx.observa.review.ReviewedValues;
import mx.observa.review.ReviewProjection;
import mx.observa.understand.TopicLabels;

/**
 * What the report page shows of the analysts' review (src/main/jte/web/reviewReport.jte, reviewFinding.jte): for
 * each field and finding the automatic value beside the reviewed one with who reviewed it and when, and for the
 * roles that review (analista, admin) the forms to confirm or correct them. The commission reads the reviewed values
 * but neither the forms nor the analysts' internal notes.
 */
public final class ReviewParts {

    private final ReviewProjection projection;
    private final ReviewInput input;
    private final WebLabels labels;
    private final TopicLabels topics;

    public ReviewParts(ReviewProjection projection, ReviewInput input, WebLabels labels, TopicLabels topics) {
        this.projection = projection;
        this.input = input;
        this.labels = labels;
        this.topics = topics;
    }

    /** Whether a role may review (the route says the same: routes/web.yaml, /informes/{folio}/revision). */
    static boolean reviews(Role role) {
        return role != Role.COMISION;
    }

    ReviewedValues current() {
        return projection.reviews().current();
    }

    /** Where reviews are recorded: the review log, then the index for the reports they touch. */
    ReviewProjection projection() {
        return projection;
    }

    ReviewInput input() {
        return input;
    }

    /** A field of the report: the automatic value, the value in force, and who reviewed it when (null: nobody). */
    record FieldRow(String id, String label, String inputType, String automatic, String value, String reviewedBy,
                    boolean changed) {
    }

    /** A note: who wrote it, when, about which finding (null: the report). */
    record Note(String by, Integer finding, String text) {
    }

    record Option(String id, String label, boolean selected) {
    }

    /** A finding's tag, linking to the search of every finding with it. */
    record Tag(String label, String href) {
    }

    /**
     * The report's review block; {@code formToken} is null when the role does not review.
     *
     * @param next        «Siguiente pendiente» ({@link QueuePosition#next})
     * @param queueFields hidden fields that keep the queue's filters through the forms
     */
    record ReportReview(String folio, String formToken, List<FieldRow> fields, List<String> alcaldias, List<Note> notes,
                        List<Note> segmentation, String next, List<Option> queueFields) {
    }

    /** A finding's review: its automatic kind and topics, who reviewed it, and the form's options. */
    record FindingReview(String folio, int number, String formToken, boolean notAFinding, String automatic, String reviewedBy,
                         boolean changed, List<Option> kinds, List<Option> topics, List<Tag> tags, List<Option> splits,
                         boolean mergeable, List<Option> queueFields) {

        /** The tags as the form's field shows them. */
        public String tagsTyped() {
            return String.join(", ", tags.stream().map(Tag::label).toList());
        }
    }

    ReportReview report(Session session, ReviewedValues reviewed, IndexedReport automatic, IndexedReport shown,
                        QueuePosition at) {
        boolean reviewer = reviews(session.role());
        List<FieldRow> rows = new ArrayList<>();
        row(rows, reviewed, shown.folio(), ReviewField.ALCALDIA, "alcaldia", automatic.alcaldia(), shown.alcaldia());
        row(rows, reviewed, shown.folio(), ReviewField.DISTRITO, "number", str(automatic.distrito()), str(shown.distrito()));
        row(rows, reviewed, shown.folio(), ReviewField.UT, "text", automatic.ut(), shown.ut());
        row(rows, reviewed, shown.folio(), ReviewField.MRO, "text", automatic.mro(), shown.mro());
        row(rows, reviewed, shown.folio(), ReviewField.FECHA, "date", str(automatic.date()), str(shown.date()));
        List<Note> notes = !reviewer ? List.of() : reviewed.notes(shown.folio()).stream()
                .map(e -> new Note(by(e), e.finding(), e.after())).toList();
        // splits and merges change what everyone reads: shown to every role that sees the report
        List<Note> segmentation = reviewed.segmentation(shown.folio()).stream().map(e -> new Note(by(e), e.finding(),
                e.field() == ReviewField.DIVIDIR
                        ? "dividió «" + e.before() + "» en «" + e.after() + "» y el resto"
                        : "unió «" + e.before().replace("\n\n", "» y «") + "»")).toList();
        return new ReportReview(shown.folio(), reviewer ? session.formToken() : null, rows,
                reviewer ? input.alcaldiaNames() : List.of(), notes, segmentation, at.next(), at.hiddenFields());
    }

    private static void row(List<FieldRow> rows, ReviewedValues reviewed, String folio, ReviewField field, String type,
                            String automatic, String shown) {
        ReviewEntry e = reviewed.reportField(folio, field);
        rows.add(new FieldRow(field.id(), field.label(), type, automatic, shown, e == null ? null : by(e),
                e != null && !Objects.equals(automatic, shown)));
    }

    /**
     * @param hasNext whether the report has a finding after this one (to merge with)
     * @param at      where the analyst is in the review queue
     */
    FindingReview finding(Session session, ReviewedValues reviewed, IndexedFinding automatic, IndexedFinding shown,
                          boolean hasNext, QueuePosition at) {
        ReviewEntry kind = reviewed.findingField(shown.folio(), automatic.text(), ReviewField.TIPO);
        ReviewEntry topicEntry = reviewed.findingField(shown.folio(), automatic.text(), ReviewField.TEMAS);
        ReviewEntry last = kind == null ? topicEntry : topicEntry == null || kind.at().isAfter(topicEntry.at()) ? kind : topicEntry;
        boolean notAFinding = reviewed.notAFinding(automatic);
        String auto = "tipo: " + (automatic.kind() == null ? "sin tipo" : WebLabels.kind(automatic.kind())) + "; temas: "
                + (automatic.topics().isEmpty() ? "ninguno" : String.join(", ", automatic.topics().stream().map(labels::topic).toList()));
        boolean changed = notAFinding || !Objects.equals(automatic.kind(), shown.kind())
                || !automatic.topics().equals(shown.topics());
        String token = reviews(session.role()) ? session.formToken() : null;
        List<Option> kinds = new ArrayList<>();
        String current = notAFinding ? ReviewField.NOT_A_FINDING : shown.kind();
        Arrays.stream(FindingKind.values()).forEach(k -> kinds.add(new Option(k.id(), k.label(), k.id().equals(current))));
        kinds.add(new Option(ReviewField.NOT_A_FINDING, "No es hallazgo", notAFinding));
        List<Option> topicOptions = token == null ? List.of() : topics.ordered(shown.topics()).stream()
                .map(t -> new Option(t, labels.topic(t), shown.topics().contains(t))).toList();
        return new FindingReview(shown.folio(), shown.number(), token, notAFinding, auto, last == null ? null : by(last), changed,
                token == null ? List.of() : kinds, topicOptions, reviewed.tags(shown.folio(), automatic.text()).stream()
                .map(t -> new Tag(t, "/?" + SearchParams.ETIQUETA + "=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8)))
                .toList(), token == null ? List.of() : splits(shown.text()), token != null && hasNext, at.hiddenFields());
    }

    /** Where the finding may be split, each labelled by how its second part begins. */
    private static List<Option> splits(String text) {
        List<String> points = ReviewInput.splitPoints(text);
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String rest = text.substring(text.indexOf(points.get(i)) + points.get(i).length()).strip();
            String start = rest.length() > 50 ? rest.substring(0, 50) + "…" : rest;
            out.add(new Option(Integer.toString(i + 1), "antes de «" + start + "»", false));
        }
        return out;
    }

    private static String by(ReviewEntry e) {
        return "Revisado por " + e.user() + " el " + Format.moment(e.at().toString());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
