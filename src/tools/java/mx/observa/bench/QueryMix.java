package mx.observa.bench;

import java.util.List;

import mx.observa.index.SearchRequest;

/**
 * The fixed mix of searches an analyst runs: common and rare words, phrases, OR, prefixes, text typed with and
 * without accents, every filter (tema, alcaldía with or without accents, distrito, canal), and questions and long
 * phrases in natural Spanish, some naming a place (which becomes a filter) or a topic. Each request asks for a page
 * of 10 hits, so 10 highlighted snippets. {@link #BY_REPORT} are the same kind of requests grouped by report,
 * measured apart.
 */
public final class QueryMix {

    public static final List<SearchRequest> REQUESTS = List.of(
            q("boletas"),
            q("falta de boletas"),
            q("\"mesa receptora\""),
            q("propaganda"),
            q("informacion"),
            q("información consulta"),
            q("silla de ruedas"),
            q("mamparas OR mampara"),
            q("credencial*"),
            q("urna sellos"),
            q("personas mayores"),
            q("escrutinio resultados"),
            q("sei codigo verificacion"),
            q("policía"),
            q("instaló tarde"),
            q("lista nominal"),
            q("secreto"),
            q("fila"),
            new SearchRequest("boletas", "material", null, null, null, 0, 10),
            new SearchRequest("personas", null, "iztapalapa", null, null, 0, 10),
            new SearchRequest("mesa", null, "Álvaro Obregón", null, null, 0, 10),
            new SearchRequest("proyecto", "proselitismo", null, null, null, 0, 10),
            new SearchRequest("instalación", null, null, 5, null, 0, 10),
            new SearchRequest("votación internet", null, null, null, "correo", 0, 10),
            new SearchRequest("mesa", null, null, null, null, 20, 10),
            new SearchRequest("", "accesibilidad", "coyoacan", null, null, 0, 10),
            q("¿En qué mesas no dejaron entrar a la persona observadora?"),
            q("faltaron boletas y la gente se quedó sin opinar"),
            q("propaganda de un proyecto cerca de la mesa receptora"),
            q("incidencias en Iztapalapa"),
            q("acarreo de votantes en el distrito 24"),
            q("se cayó el sistema de votación por internet"),
            q("¿dónde hubo riñas, golpes o agresiones?"),
            q("personas en silla de ruedas que no pudieron llegar a la mesa"),
            q("la mesa se instaló tarde porque no llegó el mobiliario"),
            q("credencial vencida o de otra colonia en GAM"));

    /** Grouped by report: a word, a natural query, a place. */
    public static final List<SearchRequest> BY_REPORT = List.of(
            q("boletas").groupedBy(SearchRequest.Grouping.REPORT),
            q("no dejaron entrar a la persona observadora").groupedBy(SearchRequest.Grouping.REPORT),
            q("propaganda en Coyoacán").groupedBy(SearchRequest.Grouping.REPORT),
            q("retrasos en la instalación de la mesa").groupedBy(SearchRequest.Grouping.REPORT));

    private QueryMix() {
    }

    private static SearchRequest q(String query) {
        return new SearchRequest(query, null, null, null, null, 0, 10);
    }
}
