package mx.observa.intake;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;

/**
 * The Spanish reply to an observer's e-mail, written as soon as the message and every part of it are archived
 * (processing follows): the message's folio, each file with its folio and state — received, or the reason it was
 * not taken when that is known at once (empty, type not accepted, too large) — and where to follow each folio.
 * Automatic mail (auto-replies, bounces, lists, Observa's own) gets no reply.
 */
public final class Acknowledgement {

    private final Journal journal;
    private final FolioStatus status;
    private final String from;
    private final String publicUrl;

    /**
     * @param from      the address replies come from
     * @param publicUrl where observers open Observa (the link to /estado)
     */
    public Acknowledgement(Journal journal, String from, String publicUrl) {
        this.journal = journal;
        this.status = new FolioStatus(journal);
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Property: true when a reply was written and must be sent. */
    public static final String REPLY = "observaReply";

    /** Out: body = the reply text with its mail headers, and {@link #REPLY}; no reply for automatic mail. */
    @SuppressWarnings("unchecked")
    public void compose(Exchange exchange) {
        MailIntake.MessageInfo info = exchange.getProperty(MailIntake.MESSAGE, MailIntake.MessageInfo.class);
        Outcome message = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        List<Outcome> parts = exchange.getProperty(Headers.PARTS, List.class);
        List<String> notes = exchange.getProperty(Unpacking.NOTES, List.class);
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        boolean reply = info != null && !info.automatic() && info.replyTo() != null && message != null;
        exchange.setProperty(REPLY, reply);
        if (!reply) {
            return;
        }
        m.setHeader("To", info.replyTo());
        m.setHeader("From", from);
        m.setHeader("Subject", subject(info, message));
        m.setHeader("Content-Type", "text/plain; charset=UTF-8");
        m.setHeader("Auto-Submitted", "auto-replied");
        if (info.messageId() != null) {
            m.setHeader("In-Reply-To", info.messageId());
            m.setHeader("References", info.messageId());
        }
        m.setBody(text(info, message, parts == null ? List.of() : parts, notes == null ? List.of() : notes));
    }

    private static String subject(MailIntake.MessageInfo info, Outcome message) {
        String folio = message.folio() == null ? "" : " " + message.folio();
        String original = info.subject() == null || info.subject().isBlank() ? "" : ": " + info.subject();
        return "Acuse de recibo" + folio + original;
    }

    String text(MailIntake.MessageInfo info, Outcome message, List<Outcome> parts, List<String> notes) {
        StringBuilder t = new StringBuilder("Hola:\n\n");
        String about = info.subject() == null || info.subject().isBlank() ? "su mensaje" : "su mensaje «" + info.subject() + "»";
        switch (message.kind()) {
            case QUARANTINED -> t.append("Recibimos ").append(about).append(", pero no pudimos procesarlo")
                    .append(message.folio() == null ? "" : " (folio " + message.folio() + ")")
                    .append(": ").append(message.reason()).append('\n');
            case DUPLICATE -> t.append("Este mensaje ya lo habíamos recibido con el folio ").append(message.folio()).append(".\n");
            case RECEIVED, ACCEPTED, FAILED -> t.append("Recibimos ").append(about).append(". Folio del mensaje: ")
                    .append(message.folio()).append(".\n");
        }
        if (!parts.isEmpty()) {
            t.append(parts.size() == 1 ? "\nInforme recibido:\n" : "\nInformes recibidos:\n");
            for (Outcome p : parts) {
                t.append("  • ").append(p.source()).append(": ").append(line(p, message.folio())).append('\n');
            }
        }
        if (!notes.isEmpty()) {
            t.append('\n');
            notes.forEach(n -> t.append(n).append('\n'));
        }
        t.append("\nPuede consultar el estado de cada folio en ").append(publicUrl).append("/estado\n\n")
                .append("Este es un mensaje automático; no es necesario responderlo.\n")
                .append("Observa · Informes de observación de la Consulta de Presupuesto Participativo 2022\n");
        return t.toString();
    }

    /** One part's line: its folio and state, the first folio it repeats, or why it was not taken. */
    private String line(Outcome part, String messageFolio) {
        if (part.folio() == null) {
            return "no se recibió: " + part.reason();
        }
        SubmissionState state = journal.byFolio(part.folio()).orElse(null);
        boolean ours = state != null && messageFolio != null && messageFolio.equals(state.parent());
        if (part.kind() == Outcome.Kind.DUPLICATE && !ours) {
            return "ya lo habíamos recibido antes con el folio " + part.folio() + "; no se registró de nuevo.";
        }
        FolioStatus.View view = status.of(part);
        StringBuilder l = new StringBuilder("folio ").append(part.folio()).append(", ").append(view.estado());
        if (view.motivo() != null) {
            l.append(". Motivo: ").append(view.motivo());
        } else if (state != null && state.duplicateOf() != null) {
            l.append("; tiene el mismo texto que el informe con folio ").append(state.duplicateOf())
                    .append(", por lo que se cuenta una sola vez");
        }
        return l.toString().matches("(?s).*[.!?]$") ? l.toString() : l.append('.').toString();
    }
}
