package mx.observa.bench;

import java.util.List;

import mx.observa.index.SearchRequest;

/**
 * The fixed mix of searches an analyst runs: common and rare words, phrases, OR, prefixes, text typed with and
 * without accents, and every filter (tema, alcaldía with or without accents, distrito, canal). Each request asks for a
 * page of 10 hits, so 10 highlighted snippets.
 */
final class QueryMix {

    static final List<SearchRequest> REQUESTS = List.of(
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
            new SearchRequest("", "accesibilidad", "coyoacan", null, null, 0, 10));

    private QueryMix() {
    }

    private static SearchRequest q(String query) {
        return new SearchRequest(query, null, null, null, null, 0, 10);
    }
}
