package mx.observa.web;

import org.apache.camel.Message;

import mx.observa.index.SearchRequest;

/** Reads a search request from HTTP query parameters (platform-http puts them in headers). */
final class SearchParams {

    private SearchParams() {
    }

    static SearchRequest from(Message m, int pageSize) {
        int page = Math.max(1, intOr(m.getHeader("pagina", String.class), 1));
        Integer distrito = m.getHeader("distrito", String.class) == null || m.getHeader("distrito", String.class).isBlank()
                ? null : intOr(m.getHeader("distrito", String.class), -1);
        return new SearchRequest(m.getHeader("q", String.class), m.getHeader("tema", String.class),
                m.getHeader("alcaldia", String.class), distrito, m.getHeader("canal", String.class),
                (page - 1) * pageSize, pageSize);
    }

    private static int intOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
