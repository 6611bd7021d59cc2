package mx.observa.web;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.extract.AcceptedTypes;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.DeclaredValues;
import mx.observa.intake.FolioStatus;
import mx.observa.intake.PostIntake;
import mx.observa.model.Channel;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;
import mx.observa.text.Html;

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
        StringBuilder h = new StringBuilder(WebLayout.head("Informe recibido"));
        h.append("<p>Gracias. Recibimos su envío. Guarde este folio para consultar su estado:</p>\n<p class=\"folio\">")
                .append(Html.escape(post.folio())).append("</p>\n");
        if (post.kind() == Outcome.Kind.DUPLICATE) {
            h.append("<p>Este mismo envío ya se había recibido antes; no se registró de nuevo.</p>\n");
        }
        h.append("<h2>Lo que recibimos</h2>\n<ul>\n");
        for (Outcome part : parts == null ? List.<Outcome>of() : parts) {
            FolioStatus.View v = status.of(part);
            h.append("<li>").append(Html.escape(part.source())).append(": ");
            if (v.folio() != null) {
                h.append("folio ").append(Html.escape(v.folio())).append(", ");
            }
            h.append(Html.escape(v.estado()));
            if (v.motivo() != null) {
                h.append(". Motivo: ").append(Html.escape(v.motivo()));
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n<p>Sus archivos se leen en los próximos minutos; el estado de cada folio dice cuándo quedan "
                + "procesados, o el motivo si alguno no se pudo tomar.</p>\n<p><a href=\"/estado?folio=")
                .append(Html.escape(post.folio()))
                .append("\">Consultar el estado de este folio</a> · <a href=\"/enviar\">Enviar otro informe</a></p>\n")
                .append(WebLayout.foot());
        return h.toString();
    }

    private static void html(Exchange exchange, int status) {
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    }

    private String page(Exchange exchange, Map<String, String> typed, Map<String, String> errors, String message) {
        StringBuilder h = new StringBuilder(WebLayout.head("Enviar un informe de observación"));
        if (message != null) {
            h.append("<div class=\"aviso\" role=\"alert\" id=\"errores\"><p><strong>No se pudo recibir el envío.</strong> ")
                    .append(Html.escape(message)).append("</p>");
            if (!errors.isEmpty()) {
                h.append("<ul>");
                errors.forEach((field, msg) -> h.append("<li><a href=\"#").append(Html.escape(field)).append("\">")
                        .append(Html.escape(msg)).append("</a></li>"));
                h.append("</ul>");
            }
            h.append("</div>\n");
        }
        h.append("""
                <p>Envíe su informe de la Consulta de Presupuesto Participativo 2022: escriba el texto, adjunte los
                archivos (PDF, Word, LibreOffice, texto, fotos o escaneos) o ambas cosas. Recibirá un folio para
                consultar su estado. Los campos marcados con * son obligatorios.</p>
                <form method="post" action="/enviar" enctype="multipart/form-data" novalidate>
                """).append(tokens.visitorField(exchange)).append("""
                <fieldset><legend>Sus datos</legend>
                """);
        input(h, "nombre", "Nombre completo *", "text", typed, errors, "autocomplete=\"name\" required", null);
        input(h, "correo", "Correo electrónico *", "email", typed, errors, "autocomplete=\"email\" required", null);
        input(h, "acreditacion", "Número de acreditación", "text", typed, errors, "", null);
        h.append("</fieldset>\n<fieldset><legend>Dónde y cuándo observó</legend>\n");
        select(h, "alcaldia", "Alcaldía *", alcaldias, typed, errors);
        select(h, "distrito", "Distrito local", java.util.stream.IntStream.rangeClosed(1, 33).mapToObj(Integer::toString).toList(),
                typed, errors);
        input(h, "ut", "Unidad territorial", "text", typed, errors, "", "Clave (por ejemplo 07-123) o nombre de la colonia, barrio o pueblo.");
        input(h, "mro", "Mesa receptora de opinión (MRO)", "text", typed, errors, "", "Por ejemplo M-01.");
        input(h, "fecha", "Fecha de la observación", "date", typed, errors, "", "Año-mes-día, por ejemplo 2022-05-01.");
        h.append("</fieldset>\n<fieldset><legend>Su informe</legend>\n");
        field(h, "texto", "Texto del informe", errors, "Escriba lo que observó, o adjunte archivos abajo.",
                "<textarea id=\"texto\" name=\"texto\" rows=\"12\"" + describedBy("texto", errors, true) + ">"
                        + Html.escape(typed.getOrDefault("texto", "")) + "</textarea>");
        field(h, "archivo", "Archivos", errors, "Puede elegir varios. " + AcceptedTypes.DESCRIPTION_ES + ".",
                "<input id=\"archivo\" name=\"archivo\" type=\"file\" multiple" + describedBy("archivo", errors, true) + ">");
        h.append("</fieldset>\n<p><button type=\"submit\">Enviar informe</button></p>\n</form>\n")
                .append("<p><a href=\"/estado\">Consultar el estado de un folio</a></p>\n")
                .append(WebLayout.foot());
        return h.toString();
    }

    private static void input(StringBuilder h, String name, String label, String type, Map<String, String> typed,
                              Map<String, String> errors, String attributes, String help) {
        field(h, name, label, errors, help, "<input id=\"" + name + "\" name=\"" + name + "\" type=\"" + type + "\" value=\""
                + Html.escape(typed.getOrDefault(name, "")) + "\" " + attributes + describedBy(name, errors, help != null) + ">");
    }

    private static void select(StringBuilder h, String name, String label, List<String> options, Map<String, String> typed,
                               Map<String, String> errors) {
        String chosen = typed.getOrDefault(name, "");
        StringBuilder s = new StringBuilder("<select id=\"" + name + "\" name=\"" + name + "\"" + describedBy(name, errors, false) + ">");
        s.append("<option value=\"\">Elija una opción</option>");
        for (String o : options) {
            s.append("<option").append(o.equals(chosen) ? " selected" : "").append('>').append(Html.escape(o)).append("</option>");
        }
        field(h, name, label, errors, null, s.append("</select>").toString());
    }

    private static void field(StringBuilder h, String name, String label, Map<String, String> errors, String help, String control) {
        h.append("<div class=\"campo\"><label for=\"").append(name).append("\">").append(Html.escape(label)).append("</label>\n");
        if (help != null) {
            h.append("<p class=\"ayuda\" id=\"").append(name).append("-ayuda\">").append(Html.escape(help))
                    .append("</p>\n");
        }
        if (errors.containsKey(name)) {
            h.append("<p class=\"error\" id=\"").append(name).append("-error\">").append(Html.escape(errors.get(name))).append("</p>\n");
        }
        h.append(control).append("</div>\n");
    }

    private static String describedBy(String name, Map<String, String> errors, boolean help) {
        StringBuilder ids = new StringBuilder();
        if (help) {
            ids.append(name).append("-ayuda");
        }
        if (errors.containsKey(name)) {
            ids.append(ids.isEmpty() ? "" : " ").append(name).append("-error");
        }
        String invalid = errors.containsKey(name) ? " aria-invalid=\"true\"" : "";
        return ids.isEmpty() ? invalid : " aria-describedby=\"" + ids + "\"" + invalid;
    }
}
