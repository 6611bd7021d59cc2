package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.index.SearchFilters;
import mx.observa.index.SearchRequest;

/**
 * The state of a search as it lives in the URL ({@code ?q=&tema=&tipo=&alcaldia=&distrito=&canal=&desde=&hasta=
 * &orden=&agrupar=&como=&pagina=}; the filters may repeat), so every result page can be bookmarked, shared and reached
 * without JavaScript. It also builds the links that add or remove one filter.
 *
 * @param tipos   the findings' kinds (incidencia, conforme…)
 * @param agrupar "informe" for one row per report, null for one per finding
 * @param como    a finding ({@code FOLIO#N}) whose like is sought, or null
 * @param etiquetas tags people gave the findings
 */
record SearchParams(String q, List<String> temas, List<String> alcaldias, List<String> distritos,
                    List<String> canales, String desde, String hasta, String orden, int pagina, List<String> tipos,
                    String agrupar, String como, List<String> etiquetas) {

    static final String AGRUPAR = "agrupar";
    static final String COMO = "como";
    static final String POR_INFORME = "informe";

    static final String TEMA = "tema";
    static final String TIPO = "tipo";
    /** The tags people gave the findings (see mx.observa.review). */
    static final String ETIQUETA = "etiqueta";
    static final String ALCALDIA = "alcaldia";
    static final String DISTRITO = "distrito";
    static final String CANAL = "canal";
    /** Deep pages cost memory and no one reads them: past this, narrow the search. */
    static final int MAX_PAGE = 500;

    static SearchParams from(Exchange exchange) {
        int page;
        try {
            page = Integer.parseInt(RequestFacts.param(exchange, "pagina") == null ? "1" : RequestFacts.param(exchange, "pagina").strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new SearchParams(blankToNull(RequestFacts.param(exchange, "q")),
                values(exchange, TEMA), values(exchange, ALCALDIA), values(exchange, DISTRITO), values(exchange, CANAL),
                date(RequestFacts.param(exchange, "desde")), date(RequestFacts.param(exchange, "hasta")),
                "fecha".equals(RequestFacts.param(exchange, "orden")) ? "fecha" : null,
                Math.min(MAX_PAGE, Math.max(1, page)), values(exchange, TIPO),
                SearchRequest.Grouping.of(RequestFacts.param(exchange, AGRUPAR)) == SearchRequest.Grouping.REPORT ? POR_INFORME : null,
                findingId(RequestFacts.param(exchange, COMO)), values(exchange, ETIQUETA));
    }

    SearchRequest toRequest(int pageSize) {
        List<Integer> distritoNumbers = new ArrayList<>();
        for (String d : distritos) {
            try {
                distritoNumbers.add(Integer.parseInt(d.strip()));
            } catch (NumberFormatException e) {
                distritoNumbers.add(-1); // an impossible district: the filter matches nothing, as asked
            }
        }
        SearchFilters filters = new SearchFilters(temas, alcaldias, distritoNumbers, canales,
                desde == null ? null : LocalDate.parse(desde), hasta == null ? null : LocalDate.parse(hasta), tipos)
                .withTags(etiquetas);
        return new SearchRequest(q, filters, SearchRequest.Order.of(orden), (pagina - 1) * pageSize, pageSize,
                SearchRequest.Grouping.of(agrupar), como);
    }

    boolean byReport() {
        return POR_INFORME.equals(agrupar);
    }

    List<String> valuesOf(String dim) {
        return switch (dim) {
            case TEMA -> temas;
            case ALCALDIA -> alcaldias;
            case DISTRITO -> distritos;
            case CANAL -> canales;
            case TIPO -> tipos;
            case ETIQUETA -> etiquetas;
            default -> List.of();
        };
    }

    boolean hasFilters() {
        return !temas.isEmpty() || !alcaldias.isEmpty() || !distritos.isEmpty() || !canales.isEmpty()
                || !tipos.isEmpty() || !etiquetas.isEmpty() || desde != null || hasta != null;
    }

    /** Adds the value to the dimension's filter, or removes it when present; back to page 1. */
    SearchParams toggle(String dim, String value) {
        List<String> t = new ArrayList<>(temas), a = new ArrayList<>(alcaldias), d = new ArrayList<>(distritos),
                c = new ArrayList<>(canales), k = new ArrayList<>(tipos), e = new ArrayList<>(etiquetas);
        List<String> target = switch (dim) {
            case TEMA -> t;
            case ALCALDIA -> a;
            case DISTRITO -> d;
            case TIPO -> k;
            case ETIQUETA -> e;
            default -> c;
        };
        if (!target.removeIf(v -> v.equalsIgnoreCase(value) || mx.observa.index.IndexSchema.key(v).equals(mx.observa.index.IndexSchema.key(value)))) {
            target.add(value);
        }
        return new SearchParams(q, t, a, d, c, desde, hasta, orden, 1, k, agrupar, como, e);
    }

    SearchParams withDates(String from, String to) {
        return new SearchParams(q, temas, alcaldias, distritos, canales, from, to, orden, 1, tipos, agrupar, como, etiquetas);
    }

    SearchParams withoutFilters() {
        return new SearchParams(q, List.of(), List.of(), List.of(), List.of(), null, null, orden, 1, List.of(), agrupar, como, List.of());
    }

    SearchParams withPage(int page) {
        return new SearchParams(q, temas, alcaldias, distritos, canales, desde, hasta, orden, page, tipos, agrupar, como, etiquetas);
    }

    /** Other words, same filters, back to page 1 (a suggestion, a place chip's ×). */
    SearchParams withQuery(String words) {
        return new SearchParams(blankToNull(words), temas, alcaldias, distritos, canales, desde, hasta, orden, 1,
                tipos, agrupar, como, etiquetas);
    }

    /** One row per report ("informe") or per finding (null), same search, back to page 1. */
    SearchParams groupedBy(String grouping) {
        return new SearchParams(q, temas, alcaldias, distritos, canales, desde, hasta, orden, 1, tipos, grouping, como, etiquetas);
    }

    /** The findings like one ("Más como este"), or (null) the search by words again; filters kept. */
    SearchParams like(String finding) {
        return new SearchParams(finding == null ? q : null, temas, alcaldias, distritos, canales, desde, hasta, orden, 1,
                tipos, agrupar, finding, etiquetas);
    }

    /** The query string, starting with "?" (or "" when empty). */
    String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q);
        temas.forEach(v -> add(parts, TEMA, v));
        tipos.forEach(v -> add(parts, TIPO, v));
        alcaldias.forEach(v -> add(parts, ALCALDIA, v));
        distritos.forEach(v -> add(parts, DISTRITO, v));
        canales.forEach(v -> add(parts, CANAL, v));
        etiquetas.forEach(v -> add(parts, ETIQUETA, v));
        add(parts, "desde", desde);
        add(parts, "hasta", hasta);
        add(parts, "orden", orden);
        add(parts, AGRUPAR, agrupar);
        add(parts, COMO, como);
        if (pagina > 1) {
            add(parts, "pagina", Integer.toString(pagina));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** What the audit log records of this search. */
    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", q);
        m.put(TEMA, temas);
        m.put(TIPO, tipos);
        m.put(ALCALDIA, alcaldias);
        m.put(DISTRITO, distritos);
        m.put(CANAL, canales);
        m.put(ETIQUETA, etiquetas);
        m.put("desde", desde);
        m.put("hasta", hasta);
        m.put("orden", orden);
        m.put(AGRUPAR, agrupar);
        m.put(COMO, como);
        m.put("pagina", pagina > 1 ? pagina : null);
        return m;
    }

    /**
     * The search as a saved search keeps it: the words and every filter, order and grouping that are set (not the
     * page). {@link #fromSaved} reads it back.
     */
    Map<String, Object> saved() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> all = withPage(1).audit();
        all.remove("pagina");
        all.forEach((k, v) -> {
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                m.put(k, v);
            }
        });
        return m;
    }

    static SearchParams fromSaved(Map<String, Object> m) {
        return new SearchParams(text(m, "q"), list(m, TEMA), list(m, ALCALDIA), list(m, DISTRITO), list(m, CANAL),
                date(text(m, "desde")), date(text(m, "hasta")), "fecha".equals(text(m, "orden")) ? "fecha" : null, 1,
                list(m, TIPO), POR_INFORME.equals(text(m, AGRUPAR)) ? POR_INFORME : null, findingId(text(m, COMO)),
                list(m, ETIQUETA));
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : blankToNull(v.toString());
    }

    private static List<String> list(Map<String, Object> m, String key) {
        return m.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static List<String> values(Exchange exchange, String name) {
        List<String> out = new ArrayList<>();
        for (String v : RequestFacts.params(exchange, name)) {
            // "tema=a,b" and "tema=a&tema=b" mean the same
            for (String part : v.split(",")) {
                if (!part.isBlank() && !out.contains(part.strip())) {
                    out.add(part.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static String date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A finding's id as the index names it ({@code OBS-2022-000001#3}), or null when it is not one. */
    private static String findingId(String s) {
        return s != null && s.strip().matches("[A-Za-z0-9][A-Za-z0-9\\-]{0,40}#\\d{1,5}") ? s.strip() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
