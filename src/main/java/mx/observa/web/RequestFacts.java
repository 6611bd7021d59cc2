package mx.observa.web;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * What an HTTP request really said, read from the server's request object rather than from Camel headers:
 * platform-http copies query parameters into the same headers as the request's own, so a header such as
 * {@code Cookie} or the remote address could otherwise be forged with {@code ?Cookie=…}.
 */
final class RequestFacts {

    private RequestFacts() {
    }

    private static HttpServerRequest request(Exchange exchange) {
        Message m = exchange.getMessage();
        if (m instanceof HttpMessage http) {
            return http.getRequest();
        }
        Message in = exchange.getIn();
        return in instanceof HttpMessage http ? http.getRequest() : null;
    }

    /** The server's response being prepared, for what must not travel as a Camel header (cookies). */
    static HttpServerResponse response(Exchange exchange) {
        Message m = exchange.getMessage();
        if (m instanceof HttpMessage http) {
            return http.getResponse();
        }
        Message in = exchange.getIn();
        return in instanceof HttpMessage http ? http.getResponse() : null;
    }

    static String cookie(Exchange exchange, String name) {
        HttpServerRequest r = request(exchange);
        if (r == null) {
            return null;
        }
        Cookie c = r.getCookie(name);
        return c == null ? null : c.getValue();
    }

    /** The request path, e.g. {@code /informes/OBS-2022-000001}. */
    static String path(Exchange exchange) {
        HttpServerRequest r = request(exchange);
        return r != null ? r.path() : exchange.getIn().getHeader(Exchange.HTTP_PATH, "", String.class);
    }

    /** Path and query string, for sending the user back after signing in. */
    static String pathAndQuery(Exchange exchange) {
        HttpServerRequest r = request(exchange);
        if (r == null) {
            return path(exchange);
        }
        return r.query() == null || r.query().isEmpty() ? r.path() : r.path() + "?" + r.query();
    }

    static String method(Exchange exchange) {
        HttpServerRequest r = request(exchange);
        return r != null ? r.method().name() : exchange.getIn().getHeader(Exchange.HTTP_METHOD, "GET", String.class);
    }

    static String remoteAddress(Exchange exchange) {
        HttpServerRequest r = request(exchange);
        return r == null || r.remoteAddress() == null ? null : r.remoteAddress().hostAddress();
    }

    /** All values of a query (or form) parameter, in order. */
    static List<String> params(Exchange exchange, String name) {
        HttpServerRequest r = request(exchange);
        if (r != null) {
            List<String> values = new ArrayList<>(r.params().getAll(name));
            if (values.isEmpty() && r.isExpectMultipart()) {
                values.addAll(r.formAttributes().getAll(name));
            }
            return values;
        }
        Object h = exchange.getIn().getHeader(name);
        List<String> values = new ArrayList<>();
        if (h instanceof List<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (h != null) {
            values.add(h.toString());
        }
        return values;
    }

    static String param(Exchange exchange, String name) {
        List<String> values = params(exchange, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The last segment of the path ({@code /informes/{folio}} → the folio), or null when it is not a plausible id. */
    static String pathId(Exchange exchange, int segmentFromEnd) {
        String[] parts = path(exchange).split("/");
        int i = parts.length - 1 - segmentFromEnd;
        if (i < 0) {
            return null;
        }
        String id = java.net.URLDecoder.decode(parts[i], java.nio.charset.StandardCharsets.UTF_8);
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}") ? id : null;
    }
}
