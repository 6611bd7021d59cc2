package mx.observa.web;

import org.apache.camel.Exchange;

/**
 * The answer when Observa itself could not archive a post (its own disk: {@code ServiceFailure} at intake): nothing
 * was kept, so the sender is told so and asked to send it again — 503 with {@code Retry-After}, never a folio, in the
 * form of every error answer ({@link ErrorAnswer}).
 */
public final class TryAgainLater {

    static final String MESSAGE_ES = "No se pudo guardar su envío por un problema de Observa; no se registró nada. "
            + "Envíelo de nuevo en unos minutos.";
    private static final String RETRY_AFTER_S = "60";

    /** The form's answer: the error page every error answer has (with its way back to the form). */
    public String page(Exchange exchange) {
        answer(exchange, "text/html; charset=utf-8");
        return ErrorAnswer.html(503, MESSAGE_ES);
    }

    /** The API's answer. */
    public String json(Exchange exchange) {
        answer(exchange, "application/json; charset=utf-8");
        return ErrorAnswer.json(MESSAGE_ES);
    }

    private static void answer(Exchange exchange, String contentType) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 503);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, contentType);
        exchange.getMessage().setHeader("Retry-After", RETRY_AFTER_S);
    }
}
