package mx.observa.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.model.FindingKind;
import mx.observa.text.Folding;
import mx.observa.understand.TopicLabels;

/**
 * Every number and list of one edition, as the JSON tree that is published ({@code informe-consolidado.json}) and
 * from which the HTML and PDF are rendered: the text can only say what this tree says, and every number in the text
 * points back to its place here (JSON Pointer in {@code data-ref}).
 *
 * <p>Its three long lists are written item by item ({@link #write}) and read back the same way, so an edition's size
 * is bounded by the disk, not the heap.
 *
 * <p>Deterministic: no generation time, every map in a stable order (taxonomy order for topics, name order for
 * alcaldías with "No identificada" last, numeric order for distritos, calendar order for dates).
 */
final class EditionJson {

    static final String TITLE = "Informe consolidado de observación";
    static final String SUBJECT = "Consulta de Presupuesto Participativo 2022";
    static final String UNKNOWN_PLACE = "No identificada";
    static final String UNKNOWN = "Sin dato";
    /** Topics whose incidents the commission reads one by one ({@link Sections}). */
    static final List<String> SERIOUS = Sections.SERIOUS;
    static final String GOOD_PRACTICE = "buena_practica";
    static final String RECOMMENDATION = "recomendacion";
    /** The long lists of an edition: every serious incident, every good practice, every report counted. */
    static final String SERIOUS_LIST = "/incidencias_graves/lista";
    static final String PRACTICE_LIST = "/buenas_practicas/lista";
    static final String REPORT_LIST = "/informes";
    /** Objects on the way to a long list, which {@link #readSummary} reads field by field. */
    private static final Set<String> SUMMARY_PARENTS = Set.of("", "/incidencias_graves", "/buenas_practicas");

    private EditionJson() {
    }

    /**
     * The edition's tree without its three long lists ({@link #SERIOUS_LIST}, {@link #PRACTICE_LIST},
     * {@link #REPORT_LIST}), which stay empty here and are written item by item by {@link #write}.
     *
     * @param findings what the counted findings add up to (see {@link Corpus#select})
     */
    static ObjectNode build(Corpus corpus, FindingTally findings, TopicLabels labels, CvoeCalendar.Session session,
                            JsonNode previous) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("informe", TITLE + " — " + SUBJECT);
        edition(root.putObject("edicion"), corpus, session, previous);
        List<CoveredReport> reports = corpus.reports();
        List<String> topics = labels.ordered(findings.topics());

        ObjectNode rules = root.putObject("reglas");
        rules.put("cita_min_caracteres", Quotes.MIN_CHARS);
        rules.put("cita_max_caracteres", Quotes.MAX_CHARS);
        rules.put("citas_por_tema", Quotes.PER_TOPIC);
        rules.put("umbral_jaccard", RecommendationGroups.THRESHOLD);

        ObjectNode totals = root.putObject("totales");
        totals.put("envios_con_folio", corpus.manifest().size());
        totals.put("informes", reports.size());
        totals.put("hallazgos", findings.findings());
        totals.put("pasajes_ilegibles", corpus.illegible());
        ObjectNode byKind = totals.putObject("hallazgos_por_tipo");
        for (FindingKind k : FindingKind.values()) {
            byKind.put(k.id(), findings.findings(k));
        }
        totals.put("duplicados", corpus.duplicates().size());
        totals.put("cuarentena_con_folio", corpus.manifest().stream().filter(m -> m.status().equals("cuarentena")).count());
        totals.put("en_proceso", corpus.pending());
        totals.put("fallidos", corpus.manifest().stream().filter(m -> m.status().equals(Corpus.FAILED)).count());
        totals.put("contenedores", corpus.manifest().stream().filter(m -> m.status().equals(Corpus.CONTAINER)).count());
        totals.put("rechazados_sin_folio", corpus.quarantined()
                - corpus.manifest().stream().filter(m -> m.status().equals("cuarentena")).count());
        totals.put("envios_repetidos", corpus.repeats());
        totals.put("alcaldias_con_informes", reports.stream().map(CoveredReport::alcaldia).filter(a -> a != null).distinct().count());
        totals.put("distritos_con_informes", reports.stream().map(CoveredReport::distrito).filter(d -> d != null).distinct().count());

        ObjectNode coverage = root.putObject("cobertura");
        counts(coverage.putObject("por_alcaldia"), reports, r -> place(r.alcaldia()), EditionJson::placeOrder);
        counts(coverage.putObject("por_distrito"), reports, r -> r.distrito() == null ? UNKNOWN : r.distrito().toString(),
                EditionJson::numberOrder);
        counts(coverage.putObject("por_canal"), reports, CoveredReport::channel, Comparator.naturalOrder());
        counts(coverage.putObject("por_fecha_recepcion"), reports, r -> r.received().toString(), EditionJson::dateOrder);
        counts(coverage.putObject("por_fecha_jornada"), reports, r -> r.date() == null ? UNKNOWN : r.date().toString(),
                EditionJson::dateOrder);

        ObjectNode byTopic = root.putObject("temas");
        ObjectNode topicByPlace = root.putObject("temas_por_alcaldia");
        for (String t : topics) {
            List<CoveredReport> with = reports.stream().filter(r -> r.topics().contains(t)).toList();
            long n = findings.findings(t);
            if (with.isEmpty() && n == 0 && labels.label(t).equals(t)) {
                continue;
            }
            ObjectNode node = byTopic.putObject(t);
            node.put("etiqueta", labels.label(t));
            node.put("informes", with.size());
            node.put("hallazgos", n);
            node.put("porcentaje_informes", percent(with.size(), reports.size()));
            // incidents and «sin novedad» apart: "no hubo propaganda" is coverage of a topic, not an incident in it
            long withIncidents = findings.reportsWithIncident(t);
            node.put("informes_con_incidencia", withIncidents);
            node.put("porcentaje_informes_con_incidencia", percent(withIncidents, reports.size()));
            node.put("hallazgos_incidencia", findings.incidents(t));
            node.put("informes_sin_novedad", findings.reportsNoIssue(t));
            node.put("hallazgos_sin_novedad", findings.noIssue(t));
            counts(topicByPlace.putObject(t), with, r -> place(r.alcaldia()), EditionJson::placeOrder);
        }

        ObjectNode quotes = root.putObject("citas");
        for (String t : topics) {
            if (!t.equals(GOOD_PRACTICE) && !t.equals(RECOMMENDATION)) {
                ArrayNode list = quotes.putArray(t);
                findings.quotes(t).forEach(f -> list.add(quote(f)));
            }
        }

        ObjectNode serious = root.putObject("incidencias_graves");
        serious.put("hallazgos", findings.serious());
        serious.put("informes", findings.seriousReports());
        ObjectNode perSerious = serious.putObject("por_tema");
        SERIOUS.forEach(t -> perSerious.put(t, findings.serious(t)));
        serious.putArray("lista"); // written by write(), one incident at a time

        ObjectNode good = root.putObject("buenas_practicas");
        good.put("hallazgos", findings.practices());
        good.putArray("lista"); // written by write()

        ObjectNode recs = root.putObject("recomendaciones");
        List<RecommendationGroups.Group> groups = findings.recommendationGroups();
        recs.put("hallazgos", findings.recommendations());
        recs.put("grupos_distintos", groups.size());
        ArrayNode groupList = recs.putArray("grupos");
        for (RecommendationGroups.Group g : groups) {
            ObjectNode node = groupList.addObject();
            node.put("texto", Quotes.excerpt(g.representative().text()));
            node.put("folio", g.representative().folio());
            node.put("hallazgo", g.representative().number());
            node.put("informes", g.reports());
            ArrayNode members = node.putArray("hallazgos");
            g.members().forEach(members::add);
        }

        changes(root, previous, reports, byTopic);

        ObjectNode dups = root.putObject("duplicados");
        corpus.duplicates().forEach(dups::put);
        root.putArray("informes"); // written by write(), one report at a time
        return root;
    }

    /** One item of {@link #REPORT_LIST}. */
    static ObjectNode reportItem(CoveredReport r) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("folio", r.folio());
        node.put("canal", r.channel());
        node.put("recibido", r.received().toString());
        node.put("alcaldia", r.alcaldia());
        node.put("distrito", r.distrito());
        node.put("ut", r.ut());
        node.put("fecha", r.date() == null ? null : r.date().toString());
        ArrayNode ts = node.putArray("temas");
        r.topics().forEach(ts::add);
        node.put("hallazgos", r.findings());
        return node;
    }

    /** The items of one long list, produced one at a time. */
    @FunctionalInterface
    interface Items {
        void forEach(Consumer<JsonNode> item);
    }

    /**
     * Writes a tree as indented JSON, streaming the arrays at the given pointers item by item instead of what the tree
     * holds there: an edition with 100,000 reports is never a tree in memory.
     */
    static void write(JsonNode tree, Map<String, Items> lists, Path file) throws IOException {
        try (JsonGenerator g = Json.MAPPER.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            write(g, tree, "", lists);
            g.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator g, JsonNode node, String pointer, Map<String, Items> lists) throws IOException {
        Items items = lists.get(pointer);
        if (items != null) {
            g.writeStartArray();
            items.forEach(item -> {
                try {
                    g.writeTree(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
        } else if (node.isObject() && lists.keySet().stream().anyMatch(p -> p.startsWith(pointer + "/"))) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                g.writeFieldName(field.getKey());
                write(g, field.getValue(), pointer + "/" + field.getKey(), lists);
            }
            g.writeEndObject();
        } else {
            g.writeTree(node);
        }
    }

    /**
     * The first {@code limit} items of the array at {@code pointer} in an edition's JSON file, read one at a time as
     * they are iterated (none when the file has no such array).
     */
    static ItemReader<JsonNode> items(Path file, String pointer, long limit) {
        return ItemReader.open(file, f -> Json.MAPPER.createParser(f.toFile()), p -> {
            boolean found = seek(p, pointer);
            long[] read = {0};
            return () -> !found || read[0]++ >= limit || p.nextToken() == JsonToken.END_ARRAY ? null : p.readValueAsTree();
        });
    }

    /** Moves the parser onto the start of the value at {@code pointer}; false when there is none. */
    private static boolean seek(JsonParser p, String pointer) throws IOException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                continue;
            }
            String at = p.getParsingContext().pathAsPointer().toString();
            p.nextToken();
            if (at.equals(pointer)) {
                return true;
            }
            if (!pointer.startsWith(at + "/")) {
                p.skipChildren();
            }
        }
        return false;
    }

    /**
     * An edition's JSON without its long lists (incidents, good practices; each report only by its folio): what the
     * commission's page and the next edition need, read without holding the whole file in memory.
     */
    static JsonNode readSummary(Path file) throws IOException {
        try (JsonParser p = Json.MAPPER.createParser(file.toFile())) {
            p.nextToken();
            return summary(p, "");
        }
    }

    private static JsonNode summary(JsonParser p, String pointer) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT && SUMMARY_PARENTS.contains(pointer)) {
            ObjectNode node = Json.MAPPER.createObjectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                node.set(name, summary(p, pointer + "/" + name));
            }
            return node;
        }
        if (pointer.equals(SERIOUS_LIST) || pointer.equals(PRACTICE_LIST)) {
            p.skipChildren();
            return Json.MAPPER.createArrayNode();
        }
        if (pointer.equals(REPORT_LIST)) {
            ArrayNode folios = Json.MAPPER.createArrayNode();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode report = p.readValueAsTree();
                folios.addObject().put("folio", report.path("folio").asText());
            }
            return folios;
        }
        return p.readValueAsTree();
    }

    private static void edition(ObjectNode edition, Corpus corpus, CvoeCalendar.Session session, JsonNode previous) {
        edition.put("corte", corpus.cutoff().toString());
        edition.put("zona_horaria", Corpus.ZONE.getId());
        if (session == null) {
            edition.putNull("sesion");
        } else {
            ObjectNode s = edition.putObject("sesion");
            s.put("fecha", session.date().toString());
            s.put("nombre", session.name());
            s.put("tipo", session.type());
        }
        if (previous == null) {
            edition.putNull("edicion_anterior");
        } else {
            ObjectNode p = edition.putObject("edicion_anterior");
            p.put("corte", previous.at("/edicion/corte").asText());
            p.set("sesion", previous.at("/edicion/sesion").deepCopy());
        }
    }

    /** What changed since the previous edition: reports, topics and alcaldías, with the new folios. */
    private static void changes(ObjectNode root, JsonNode previous, List<CoveredReport> reports, ObjectNode byTopic) {
        if (previous == null) {
            root.putNull("cambios");
            return;
        }
        ObjectNode changes = root.putObject("cambios");
        difference(changes.putObject("informes"), previous.at("/totales/informes").asLong(), reports.size());
        Set<String> before = new TreeSet<>();
        previous.path("informes").forEach(r -> before.add(r.path("folio").asText()));
        ArrayNode fresh = changes.putArray("folios_nuevos");
        reports.stream().map(CoveredReport::folio).filter(f -> !before.contains(f)).forEach(fresh::add);
        changes.put("informes_nuevos", fresh.size());
        ObjectNode topics = changes.putObject("temas");
        Set<String> topicIds = new java.util.LinkedHashSet<>();
        byTopic.fieldNames().forEachRemaining(topicIds::add);
        previous.path("temas").fieldNames().forEachRemaining(topicIds::add);
        for (String t : topicIds) {
            difference(topics.putObject(t), previous.path("temas").path(t).path("informes").asLong(0),
                    byTopic.path(t).path("informes").asLong(0));
        }
        ObjectNode places = changes.putObject("alcaldias");
        Map<String, Long> now = new LinkedHashMap<>();
        reports.forEach(r -> now.merge(place(r.alcaldia()), 1L, Long::sum));
        Set<String> names = new TreeSet<>(EditionJson::placeOrder);
        names.addAll(now.keySet());
        previous.at("/cobertura/por_alcaldia").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            difference(places.putObject(name), previous.at("/cobertura/por_alcaldia").path(name).asLong(0),
                    now.getOrDefault(name, 0L));
        }
    }

    private static void difference(ObjectNode node, long before, long now) {
        node.put("anterior", before);
        node.put("actual", now);
        node.put("diferencia", now - before);
    }

    private static ObjectNode quote(PublishedFinding f) {
        ObjectNode q = Json.MAPPER.createObjectNode();
        q.put("folio", f.folio());
        q.put("hallazgo", f.number());
        q.put("alcaldia", f.alcaldia());
        q.put("texto", Quotes.excerpt(f.text()));
        return q;
    }

    static ObjectNode detail(PublishedFinding f) {
        ObjectNode d = quote(f);
        d.put("ut", f.ut());
        d.put("mro", f.mro());
        ArrayNode ts = d.putArray("temas");
        f.topics().forEach(ts::add);
        d.put("tipo", f.kind() == null ? null : f.kind().id());
        return d;
    }

    private static <T> void counts(ObjectNode target, List<T> items, Function<T, String> key, Comparator<String> order) {
        Map<String, Long> counted = items.stream().collect(Collectors.groupingBy(key, () -> new java.util.TreeMap<>(order),
                Collectors.counting()));
        counted.forEach(target::put);
    }

    static String place(String alcaldia) {
        return alcaldia == null ? UNKNOWN_PLACE : alcaldia;
    }

    private static int placeOrder(String a, String b) {
        return Comparator.comparing((String s) -> s.equals(UNKNOWN_PLACE))
                .thenComparing(Folding::foldLower).thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static int numberOrder(String a, String b) {
        return Comparator.comparing((String s) -> s.equals(UNKNOWN))
                .thenComparingInt((String s) -> s.equals(UNKNOWN) ? 0 : Integer.parseInt(s)).compare(a, b);
    }

    private static int dateOrder(String a, String b) {
        return Comparator.comparing((String s) -> s.equals(UNKNOWN))
                .thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    /** Share with one decimal, half up: 1 of 3 → 33.3. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static LocalDate cutoffOf(JsonNode edition) {
        return LocalDate.parse(edition.at("/edicion/corte").asText());
    }
}
