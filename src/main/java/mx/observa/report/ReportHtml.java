package mx.observa.report;

import static mx.observa.report.Traced.pointer;

import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.text.Templates;
import mx.observa.understand.TopicLabels;

/**
 * The consolidated report as one self-contained Spanish XHTML document (src/main/jte/report/edition.jte and the
 * section templates beside it): no scripts, no network, charts drawn with CSS bars. The same document is the HTML
 * edition and the source of the PDF (paged-media CSS gives the PDF its page numbers and the page numbers of its table
 * of contents; browsers ignore those rules).
 *
 * <p>This class is what the templates read: everything comes from the edition's published files — the JSON tree
 * without its long lists, and those lists (incidents, good practices, reports) and the findings' annex read back from
 * the written JSON and CSV one item at a time as the templates iterate them ({@link EditionFiles}) — and every number
 * is handed out as a {@link Traced} value with the pointer of its value. The document is written as it is made, into
 * a file for the HTML edition, never held whole: an edition of 100,000 reports is larger than the heap.
 */
final class ReportHtml {

    /** Section anchors and titles, in order: the table of contents, and what the PDF test looks for. */
    static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("resumen", "1. Resumen ejecutivo"),
            Map.entry("cambios", "2. Cambios respecto de la edición anterior"),
            Map.entry("metodo", "3. Método"),
            Map.entry("cobertura", "4. Cobertura"),
            Map.entry("temas", "5. Hallazgos por tema"),
            Map.entry("incidencias", "6. Incidencias graves"),
            Map.entry("buenas-practicas", "7. Buenas prácticas"),
            Map.entry("recomendaciones", "8. Recomendaciones de las personas observadoras"),
            Map.entry("anexo-informes", "Anexo A. Informes considerados"),
            Map.entry("anexo-hallazgos", "Anexo B. Hallazgos"));

    private static final Map<String, String> CHANNELS = Map.of(
            "carpeta", "Carpeta de recepción",
            "correo", "Correo electrónico",
            "formulario", "Formulario web",
            "api", "API",
            "csv", "Cuestionario en línea (CSV)");

    private final JsonNode e;
    private final EditionFiles files;
    private final TopicLabels labels;
    private final long listRows;

    private ReportHtml(JsonNode e, EditionFiles files, TopicLabels labels, long listRows) {
        this.e = e;
        this.files = files;
        this.labels = labels;
        this.listRows = listRows;
    }

    /** The whole edition, every listing in full, written into {@code out} as it is made. */
    static void render(JsonNode e, EditionFiles files, TopicLabels labels, Writer out) {
        Templates.render("report/edition.jte", new ReportHtml(e, files, labels, Long.MAX_VALUE), out);
    }

    /**
     * An edition whose listings show at most {@code listRows} rows each: the PDF's source, which the renderer takes
     * whole.
     *
     * @param listRows the longest listing shown (incidents, good practices, the annexes); a longer one shows its first
     *                 rows and says where all of them are. The PDF's bound: it is set in memory, and tens of thousands
     *                 of table rows take gigabytes and minutes to lay out in pages.
     */
    static String render(JsonNode e, EditionFiles files, TopicLabels labels, int listRows) {
        return Templates.render("report/edition.jte", new ReportHtml(e, files, labels, listRows));
    }

    // ---- Values of the edition, for the text

    /** A number of the edition; a pointer to nothing is a bug in the report, not a zero. */
    Traced.Num num(String pointer) {
        JsonNode node = e.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new IllegalStateException("El informe cita un valor que no está en el JSON: " + pointer);
        }
        return new Traced.Num(pointer, node.asText());
    }

    Traced.Count count(String pointer, String singular, String plural) {
        return new Traced.Count(num(pointer), e.at(pointer).asLong() == 1 ? singular : plural);
    }

    Traced.Day date(String pointer) {
        String iso = e.at(pointer).asText();
        return new Traced.Day(pointer, iso, Traced.longDate(LocalDate.parse(iso)));
    }

    String text(String pointer) {
        return e.at(pointer).asText();
    }

    boolean isNull(String pointer) {
        return e.at(pointer).isNull();
    }

    long longValue(String pointer) {
        return e.at(pointer).asLong();
    }

    String label(String topic) {
        return labels.label(topic);
    }

    String cutoff() {
        return Traced.longDate(EditionJson.cutoffOf(e));
    }

    /** What goes before item {@code i} of a list of {@code size} in a Spanish sentence: nothing, ", " or " y ". */
    static String joiner(int i, int size) {
        return i == 0 ? "" : i == size - 1 ? " y " : ", ";
    }

    // ---- Cover and contents

    record Section(String id, String title) {
    }

    List<Section> sections() {
        return SECTIONS.stream().map(s -> new Section(s.getKey(), s.getValue())).toList();
    }

    /** The heading of a section, by its anchor. */
    static String title(String id) {
        return SECTIONS.stream().filter(s -> s.getKey().equals(id)).findFirst().orElseThrow().getValue();
    }

    // ---- 1. Summary

    /** The alcaldías with the most reports (ties all included), leaving out the unknown one. */
    List<String> topPlaces() {
        JsonNode counts = e.at("/cobertura/por_alcaldia");
        long max = 0;
        List<String> best = new ArrayList<>();
        for (String k : keys(counts)) {
            long n = counts.path(k).asLong();
            if (k.equals(EditionJson.UNKNOWN_PLACE) || n < max) {
                continue;
            }
            if (n > max) {
                best.clear();
                max = n;
            }
            best.add(k);
        }
        return best;
    }

    /** The three topics (other than good practices and recommendations) found in the most reports. */
    List<String> frequentTopics() {
        JsonNode topics = e.path("temas");
        return keys(topics).stream()
                .filter(t -> !t.equals(EditionJson.GOOD_PRACTICE) && !t.equals(EditionJson.RECOMMENDATION)
                        && topics.path(t).path("informes").asLong() > 0)
                .sorted(Comparator.comparingLong((String t) -> -topics.path(t).path("informes").asLong()))
                .limit(3).toList();
    }

    List<String> seriousTopics() {
        return EditionJson.SERIOUS;
    }

    // ---- 2. Changes

    String newFolios() {
        JsonNode fresh = e.at("/cambios/folios_nuevos");
        List<String> items = new ArrayList<>();
        fresh.forEach(n -> items.add(n.asText()));
        return items.isEmpty() ? "ninguno" : String.join(", ", items);
    }

    /** One row of a table of differences: the previous edition's number, this one's, and the difference. */
    record Difference(String label, Traced.Num before, Traced.Num now, Traced.Num difference) {
    }

    List<Difference> differences(String key) {
        Function<String, String> label = key.equals("temas") ? labels::label : Function.identity();
        return keys(e.path("cambios").path(key)).stream().map(k -> new Difference(label.apply(k),
                num(pointer("cambios", key, k, "anterior")), num(pointer("cambios", key, k, "actual")),
                num(pointer("cambios", key, k, "diferencia")))).toList();
    }

    // ---- 3. Method

    /** A report counted once because its text repeats an earlier report's. */
    record Duplicate(String folio, String of) {
    }

    List<Duplicate> duplicates() {
        JsonNode dups = e.path("duplicados");
        return keys(dups).stream().map(f -> new Duplicate(f, dups.path(f).asText())).toList();
    }

    // ---- 4. Coverage

    /** A table that is also a bar chart: label, number, bar proportional to the largest value. */
    record BarTable(String title, String head, List<Bar> rows) {
    }

    /** @param width of the bar, in percent of the largest */
    record Bar(String label, Traced.Num count, String width) {
    }

    List<BarTable> coverage() {
        return List.of(
                bars("por_alcaldia", "Informes por alcaldía", "Alcaldía", s -> s),
                bars("por_distrito", "Informes por distrito electoral local", "Distrito",
                        s -> s.equals(EditionJson.UNKNOWN) ? s : "Distrito " + s),
                bars("por_canal", "Informes por canal de recepción", "Canal", s -> CHANNELS.getOrDefault(s, s)),
                bars("por_fecha_recepcion", "Informes por fecha de recepción", "Fecha", ReportHtml::dateLabel),
                bars("por_fecha_jornada", "Informes por fecha de la jornada observada", "Fecha", ReportHtml::dateLabel));
    }

    private BarTable bars(String key, String title, String head, Function<String, String> label) {
        JsonNode counts = e.path("cobertura").path(key);
        long max = 0;
        for (JsonNode v : counts) {
            max = Math.max(max, v.asLong());
        }
        List<Bar> rows = new ArrayList<>();
        for (String k : keys(counts)) {
            rows.add(new Bar(label.apply(k), num(pointer("cobertura", key, k)), width(counts.path(k).asLong(), max)));
        }
        return new BarTable(title, head, rows);
    }

    // ---- 5. Topics

    /** A topic: reports, their percentage, findings, and the bar of its reports. */
    /** A topic's row: reports, percent, reports with an incident and reports «sin novedad» apart, findings. */
    record TopicRow(String label, Traced.Num reports, Traced.Num percent, Traced.Num withIncident,
                    Traced.Num noIssue, Traced.Num findings, String width) {
    }

    List<TopicRow> topicRows() {
        JsonNode topics = e.path("temas");
        long max = 0;
        for (JsonNode t : topics) {
            max = Math.max(max, t.path("informes").asLong());
        }
        List<TopicRow> rows = new ArrayList<>();
        for (String t : keys(topics)) {
            rows.add(new TopicRow(labels.label(t), num(pointer("temas", t, "informes")),
                    num(pointer("temas", t, "porcentaje_informes")), num(pointer("temas", t, "informes_con_incidencia")),
                    num(pointer("temas", t, "informes_sin_novedad")), num(pointer("temas", t, "hallazgos")),
                    width(topics.path(t).path("informes").asLong(), max)));
        }
        return rows;
    }

    /** Reports by topic (columns: the topics some report has) and alcaldía (rows). */
    record CrossTable(List<String> topics, List<CrossRow> rows) {
    }

    /** @param cells one per topic: the count, or null for none */
    record CrossRow(String place, List<Traced.Num> cells) {
    }

    CrossTable crossTable() {
        JsonNode cross = e.path("temas_por_alcaldia");
        List<String> topics = keys(cross).stream().filter(t -> !cross.path(t).isEmpty()).toList();
        List<CrossRow> rows = new ArrayList<>();
        for (String p : keys(e.at("/cobertura/por_alcaldia"))) {
            List<Traced.Num> cells = new ArrayList<>();
            for (String t : topics) {
                cells.add(cross.path(t).has(p) ? num(pointer("temas_por_alcaldia", t, p)) : null);
            }
            rows.add(new CrossRow(p, cells));
        }
        return new CrossTable(topics.stream().map(labels::label).toList(), rows);
    }

    /** A finding quoted or listed, and the anchor of its row in annex B. */
    record Quote(String text, String folio, String anchor, String finding, String place) {
    }

    /** The representative quotes of a topic. */
    record QuoteGroup(String topic, List<Quote> quotes) {
    }

    List<QuoteGroup> quotes() {
        JsonNode all = e.path("citas");
        List<QuoteGroup> groups = new ArrayList<>();
        for (String t : keys(all)) {
            if (!all.path(t).isEmpty()) {
                groups.add(new QuoteGroup(labels.label(t), elements(all.path(t)).stream().map(q -> new Quote(
                        q.path("texto").asText(), q.path("folio").asText(), anchor(q), q.path("hallazgo").asText(),
                        EditionJson.place(q.path("alcaldia").textValue()))).toList()));
            }
        }
        return groups;
    }

    // ---- 6, 7. Serious incidents and good practices

    /**
     * The rows of a listing this document shows — all of them, or the first {@code listRows} (the page then says how
     * many there are and where all of them are) — read from the edition's files as the template iterates them.
     *
     * @param total how many the edition has
     */
    record Listing<T>(Iterable<T> rows, long shown, long total) {

        boolean cut() {
            return shown < total;
        }

        String shownNumber() {
            return String.format(Traced.ES_MX, "%,d", shown);
        }

        String totalNumber() {
            return String.format(Traced.ES_MX, "%,d", total);
        }
    }

    /** A listing of {@code total} rows: the rows shown, as {@code rows} reads them given how many. */
    private <T> Listing<T> listing(long total, LongFunction<Iterable<T>> rows) {
        long shown = Math.min(total, listRows);
        return new Listing<>(rows.apply(shown), shown, total);
    }

    /** @param topics the serious topics of an incident (null in the list of good practices) */
    record Detail(String folio, String anchor, String place, String ut, String mro, String topics, String text) {
    }

    String seriousLabels() {
        return EditionJson.SERIOUS.stream().map(labels::label).collect(Collectors.joining(", "));
    }

    Listing<Detail> incidents() {
        return details("/incidencias_graves/hallazgos", EditionJson.SERIOUS_LIST, true);
    }

    Listing<Detail> practices() {
        return details("/buenas_practicas/hallazgos", EditionJson.PRACTICE_LIST, false);
    }

    /** @param count the pointer of how many the list has; {@code list} the pointer of the list */
    private Listing<Detail> details(String count, String list, boolean withTopics) {
        return listing(e.at(count).asLong(), shown -> mapped(files.items(list, shown), d -> new Detail(
                d.path("folio").asText(), anchor(d), EditionJson.place(d.path("alcaldia").textValue()),
                d.hasNonNull("ut") ? d.path("ut").asText() : null, d.hasNonNull("mro") ? d.path("mro").asText() : null,
                withTopics ? seriousOf(d) : null, d.path("texto").asText())));
    }

    private String seriousOf(JsonNode d) {
        List<String> serious = new ArrayList<>();
        d.path("temas").forEach(t -> {
            if (EditionJson.SERIOUS.contains(t.asText())) {
                serious.add(labels.label(t.asText()));
            }
        });
        return String.join(", ", serious);
    }

    // ---- 8. Recommendations

    /** A group of recommendations that say the same: the first one's text, its reports, and links to each. */
    record Recommendation(String text, Traced.Num reports, List<FindingLink> findings) {
    }

    record FindingLink(String folio, String anchor) {
    }

    List<Recommendation> recommendations() {
        JsonNode groups = e.at("/recomendaciones/grupos");
        List<Recommendation> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            List<FindingLink> links = new ArrayList<>();
            g.path("hallazgos").forEach(m -> {
                String[] parts = m.asText().split("#");
                links.add(new FindingLink(parts[0], "h-" + parts[0] + "-" + parts[1]));
            });
            rows.add(new Recommendation(g.path("texto").asText(),
                    num(pointer("recomendaciones", "grupos", Integer.toString(i), "informes")),
                    links.stream().distinct().toList()));
        }
        return rows;
    }

    // ---- Annexes

    record ReportRow(String folio, String channel, String received, String place, String distrito, String ut,
                     String topics) {
    }

    Listing<ReportRow> reportAnnex() {
        return listing(e.at("/totales/informes").asLong(), shown -> mapped(files.items(EditionJson.REPORT_LIST, shown), r -> {
            List<String> ts = new ArrayList<>();
            r.path("temas").forEach(t -> ts.add(labels.label(t.asText())));
            return new ReportRow(r.path("folio").asText(),
                    CHANNELS.getOrDefault(r.path("canal").asText(), r.path("canal").asText()), r.path("recibido").asText(),
                    EditionJson.place(r.path("alcaldia").textValue()),
                    r.path("distrito").isNull() ? "—" : r.path("distrito").asText(),
                    r.path("ut").isNull() ? "—" : r.path("ut").asText(), String.join(", ", ts));
        }));
    }

    record FindingRow(String anchor, String folio, int number, String place, String topics, String text) {
    }

    Listing<FindingRow> findingAnnex() {
        return listing(e.at("/totales/hallazgos").asLong(), shown -> mapped(files.findings(shown), f -> new FindingRow(
                f.anchor(), f.folio(), f.number(), EditionJson.place(f.alcaldia()),
                f.topics().stream().map(labels::label).collect(Collectors.joining(", ")), Quotes.clean(f.text()))));
    }

    // ---- Helpers

    /** {@code from}'s items turned into {@code to}'s one at a time, as they are iterated. */
    private static <A, B> Iterable<B> mapped(Iterable<A> from, Function<A, B> to) {
        return () -> new Iterator<>() {
            private final Iterator<A> items = from.iterator();

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public B next() {
                return to.apply(items.next());
            }
        };
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>(array.size());
        array.forEach(list::add);
        return list;
    }

    private static String anchor(JsonNode item) {
        return "h-" + item.path("folio").asText() + "-" + item.path("hallazgo").asInt();
    }

    private static String dateLabel(String iso) {
        return iso.equals(EditionJson.UNKNOWN) ? iso : Traced.longDate(LocalDate.parse(iso));
    }

    private static String width(long n, long max) {
        return max == 0 ? "0" : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
