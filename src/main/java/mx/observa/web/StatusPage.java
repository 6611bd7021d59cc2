package mx.observa.web;

import java.util.Optional;

import org.apache.camel.Exchange;

import mx.observa.archive.Folios;
import mx.observa.intake.FolioStatus;
import mx.observa.text.Templates;

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

    /**
     * What the page shows: the folio as typed (in the box), and either its state or why it was not found.
     *
     * @param notFound null unless a folio was asked for and is unknown
     * @param state    null unless a known folio was asked for
     */
    record View(String typed, String notFound, FolioStatus.View state) {
    }

    public String render(Exchange exchange) {
        String folio = exchange.getMessage().getHeader("folio", String.class);
        folio = folio == null ? "" : folio.strip();
        int code = 200;
        View view = new View(folio, null, null);
        if (!folio.isEmpty()) {
            Optional<FolioStatus.View> state = status.of(folio);
            if (state.isEmpty()) {
                code = 404;
                view = new View(folio, notFound(folio), null);
            } else {
                view = new View(folio, null, state.get());
            }
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, code);
        return Templates.render("web/status.jte", view);
    }

    /** The folio is repeated only when it has the shape of one: a link cannot make this page say something else. */
    private static String notFound(String folio) {
        return (Folios.wellFormed(folio) ? "No encontramos el folio " + folio : "No encontramos ese folio")
                + ". Revise que esté escrito como en su acuse.";
    }
}
