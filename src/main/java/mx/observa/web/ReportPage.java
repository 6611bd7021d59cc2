package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.archive.Folios;
import mx.observa.index.FindingReader;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.Searchers;
import mx.observa.text.Templates;

/**
 * {@code GET /informes/{folio}}: one report with all its findings, each marked with its kind and topics and the words
 * that decided them; the words of the search that led here ({@code ?q=}) are highlighted.
 */
public final class ReportPage {

    private final Searchers index;
    private final FindingSearch search;
    private final Access access;
    private final WebLabels labels;
    private final RoleView view;
    private final ReviewParts review;

    public ReportPage(Searchers index, FindingSearch search, Access access, WebLabels labels, RoleView view,
               ReviewParts review) {
        this.index = index;
        this.search = search;
        this.access = access;
        this.labels = labels;
        this.view = view;
        this.review = review;
    }

    /**
     * The page: where "back" goes, the report's card, whether the original may be downloaded (its file name, or
     * null), the topic legend and the findings.
     */
    record View(PageFrame frame, String back, String folio, List<CardRow> card, String original, List<LegendTopic> legend,
                List<FindingView> findings, ReviewParts.ReportReview review) {
    }

    /** A line of the report's card; {@code href} links the value (or null). */
    record CardRow(String label, String value, String href) {
    }

    /** A topic of the legend: how many findings of this report have it; it links to the search by topic. */
    record LegendTopic(String id, String label, String cssClass, String findings) {
    }

    /**
     * A finding: its text, or {@code marked}, the same text escaped by the search highlighter with the query's words
     * in {@code <mark>} (null when nothing matched); the class of its first topic's color; its kind badge (null for
     * none), topic badges and evidence (of its kind first, then of each topic).
     */
    record FindingView(int number, String cssClass, String text, String marked, WebLabels.KindChip kind,
                       List<WebLabels.Chip> topics, List<Evidence> evidence, ReviewParts.FindingReview review) {
    }

    /**
     * The words that gave a finding its kind or a topic, as «word», «word»; {@code cssClass} marks the kind's line
     * (null for a topic's).
     */
    record Evidence(String label, String words, String cssClass) {
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        String folio = RequestFacts.pathId(exchange, 0);
        IndexedReport original = folio == null ? null : FindingReader.report(index, folio);
        // what people reviewed is shown in place of what Observa understood, which stays visible beside it
        var reviewed = review.current();
        IndexedReport automatic = view.report(session, original);
        IndexedReport report = view.report(session, reviewed.apply(original));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        if (report == null) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            String which = Folios.wellFormed(folio) ? "el folio «" + folio + "»" : "ese folio";
            return Templates.render("web/notice.jte", new Notice(
                    PageFrame.analyst("Informe no encontrado", session, PageFrame.Section.NINGUNA),
                    "No hay ningún informe con " + which + " en el índice."));
        }
        access.audit(exchange, AuditLog.Action.VER_INFORME, null, report.folio(), (long) report.findings().size());
        String q = RequestFacts.param(exchange, "q");
        Map<Integer, String> marked = view.highlights(session, original, search.highlightReport(report.folio(), q));
        String back = q == null || q.isBlank() ? "/" : "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        QueuePosition at = QueuePosition.of(exchange, report.folio());
        List<FindingView> findings = new ArrayList<>();
        for (int i = 0; i < report.findings().size(); i++) {
            IndexedFinding f = report.findings().get(i);
            findings.add(new FindingView(f.number(),
                    f.topics().isEmpty() ? "t-ninguno" : labels.cssClass(f.topics().get(0)), f.text(),
                    marked.get(f.number()), WebLabels.kindChip(f.kind(), f.illegible()), labels.chips(f.topics()),
                    evidence(f), review.finding(session, reviewed, original.findings().get(i), f,
                            i + 1 < report.findings().size(), at)));
        }
        return Templates.render("web/report.jte", new View(
                PageFrame.analyst("Informe " + report.folio(), session, PageFrame.Section.NINGUNA), back, report.folio(),
                card(report), session.role().downloadsOriginals() ? report.source() : null, legend(report), findings,
                review.report(session, reviewed, automatic, report, at)));
    }

    private static List<CardRow> card(IndexedReport r) {
        List<CardRow> rows = new ArrayList<>();
        row(rows, "Archivo", r.source());
        row(rows, "Formato", r.format());
        row(rows, "Canal", WebLabels.channel(r.channel()));
        row(rows, "Recibido", Format.moment(r.receivedAt()));
        row(rows, "Alcaldía", r.alcaldia() == null ? "no identificada" : r.alcaldia());
        row(rows, "Distrito local", r.distrito() == null ? null : r.distrito().toString());
        row(rows, "Unidad territorial", r.ut());
        row(rows, "Mesa (MRO)", r.mro());
        row(rows, "Fecha observada", r.date() == null ? null : Format.day(r.date()));
        row(rows, "Texto incompleto", r.truncation());
        if (r.duplicateOf() != null) {
            rows.add(new CardRow("Casi idéntico a", r.duplicateOf(), "/informes/" + r.duplicateOf()));
        }
        return rows;
    }

    private static void row(List<CardRow> rows, String label, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new CardRow(label, value, null));
        }
    }

    private List<LegendTopic> legend(IndexedReport r) {
        Map<String, Integer> counts = new TreeMap<>();
        r.findings().forEach(f -> f.topics().forEach(t -> counts.merge(t, 1, Integer::sum)));
        List<LegendTopic> legend = new ArrayList<>();
        counts.forEach((t, n) -> legend.add(new LegendTopic(t, labels.topic(t), labels.cssClass(t),
                n + (n == 1 ? " hallazgo" : " hallazgos"))));
        return legend;
    }

    private List<Evidence> evidence(IndexedFinding f) {
        List<Evidence> list = new ArrayList<>();
        if (!f.kindEvidence().isEmpty()) {
            list.add(new Evidence("Tipo (" + WebLabels.kind(f.kind()) + ")", quoted(f.kindEvidence()), "evidencia-tipo"));
        }
        f.evidence().forEach((topic, words) -> list.add(new Evidence(labels.topic(topic), quoted(words), null)));
        return list;
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "«" + w + "»").collect(Collectors.joining(", "));
    }
}
