package mx.observa.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.Searchers;
import mx.observa.review.InvalidReview;
import mx.observa.review.ReviewEntry;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.text.Templates;

/**
 * {@code POST /informes/{folio}/revision} (analista, admin): the review forms of the report page. Without
 * {@code hallazgo} the form reviews the report's alcaldía, distrito, UT, mesa and date (and may add a note); with it,
 * that finding's kind («no es hallazgo» included), topics and a note. Every change is appended to the review log and
 * written to the audit log as one action; the browser goes back to the page (post, redirect, get).
 */
public final class ReviewForms {

    private final Searchers index;
    private final Access access;
    private final ReviewParts parts;

    public ReviewForms(Searchers index, Access access, ReviewParts parts) {
        this.index = index;
        this.access = access;
        this.parts = parts;
    }

    public String submit(Exchange exchange) {
        Session session = Access.session(exchange);
        Message m = exchange.getMessage();
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        if (!FormTokens.sessionPostValid(exchange, session)) {
            return notice(m, session, 403, "Solicitud rechazada", FormTokens.EXPIRED);
        }
        String folio = RequestFacts.pathId(exchange, 1);
        IndexedReport automatic = folio == null ? null : FindingReader.report(index, folio);
        if (automatic == null) {
            return notice(m, session, 404, "Informe no encontrado", "No hay ningún informe con ese folio en el índice.");
        }
        ReviewedValues reviewed = parts.current();
        IndexedReport shown = reviewed.apply(automatic);
        String number = RequestFacts.param(exchange, "hallazgo");
        List<Reviews.Change> changes;
        String anchor = "";
        try {
            if (number == null || number.isBlank()) {
                Map<String, String> form = new LinkedHashMap<>();
                for (ReviewField f : List.of(ReviewField.ALCALDIA, ReviewField.DISTRITO, ReviewField.UT, ReviewField.MRO,
                        ReviewField.FECHA)) {
                    form.put(f.id(), RequestFacts.param(exchange, f.id()));
                }
                changes = new java.util.ArrayList<>(parts.input().reportChanges(shown, reviewed, form));
                changes.addAll(parts.input().reportNote(RequestFacts.param(exchange, "nota")));
            } else {
                IndexedFinding finding = shown.findings().stream()
                        .filter(f -> Integer.toString(f.number()).equals(number.strip())).findFirst()
                        .orElseThrow(() -> new InvalidReview("El informe no tiene el hallazgo " + number + "."));
                String split = RequestFacts.param(exchange, "dividir");
                if (split != null) {
                    changes = List.of(parts.input().split(finding, split));
                } else if (RequestFacts.param(exchange, "unir") != null) {
                    changes = List.of(parts.input().merge(finding, shown.findings().stream()
                            .filter(f -> f.number() == finding.number() + 1).findFirst().orElse(null)));
                } else {
                    changes = parts.input().findingChanges(finding, reviewed, RequestFacts.param(exchange, "tipo"),
                            RequestFacts.params(exchange, "temas"), RequestFacts.param(exchange, "etiquetas"),
                            RequestFacts.param(exchange, "nota"));
                }
                anchor = "#h" + finding.number();
            }
        } catch (InvalidReview e) {
            return notice(m, session, 400, "Revisión no guardada", e.getMessage());
        }
        List<ReviewEntry> written = parts.projection().record(new Reviews.Reviewer(session.username(), session.role().id()),
                Reviews.newBatch(), Map.of(automatic.folio(), changes));
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("campos", written.stream().map(e -> (e.finding() == null ? "" : "h" + e.finding() + ".") + e.field().id())
                .toList());
        what.put("lote", written.isEmpty() ? null : written.get(0).batch());
        // before and after in the audit log too, not only in data/revisiones: the log alone says what a person changed
        what.put("cambios", written.stream().map(e -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("campo", (e.finding() == null ? "" : "h" + e.finding() + ".") + e.field().id());
            change.put("antes", e.before());
            change.put("despues", e.after());
            return change;
        }).toList());
        access.audit(exchange, AuditLog.Action.REVISAR, what, automatic.folio(), (long) written.size());
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        m.setHeader("Location", QueuePosition.of(exchange, automatic.folio()).afterSave(automatic.folio(), anchor));
        m.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        return "";
    }

    private static String notice(Message m, Session session, int status, String title, String message) {
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        return Templates.render("web/notice.jte",
                new Notice(PageFrame.analyst(title, session, PageFrame.Section.NINGUNA), message));
    }
}
