package mx.observa.web;

import java.util.Optional;

import org.apache.camel.Exchange;

import mx.observa.intake.FolioStatus;
import mx.observa.text.Html;

/**
 * {@code /estado?folio=…}: an observer checks a folio and sees received (waiting to be read), processed, in quarantine
 * (with the reason) or failed on Observa's side (to be retried), and for a message, CSV export or form post the same
 * for each report in it. Nothing more: no names, no text, so a folio typed by someone else reveals nothing personal.
 */
public final class StatusPage {

    /** What each state means to the person who sent the report. */
    private static final String LEGEND = "<p class=\"ayuda\">Recibido: archivado, en espera de leerse (vuelva a consultar "
            + "en unos minutos). Procesado: leído y registrado. En cuarentena: no se pudo tomar; el motivo dice qué hacer. "
            + "Falló — se reintentará: un problema de Observa, no de su archivo; se procesará sin que tenga que enviarlo "
            + "otra vez.</p>\n";

    private final FolioStatus status;

    public StatusPage(FolioStatus status) {
        this.status = status;
    }

    public String render(Exchange exchange) {
        String folio = exchange.getMessage().getHeader("folio", String.class);
        folio = folio == null ? "" : folio.strip();
        StringBuilder h = new StringBuilder(WebLayout.head("Estado de un folio"));
        h.append("""
                <form method="get" action="/estado">
                <div class="campo"><label for="folio">Folio</label>
                <p class="ayuda" id="folio-ayuda">Como aparece en su acuse, por ejemplo OBS-2022-000123.</p>
                <input id="folio" name="folio" type="text" value="%s" aria-describedby="folio-ayuda"></div>
                <p><button type="submit">Consultar</button></p>
                </form>
                """.formatted(Html.escape(folio)));
        int code = 200;
        if (!folio.isEmpty()) {
            Optional<FolioStatus.View> view = status.of(folio);
            if (view.isEmpty()) {
                code = 404;
                h.append("<p role=\"status\">No encontramos el folio ").append(Html.escape(folio))
                        .append(". Revise que esté escrito como en su acuse.</p>\n");
            } else {
                h.append("<section role=\"status\">\n");
                describe(h, view.get());
                if (!view.get().informes().isEmpty()) {
                    h.append("<ul>\n");
                    view.get().informes().forEach(p -> {
                        h.append("<li>");
                        describe(h, p);
                        h.append("</li>\n");
                    });
                    h.append("</ul>\n");
                }
                h.append("</section>\n").append(LEGEND);
            }
        }
        h.append("<p><a href=\"/enviar\">Enviar un informe</a></p>\n").append(WebLayout.foot());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, code);
        return h.toString();
    }

    private static void describe(StringBuilder h, FolioStatus.View v) {
        h.append("<p>Folio <strong>").append(Html.escape(v.folio())).append("</strong>: ")
                .append(Html.escape(v.estado()));
        if (v.motivo() != null) {
            h.append(". Motivo: ").append(Html.escape(v.motivo()));
        }
        h.append("</p>");
    }
}
