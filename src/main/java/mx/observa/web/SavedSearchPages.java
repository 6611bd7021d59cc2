package mx.observa.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexedFinding;
import mx.observa.index.InvalidQueryException;
import mx.observa.review.InvalidReview;
import mx.observa.review.SavedSearches;
import mx.observa.review.SavedSearches.SavedSearch;
import mx.observa.text.Templates;

/**
 * Saved searches (every signed-in role: whoever may search may save its searches). {@code POST /busquedas} saves
 * the search the page shows, with its filters (form token required); {@code GET /busquedas/{id}} opens it, noting
 * the moment so that what arrives later counts as new; {@code POST /busquedas/{id}/borrar} deletes it. The
 * dashboard lists them with how many matching findings arrived since each was last opened, counted as the user's
 * role searches (the commission's only over what it reads).
 */
public final class SavedSearchPages {

    /** The "Guardar búsqueda" form under the results (src/main/jte/web/search.jte). */
    record Form(List<BulkReview.Hidden> search, String formToken) {
    }

    /** One saved search on the dashboard: its name, the link that opens it, what is new, how many in all. */
    record Alert(String id, String name, String href, long fresh, String freshLabel, String total) {
    }

    /** The dashboard's section (src/main/jte/web/savedSearches.jte); {@code searches} empty when none is saved. */
    record Alerts(List<Alert> searches, String formToken) {
    }

    private final SavedSearches store;
    private final FindingSearch search;
    private final Access access;
    private final RoleView view;
    private final int max;

    public SavedSearchPages(SavedSearches store, FindingSearch search, Access access, RoleView view, int max) {
        this.store = store;
        this.search = search;
        this.access = access;
        this.view = view;
        this.max = max;
    }

    static Form form(Session session, SearchParams p) {
        List<BulkReview.Hidden> fields = new ArrayList<>();
        p.saved().forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(v -> fields.add(new BulkReview.Hidden(name, String.valueOf(v))));
            } else {
                fields.add(new BulkReview.Hidden(name, String.valueOf(value)));
            }
        });
        return new Form(fields, session.formToken());
    }

    /** {@code POST /busquedas}. */
    public String save(Exchange exchange) {
        Session session = Access.session(exchange);
        Message m = exchange.getMessage();
        if (!FormTokens.sessionPostValid(exchange, session)) {
            return notice(m, session, 403, "Búsqueda no guardada", FormTokens.EXPIRED);
        }
        SearchParams p = SearchParams.from(exchange).withPage(1);
        SavedSearch saved;
        try {
            // the commission may not save what it may not search (a query that is itself personal data)
            view.request(session, p.toRequest(1));
            saved = store.save(session.username(), RequestFacts.param(exchange, "nombre"), p.saved());
        } catch (InvalidQueryException | InvalidReview e) {
            return notice(m, session, 400, "Búsqueda no guardada", e.getMessage());
        }
        Map<String, Object> what = new LinkedHashMap<>(p.audit());
        what.put("busqueda", saved.id());
        access.audit(exchange, AuditLog.Action.GUARDAR_BUSQUEDA, what, null, null);
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        return Templates.render("web/notice.jte", new Notice(PageFrame.analyst("Búsqueda guardada", session,
                PageFrame.Section.BUSCAR), "Se guardó la búsqueda «" + saved.name() + "». El tablero dirá cuántos "
                + "hallazgos nuevos coinciden con ella desde la última vez que la abra."));
    }

    /** {@code GET /busquedas/{id}}: to the search page with the saved search, after noting it was opened now. */
    public String open(Exchange exchange) {
        Session session = Access.session(exchange);
        Message m = exchange.getMessage();
        String id = RequestFacts.pathId(exchange, 0);
        var opened = id == null ? java.util.Optional.<SavedSearch>empty() : store.open(session.username(), id);
        if (opened.isEmpty()) {
            return notice(m, session, 404, "Búsqueda no encontrada", "No tiene una búsqueda guardada con ese enlace.");
        }
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        m.setHeader("Location", "/" + SearchParams.fromSaved(opened.get().search()).query());
        m.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        return "";
    }

    /** {@code POST /busquedas/{id}/borrar}: back to the dashboard. */
    public String delete(Exchange exchange) {
        Session session = Access.session(exchange);
        Message m = exchange.getMessage();
        if (!FormTokens.sessionPostValid(exchange, session)) {
            return notice(m, session, 403, "Búsqueda no borrada", FormTokens.EXPIRED);
        }
        String id = RequestFacts.pathId(exchange, 1);
        if (id == null || !store.delete(session.username(), id)) {
            return notice(m, session, 404, "Búsqueda no encontrada", "No tiene una búsqueda guardada con ese enlace.");
        }
        access.audit(exchange, AuditLog.Action.BORRAR_BUSQUEDA, Map.of("busqueda", id), null, null);
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        m.setHeader("Location", "/tablero#busquedas");
        m.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        return "";
    }

    /** The user's saved searches with the count of matching findings received after each was last opened. */
    Alerts alerts(Session session) {
        return new Alerts(alerts(session, SavedSearch::opened), session.formToken());
    }

    /** The user's saved searches with the count of matching findings received after {@code since} of each. */
    List<Alert> alerts(Session session, java.util.function.Function<SavedSearch, Instant> since) {
        List<Alert> out = new ArrayList<>();
        for (SavedSearch s : store.of(session.username())) {
            SearchParams p = SearchParams.fromSaved(s.search());
            long fresh;
            long total;
            try {
                FindingSearch.Export found = search.export(view.request(session, p.toRequest(max)), max,
                        view.visible(session));
                Instant from = since.apply(s);
                fresh = found.findings().stream().filter(f -> receivedAfter(f, from)).count();
                total = found.total();
            } catch (InvalidQueryException e) {
                fresh = 0;
                total = 0;
            }
            out.add(new Alert(s.id(), s.name(), "/busquedas/" + s.id(), fresh,
                    fresh == 0 ? "nada nuevo" : Format.count(fresh, "hallazgo nuevo", "hallazgos nuevos"),
                    Format.count(total, "hallazgo", "hallazgos")));
        }
        return out;
    }

    SavedSearches store() {
        return store;
    }

    private static boolean receivedAfter(IndexedFinding f, Instant opened) {
        try {
            return f.receivedAt() != null && Instant.parse(f.receivedAt()).isAfter(opened);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String notice(Message m, Session session, int status, String title, String message) {
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        return Templates.render("web/notice.jte", new Notice(PageFrame.analyst(title, session, PageFrame.Section.BUSCAR),
                message));
    }
}
