package mx.observa.web;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import mx.observa.archive.Json;
import mx.observa.index.InvalidQueryException;
import mx.observa.text.Html;

/**
 * Every error answer Observa writes itself — the server's own (400, 404, 405, 408, 413, 414, 431, 500), the limits'
 * (403, 429, 503) and the routes' — in one form: Spanish, JSON under {@code /api/}, a short page elsewhere, the
 * message escaped (it may quote what was sent), and the browser protections of {@link SecurityHeaders}.
 */
public final class ErrorAnswer {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Solicitud no válida"), Map.entry(401, "Sin sesión"), Map.entry(403, "Solicitud rechazada"),
            Map.entry(404, "Página no encontrada"), Map.entry(405, "Método no permitido"),
            Map.entry(408, "Envío interrumpido"), Map.entry(413, "Envío demasiado grande"),
            Map.entry(414, "Dirección demasiado larga"), Map.entry(415, "Tipo de contenido no aceptado"),
            Map.entry(429, "Demasiadas solicitudes"), Map.entry(431, "Encabezados demasiado grandes"),
            Map.entry(500, "Error interno"), Map.entry(503, "Servicio ocupado"));

    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(400, "La solicitud no es válida. Revise la dirección o los datos enviados e intente de nuevo."),
            Map.entry(404, "No existe esta página. Revise la dirección."),
            Map.entry(405, "Esta dirección no acepta ese tipo de solicitud."),
            Map.entry(414, "La dirección es demasiado larga."),
            Map.entry(415, "Tipo de contenido no aceptado."),
            Map.entry(431, "La solicitud trae encabezados demasiado grandes (por ejemplo, demasiadas cookies). "
                    + "Borre las cookies de este sitio e intente de nuevo."),
            Map.entry(500, "Ocurrió un error interno. Intente de nuevo; si persiste, avise al equipo técnico."),
            Map.entry(503, "El servicio está ocupado. Intente de nuevo en unos segundos."));

    /** The Spanish message for a status when there is nothing more specific to say. */
    static String message(int status) {
        return MESSAGES.getOrDefault(status, MESSAGES.get(status >= 500 ? 500 : 400));
    }

    /** Answers {@code rc} with {@code status} and {@code message}; the future completes when it is written. */
    static Future<Void> send(RoutingContext rc, int status, String message) {
        return send(rc.request(), status, message);
    }

    /** The same, for a request that is not (or not yet) routed, such as one the server could not even parse. */
    static Future<Void> send(HttpServerRequest request, int status, String message) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return Future.succeededFuture();
        }
        boolean api = RoutedPath.isApi(RoutedPath.of(request.path()));
        // a body refused before it was read will not be read: the connection goes with the answer, once drained
        boolean unread = !request.isEnded();
        if (unread) {
            response.putHeader("Connection", "close");
        }
        SecurityHeaders.apply(response);
        Future<Void> written = response.setStatusCode(status)
                .putHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/html; charset=utf-8")
                .end(api ? json(message) : html(status, message));
        if (unread) {
            written.onComplete(done -> LingeringClose.after(request));
        }
        return written;
    }

    /** The router's error handler for {@code status} (the status Vert.x or a failing handler chose). */
    static void routerError(RoutingContext rc, int status, String message) {
        if (!StalledBodyTimeout.connectionGone(rc)) {
            send(rc, status, message);
        }
    }

    /** {"error": message}, with {@code < > &} escaped too, so no part of it can ever be read as markup. */
    static String json(String message) {
        try {
            return Json.MAPPER.writeValueAsString(Map.of("error", message))
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(int status, String message) {
        String title = TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : TITLES.get(400));
        return "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " · Observa</title>\n"
                + "<link rel=\"stylesheet\" href=\"/static/observa.css\">\n</head>\n<body>\n"
                + "<main id=\"contenido\">\n<h1>" + Html.escape(title) + "</h1>\n<p>" + Html.escape(message) + "</p>\n"
                + "<p><a href=\"/\">Ir al inicio</a> · <a href=\"/enviar\">Enviar un informe</a></p>\n</main>\n"
                + "</body>\n</html>\n";
    }

    /**
     * The error handler of the web routes (routes/web.yaml): a query the search cannot read is the sender's mistake
     * (400, its Spanish explanation); anything else is ours (500, no detail).
     */
    public void fromException(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int status = e instanceof InvalidQueryException ? 400 : 500;
        String message = status == 400 ? e.getMessage() : message(500);
        boolean api = RoutedPath.isApi(RoutedPath.of(RequestFacts.path(exchange)));
        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
        m.setBody(api ? json(message) : html(status, message));
    }
}
