package mx.observa.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingReader;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.InvalidQueryException;
import mx.observa.index.Searchers;
import mx.observa.model.FindingKind;
import mx.observa.review.InvalidReview;
import mx.observa.review.ReviewField;
import mx.observa.review.ReviewInput;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.text.Templates;
import mx.observa.understand.TopicLabels;

/**
 * Bulk review from a search (analista, admin): add or remove a topic, or set the kind, of the selected findings or
 * of every result of the query. {@code GET /revision/lote} only says what would change and how many findings, and
 * asks for confirmation; {@code POST /revision/lote} (with the session's form token and the confirmed count) does it
 * as one action: one audit line with the batch id written first, then every change in one write to the review log,
 * each line carrying that batch id. A crash in between leaves each finding changed or not, and the review log lines
 * with the batch id say which.
 */
public final class BulkReview {

    static final String SELECTED = "seleccion";
    static final String ALL = "todos";

    private final Searchers index;
    private final FindingSearch search;
    private final Access access;
    private final ReviewParts parts;
    private final WebLabels labels;
    private final int max;

    public BulkReview(Searchers index, FindingSearch search, Access access, ReviewParts parts, WebLabels labels, int max) {
        this.index = index;
        this.search = search;
        this.access = access;
        this.parts = parts;
        this.labels = labels;
        this.max = max;
    }

    /** A hidden field that carries the search (or the selection) from one step to the next. */
    record Hidden(String name, String value) {
    }

    /** The bulk form under the search results (src/main/jte/web/reviewBulkForm.jte); null for roles that do not review. */
    record Form(List<Hidden> search, String total, List<ReviewParts.Option> topics, List<ReviewParts.Option> kinds) {
    }

    record Confirmation(PageFrame frame, String what, int count, int considered, List<Hidden> fields, String formToken,
                        String back, List<String> examples) {
    }

    static Form form(Session session, SearchParams p, long total, WebLabels labels, TopicLabels topics) {
        if (!ReviewParts.reviews(session.role()) || total == 0) {
            return null;
        }
        List<ReviewParts.Option> kinds = new ArrayList<>();
        for (FindingKind k : FindingKind.values()) {
            kinds.add(new ReviewParts.Option(k.id(), k.label(), false));
        }
        kinds.add(new ReviewParts.Option(ReviewField.NOT_A_FINDING, "No es hallazgo", false));
        return new Form(hidden(p), Format.count(total, "resultado", "resultados"),
                topics.ordered(List.of()).stream().map(t -> new ReviewParts.Option(t, labels.topic(t), false)).toList(),
                kinds);
    }

    /** GET asks for confirmation, POST applies. */
    public String handle(Exchange exchange) {
        return "POST".equals(RequestFacts.method(exchange)) ? apply(exchange) : confirm(exchange);
    }

    String confirm(Exchange exchange) {
        Session session = Access.session(exchange);
        Message m = exchange.getMessage();
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        Plan plan;
        try {
            plan = plan(exchange);
        } catch (InvalidReview | InvalidQueryException e) {
            return notice(m, session, 400, e.getMessage());
        }
        List<Hidden> fields = new ArrayList<>(hidden(plan.params));
        fields.add(new Hidden("alcance", plan.scope));
        plan.selected.forEach(s -> fields.add(new Hidden("sel", s)));
        fields.add(new Hidden("accion", plan.action.id()));
        fields.add(new Hidden("valor", plan.value));
        fields.add(new Hidden("n", Integer.toString(plan.count())));
        List<String> examples = plan.changes.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(c -> e.getKey() + " · hallazgo " + c.finding())).limit(20).toList();
        return Templates.render("web/reviewBulk.jte", new Confirmation(
                PageFrame.analyst("Confirmar revisión en lote", session, PageFrame.Section.BUSCAR), plan.describe(),
                plan.count(), plan.findings.size(), fields, session.formToken(), "/" + plan.params.query(), examples));
    }

    String apply(Exchange exchange) {
        Session session = Access.session(exchange);
        Message m = exchange.getMessage();
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        if (!FormTokens.sessionPostValid(exchange, session)) {
            return notice(m, session, 403, FormTokens.EXPIRED);
        }
        Plan plan;
        try {
            plan = plan(exchange);
        } catch (InvalidReview | InvalidQueryException e) {
            return notice(m, session, 400, e.getMessage());
        }
        if (!Integer.toString(plan.count()).equals(RequestFacts.param(exchange, "n"))) {
            return notice(m, session, 409, "Los hallazgos cambiaron desde que se pidió la confirmación (ahora serían "
                    + plan.count() + "). Vuelva a la búsqueda y confirme de nuevo.");
        }
        String batch = Reviews.newBatch();
        Map<String, Object> what = new LinkedHashMap<>(plan.params.withPage(1).audit());
        what.put("accion", plan.action.id());
        what.put("valor", plan.value);
        what.put("alcance", plan.scope);
        what.put("lote", batch);
        // the audit line first: if the process dies before the review log is written, the audit names a batch that
        // changed nothing; never the other way round
        access.audit(exchange, AuditLog.Action.REVISAR_LOTE, what, null, (long) plan.count());
        parts.reviews().record(new Reviews.Reviewer(session.username(), session.role().id()), batch, plan.changes);
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        return Templates.render("web/notice.jte", new Notice(
                PageFrame.analyst("Revisión en lote guardada", session, PageFrame.Section.BUSCAR),
                "Listo: " + plan.describe() + " en " + Format.count(plan.count(), "hallazgo", "hallazgos")
                        + ". Cada cambio quedó en la bitácora de revisiones con el lote " + batch + "."));
    }

    /** What a bulk request asks for, resolved against the index and the reviews as they are now. */
    private record Plan(SearchParams params, String scope, List<String> selected, ReviewInput.BulkAction action,
                        String value, String valueLabel, List<IndexedFinding> findings,
                        Map<String, List<Reviews.Change>> changes) {

        int count() {
            return changes.values().stream().mapToInt(List::size).sum();
        }

        String describe() {
            return action.label() + " «" + valueLabel + "»";
        }
    }

    private Plan plan(Exchange exchange) {
        SearchParams p = SearchParams.from(exchange);
        String scope = ALL.equals(RequestFacts.param(exchange, "alcance")) ? ALL : SELECTED;
        ReviewInput.BulkAction action = ReviewInput.BulkAction.of(RequestFacts.param(exchange, "accion"));
        String value = RequestFacts.param(exchange, "valor");
        if (value == null) {
            value = RequestFacts.param(exchange, action == ReviewInput.BulkAction.TIPO ? "valor_tipo" : "valor_tema");
        }
        List<String> selected = scope.equals(SELECTED) ? RequestFacts.params(exchange, "sel") : List.of();
        List<IndexedFinding> findings;
        if (scope.equals(ALL)) {
            FindingSearch.Export found = search.export(p.withPage(1).toRequest(max), max);
            if (found.total() > max) {
                throw new InvalidReview("La búsqueda tiene " + found.total() + " resultados; una acción en lote abarca a lo "
                        + "sumo " + max + ". Acote la búsqueda con filtros.");
            }
            findings = found.findings();
        } else {
            findings = selectedFindings(selected);
        }
        if (findings.isEmpty()) {
            throw new InvalidReview("No hay hallazgos seleccionados.");
        }
        ReviewedValues reviewed = parts.current();
        var changes = parts.input().bulkChanges(findings, reviewed, action, value);
        String valueLabel = action == ReviewInput.BulkAction.TIPO
                ? (ReviewField.NOT_A_FINDING.equals(value) ? "No es hallazgo" : WebLabels.kind(value)) : labels.topic(value);
        return new Plan(p, scope, selected, action, value, valueLabel, findings, changes);
    }

    private List<IndexedFinding> selectedFindings(List<String> selected) {
        if (selected.size() > max) {
            throw new InvalidReview("Demasiados hallazgos seleccionados.");
        }
        Map<String, IndexedReport> reports = new LinkedHashMap<>();
        List<IndexedFinding> out = new ArrayList<>();
        for (String id : selected) {
            int hash = id.lastIndexOf('#');
            if (hash < 1) {
                throw new InvalidReview("Selección inválida: «" + id + "».");
            }
            String folio = id.substring(0, hash);
            IndexedReport r = reports.computeIfAbsent(folio, f -> FindingReader.report(index, f));
            IndexedFinding f = r == null ? null : r.findings().stream()
                    .filter(x -> Integer.toString(x.number()).equals(id.substring(hash + 1))).findFirst().orElse(null);
            if (f == null) {
                throw new InvalidReview("No existe el hallazgo «" + id + "».");
            }
            out.add(f);
        }
        return out;
    }

    private static List<Hidden> hidden(SearchParams p) {
        List<Hidden> h = new ArrayList<>();
        add(h, "q", p.q());
        p.temas().forEach(v -> add(h, SearchParams.TEMA, v));
        p.tipos().forEach(v -> add(h, SearchParams.TIPO, v));
        p.alcaldias().forEach(v -> add(h, SearchParams.ALCALDIA, v));
        p.distritos().forEach(v -> add(h, SearchParams.DISTRITO, v));
        p.canales().forEach(v -> add(h, SearchParams.CANAL, v));
        add(h, "desde", p.desde());
        add(h, "hasta", p.hasta());
        add(h, SearchParams.COMO, p.como());
        return h;
    }

    private static void add(List<Hidden> h, String name, String value) {
        if (value != null && !value.isBlank()) {
            h.add(new Hidden(name, value));
        }
    }

    private static String notice(Message m, Session session, int status, String message) {
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        return Templates.render("web/notice.jte", new Notice(
                PageFrame.analyst("Revisión en lote no aplicada", session, PageFrame.Section.BUSCAR), message));
    }
}
