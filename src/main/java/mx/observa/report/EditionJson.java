package mx.observa.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private EditionJson() {
    }

    static ObjectNode build(Corpus corpus, TopicLabels labels, RecommendationGroups grouper,
                            CvoeCalendar.Session session, JsonNode previous) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("informe", TITLE + " — " + SUBJECT);
        edition(root.putObject("edicion"), corpus, session, previous);
        List<CoveredReport> reports = corpus.reports();
        List<PublishedFinding> findings = corpus.findings();
        List<String> topics = labels.ordered(findings.stream().flatMap(f -> f.topics().stream()).collect(Collectors.toSet()));

        ObjectNode rules = root.putObject("reglas");
        rules.put("cita_min_caracteres", Quotes.MIN_CHARS);
        rules.put("cita_max_caracteres", Quotes.MAX_CHARS);
        rules.put("citas_por_tema", Quotes.PER_TOPIC);
        rules.put("umbral_jaccard", RecommendationGroups.THRESHOLD);

        ObjectNode totals = root.putObject("totales");
        totals.put("envios_con_folio", corpus.manifest().size());
        totals.put("informes", reports.size());
        totals.put("hallazgos", findings.size());
        totals.put("pasajes_ilegibles", corpus.illegible());
        ObjectNode byKind = totals.putObject("hallazgos_por_tipo");
        for (FindingKind k : FindingKind.values()) {
            byKind.put(k.id(), Sections.ofKind(findings, k).size());
        }
        totals.put("duplicados", corpus.duplicates().size());
        totals.put("cuarentena_con_folio", corpus.manifest().stream().filter(m -> m.status().equals("cuarentena")).count());
        totals.put("en_proceso", corpus.pending());
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
            long n = findings.stream().filter(f -> f.has(t)).count();
            if (with.isEmpty() && n == 0 && labels.label(t).equals(t)) {
                continue;
            }
            ObjectNode node = byTopic.putObject(t);
            node.put("etiqueta", labels.label(t));
            node.put("informes", with.size());
            node.put("hallazgos", n);
            node.put("porcentaje_informes", percent(with.size(), reports.size()));
            // incidents and «sin novedad» apart: "no hubo propaganda" is coverage of a topic, not an incident in it
            List<PublishedFinding> incidents = Sections.ofTopic(findings, t, FindingKind.INCIDENCIA);
            List<PublishedFinding> fine = Sections.ofTopic(findings, t, FindingKind.CONFORME);
            long withIncidents = incidents.stream().map(PublishedFinding::folio).distinct().count();
            node.put("informes_con_incidencia", withIncidents);
            node.put("porcentaje_informes_con_incidencia", percent(withIncidents, reports.size()));
            node.put("hallazgos_incidencia", incidents.size());
            node.put("informes_sin_novedad", fine.stream().map(PublishedFinding::folio).distinct()
                    .filter(folio -> incidents.stream().noneMatch(f -> f.folio().equals(folio))).count());
            node.put("hallazgos_sin_novedad", fine.size());
            counts(topicByPlace.putObject(t), with, r -> place(r.alcaldia()), EditionJson::placeOrder);
        }

        ObjectNode quotes = root.putObject("citas");
        for (String t : topics) {
            if (!t.equals(GOOD_PRACTICE) && !t.equals(RECOMMENDATION)) {
                ArrayNode list = quotes.putArray(t);
                Quotes.choose(findings, t).forEach(f -> list.add(quote(f)));
            }
        }

        ObjectNode serious = root.putObject("incidencias_graves");
        List<PublishedFinding> incidents = Sections.seriousIncidents(findings);
        serious.put("hallazgos", incidents.size());
        serious.put("informes", incidents.stream().map(PublishedFinding::folio).distinct().count());
        ObjectNode perSerious = serious.putObject("por_tema");
        SERIOUS.forEach(t -> perSerious.put(t, incidents.stream().filter(f -> f.has(t)).count()));
        ArrayNode incidentList = serious.putArray("lista");
        incidents.forEach(f -> incidentList.add(detail(f)));

        ObjectNode good = root.putObject("buenas_practicas");
        List<PublishedFinding> practices = Sections.ofKind(findings, FindingKind.BUENA_PRACTICA);
        good.put("hallazgos", practices.size());
        ArrayNode practiceList = good.putArray("lista");
        practices.forEach(f -> practiceList.add(detail(f)));

        ObjectNode recs = root.putObject("recomendaciones");
        List<PublishedFinding> recFindings = Sections.ofKind(findings, FindingKind.RECOMENDACION);
        List<RecommendationGroups.Group> groups = grouper.group(recFindings);
        recs.put("hallazgos", recFindings.size());
        recs.put("grupos_distintos", groups.size());
        ArrayNode groupList = recs.putArray("grupos");
        for (RecommendationGroups.Group g : groups) {
            ObjectNode node = groupList.addObject();
            node.put("texto", Quotes.excerpt(g.representative().text()));
            node.put("folio", g.representative().folio());
            node.put("hallazgo", g.representative().number());
            node.put("informes", g.reports());
            ArrayNode members = node.putArray("hallazgos");
            g.members().forEach(m -> members.add(m.folio() + "#" + m.number()));
        }

        changes(root, previous, reports, byTopic);

        ObjectNode dups = root.putObject("duplicados");
        corpus.duplicates().forEach(dups::put);
        ArrayNode list = root.putArray("informes");
        for (CoveredReport r : reports) {
            ObjectNode node = list.addObject();
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
        }
        return root;
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

    private static ObjectNode detail(PublishedFinding f) {
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
