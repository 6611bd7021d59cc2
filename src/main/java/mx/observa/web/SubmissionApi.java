package mx.observa.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.camel.Exchange;

import com.fasterxml.jackson.core.JsonProcessingException;

import mx.observa.archive.Json;
import mx.observa.intake.FolioStatus;
import mx.observa.intake.PostIntake;
import mx.observa.model.Channel;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;

/**
 * The submission API: {@code POST /api/v1/informes} (multipart with files in {@code archivo} and the form's fields, or
 * JSON with the fields) answers 202 with the folio as soon as it is archived (processing follows), 200 with the same
 * folio when the same post was received before, 400/413/415 with a Spanish message; {@code GET /api/v1/informes/{folio}/estado}; the OpenAPI description.
 */
public final class SubmissionApi {

    private final PostIntake intake;
    private final FolioStatus status;

    public SubmissionApi(PostIntake intake, FolioStatus status) {
        this.intake = intake;
        this.status = status;
    }

    /** POST: an accepted post goes on to the pipeline; a refused one is answered here. */
    public Object accept(Exchange exchange) {
        PostIntake.Result result = intake.read(exchange, Channel.API, Set.of());
        if (result instanceof PostIntake.Refused refused) {
            exchange.setProperty(SubmitPage.ACCEPTED, false);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", refused.message());
            if (!refused.errors().isEmpty()) {
                body.put("campos", refused.errors());
            }
            return json(exchange, refused.status(), body);
        }
        exchange.setProperty(SubmitPage.ACCEPTED, true);
        return intake.handOver(exchange, (PostIntake.Accepted) result);
    }

    /**
     * Once the post and its parts are archived and journaled: 202 with the folio, each report's folio and state
     * (recibido, or why it was not taken) and a Location to follow it — processing goes on from the journal — or 200
     * when this exact post had been received before.
     */
    @SuppressWarnings("unchecked")
    public String received(Exchange exchange) {
        Outcome post = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        List<Outcome> parts = exchange.getProperty(Headers.PARTS, List.class);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("folio", post.folio());
        body.put("repetido", post.kind() == Outcome.Kind.DUPLICATE);
        body.put("informes", (parts == null ? List.<Outcome>of() : parts).stream().map(p -> {
            FolioStatus.View v = status.of(p);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("archivo", p.source());
            item.put("folio", v.folio());
            item.put("estado", v.estado());
            if (v.motivo() != null) {
                item.put("motivo", v.motivo());
            }
            return item;
        }).toList());
        exchange.getMessage().setHeader("Location", "/api/v1/informes/" + post.folio() + "/estado");
        return json(exchange, post.kind() == Outcome.Kind.DUPLICATE ? 200 : 202, body);
    }

    /** GET /api/v1/informes/{folio}/estado. */
    public String status(Exchange exchange) {
        String folio = exchange.getMessage().getHeader("folio", String.class);
        Optional<FolioStatus.View> view = status.of(folio);
        if (view.isEmpty()) {
            return json(exchange, 404, Map.of("error", "No existe el folio «" + folio + "»."));
        }
        return json(exchange, 200, view.get());
    }

    private static String json(Exchange exchange, int code, Object body) {
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, code);
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
