package mx.observa.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.archive.Json;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;

/**
 * {@code GET /api/v1/informes/{folio}} → the report with all its findings: each one's kind with the words that decided
 * it, whether it is illegible text, its topics and each topic's evidence (404 when the folio is unknown).
 */
public final class ReportApi {

    private final FindingSearch search;
    private final Access access;
    private final RoleView view;
    private final Reviews reviews;

    /** @param search the configured backend's search, which also answers for one report */
    public ReportApi(FindingSearch search, Access access, RoleView view, Reviews reviews) {
        this.search = search;
        this.access = access;
        this.view = view;
        this.reviews = reviews;
    }

    public String report(Exchange exchange) throws IOException {
        String folio = RequestFacts.pathId(exchange, 0);
        // the values analysts reviewed in place of the automatic ones
        ReviewedValues reviewed = reviews.current();
        IndexedReport r = folio == null ? null
                : view.report(Access.session(exchange), reviewed.apply(search.report(folio)));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        if (r == null) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            return Json.MAPPER.writeValueAsString(Map.of("error", "No hay ningún informe con ese folio."));
        }
        access.audit(exchange, AuditLog.Action.VER_INFORME, null, r.folio(), (long) r.findings().size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("folio", r.folio());
        body.put("source", r.source());
        body.put("format", r.format());
        body.put("channel", r.channel());
        body.put("receivedAt", r.receivedAt());
        body.put("alcaldia", r.alcaldia());
        body.put("distrito", r.distrito());
        body.put("ut", r.ut());
        body.put("mro", r.mro());
        body.put("date", r.date());
        body.put("duplicateOf", r.duplicateOf());
        body.put("truncated", r.truncation() != null);
        body.put("truncation", r.truncation());
        body.put("topics", r.topics());
        body.put("reviewed", reviewed.touched(r.folio()));
        body.put("original", Access.session(exchange).role().downloadsOriginals()
                ? "/informes/" + r.folio() + "/original" : null);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (IndexedFinding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", f.number());
            m.put("text", f.text());
            m.put("kind", f.kind());
            m.put("kindEvidence", f.kindEvidence());
            m.put("illegible", f.illegible());
            m.put("notAFinding", reviewed.notAFinding(f));
            m.put("topics", f.topics());
            m.put("evidence", f.evidence());
            findings.add(m);
        }
        body.put("findings", findings);
        return Json.MAPPER.writeValueAsString(body);
    }
}
