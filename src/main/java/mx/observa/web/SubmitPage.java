package mx.observa.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;

import mx.observa.extract.AcceptedTypes;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.DeclaredValues;
import mx.observa.intake.FolioStatus;
import mx.observa.intake.PostIntake;
import mx.observa.model.Channel;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;
import mx.observa.text.Templates;

/**
 * {@code /enviar}: the public form where an observer sends a report (typed text and/or files) and gets a folio.
 * Rendered on the server and plain HTML: it works without JavaScript, with a screen reader and on a phone. A post
 * with mistakes comes back with a Spanish message beside each field and everything typed kept (files must be
 * chosen again: browsers never refill file inputs).
 */
public final class SubmitPage {

    /** Property: true when the post was accepted and goes on to the pipeline. */
    public static final String ACCEPTED = "observaAccepted";

    private final PostIntake intake;
    private final List<String> alcaldias;
    private final FolioStatus status;
    private final FormTokens tokens;

    public SubmitPage(PostIntake intake, Alcaldias alcaldias, FolioStatus status, FormTokens tokens) {
        this.intake = intake;
        this.alcaldias = alcaldias.names();
        this.status = status;
        this.tokens = tokens;
    }

    /** GET: the empty form. */
    public String form(Exchange exchange) {
        html(exchange, 200);
        return page(exchange, Map.of(), Map.of(), null);
    }

    /**
     * POST: an accepted post is handed to the pipeline; a refused one is answered with the form again, everything
     * typed kept — also when the form's token is missing or stale, so an observer loses nothing to an old page.
     */
    public Object accept(Exchange exchange) {
        if (!tokens.visitorPostValid(exchange)) {
            exchange.setProperty(ACCEPTED, false);
            html(exchange, 403);
            return page(exchange, intake.typed(exchange), Map.of(), FormTokens.EXPIRED);
        }
        PostIntake.Result result = intake.read(exchange, Channel.FORMULARIO, DeclaredValues.FORM_REQUIRED);
        if (result instanceof PostIntake.Refused refused) {
            exchange.setProperty(ACCEPTED, false);
            html(exchange, refused.status());
            return page(exchange, refused.typed(), refused.errors(), refused.message());
        }
        exchange.setProperty(ACCEPTED, true);
        return intake.handOver(exchange, (PostIntake.Accepted) result);
    }

    /** Once the post is archived: its folio, each report's folio and state, and where to follow them. */
    @SuppressWarnings("unchecked")
    public String receipt(Exchange exchange) {
        Outcome post = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        List<Outcome> parts = exchange.getProperty(Headers.PARTS, List.class);
        html(exchange, 200);
        List<Receipt.Part> received = (parts == null ? List.<Outcome>of() : parts).stream()
                .map(part -> new Receipt.Part(part.source(), status.of(part))).toList();
        return Templates.render("web/receipt.jte",
                new Receipt(post.folio(), post.kind() == Outcome.Kind.DUPLICATE, received));
    }

    /** The answer to an accepted post: its folio, whether the same bytes had come before, and each report in it. */
    record Receipt(String folio, boolean repeated, List<Part> parts) {

        /** A report of the post: the file name (or "texto del formulario") and its state. */
        record Part(String source, FolioStatus.View state) {
        }
    }

    /**
     * The form as the page shows it: what was typed, the message and the errors of a refused post (field name →
     * message; empty on a fresh form).
     */
    record Form(String formToken, Map<String, String> typedValues, Map<String, String> errors, String message,
                List<String> alcaldias) {

        private static final List<String> DISTRITOS =
                IntStream.rangeClosed(1, 33).mapToObj(Integer::toString).toList();

        String typed(String field) {
            return typedValues.getOrDefault(field, "");
        }

        List<String> distritos() {
            return DISTRITOS;
        }

        String acceptedTypes() {
            return AcceptedTypes.DESCRIPTION_ES;
        }

        /** The ids of the help and the error of a field, for its aria-describedby (null: none). */
        String describedBy(String field, boolean help) {
            List<String> ids = new ArrayList<>();
            if (help) {
                ids.add(field + "-ayuda");
            }
            if (errors.containsKey(field)) {
                ids.add(field + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }

        /** "true" when the field has an error, for aria-invalid (null: the attribute is left out). */
        String invalid(String field) {
            return errors.containsKey(field) ? "true" : null;
        }
    }

    private static void html(Exchange exchange, int status) {
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    }

    private String page(Exchange exchange, Map<String, String> typed, Map<String, String> errors, String message) {
        return Templates.render("web/submit.jte",
                new Form(tokens.visitorToken(exchange), typed, errors, message, alcaldias));
    }
}
