package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingReader;
import mx.observa.index.Searchers;
import mx.observa.report.Sections;
import mx.observa.review.ReviewQueue;
import mx.observa.text.Templates;
import mx.observa.understand.TopicLabels;

/**
 * {@code GET /revision} (analista, admin): the review queue, what most needs a person, with counts and filters by
 * alcaldía and topic; {@code GET /revision/siguiente} opens the first pending item (the page's «Siguiente» link,
 * also on every report page, with the access key S).
 */
public final class ReviewQueuePage {

    /** Items shown per category: the counts are whole, the lists are a working set. */
    static final int SHOWN = 200;
    private static final int EXCERPT = 180;

    private final Searchers index;
    private final Access access;
    private final ReviewParts parts;
    private final WebLabels labels;
    private final TopicLabels topics;

    public ReviewQueuePage(Searchers index, Access access, ReviewParts parts, WebLabels labels, TopicLabels topics) {
        this.index = index;
        this.access = access;
        this.parts = parts;
        this.labels = labels;
        this.topics = topics;
    }

    record View(PageFrame frame, String alcaldia, String tema, List<ReviewParts.Option> alcaldias,
                List<ReviewParts.Option> temas, int total, String next, String filterQuery, List<Group> groups) {
    }

    record Group(String id, String label, int count, int shown, List<Row> rows) {
    }

    record Row(String href, String folio, String finding, String place, String topics, String text) {
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        ReviewQueue.Filter filter = filter(exchange);
        ReviewQueue queue = queue(filter);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("alcaldia", filter.alcaldia());
        query.put("tema", filter.topic());
        access.audit(exchange, AuditLog.Action.VER_REVISION, query, null, (long) queue.total());
        List<Group> groups = new ArrayList<>();
        for (ReviewQueue.Category c : ReviewQueue.Category.values()) {
            List<ReviewQueue.Item> items = queue.items(c);
            groups.add(new Group(c.id(), c.label(), items.size(), Math.min(SHOWN, items.size()),
                    items.stream().limit(SHOWN).map(this::row).toList()));
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        List<ReviewParts.Option> alcaldias = parts.input().alcaldiaNames().stream()
                .map(a -> new ReviewParts.Option(a, a, a.equals(filter.alcaldia()))).toList();
        List<ReviewParts.Option> temas = topics.ordered(List.of()).stream()
                .map(t -> new ReviewParts.Option(t, labels.topic(t), t.equals(filter.topic()))).toList();
        ReviewQueue.Item next = queue.next();
        return Templates.render("web/reviewQueue.jte", new View(
                PageFrame.analyst("Revisión", session, PageFrame.Section.REVISION), filter.alcaldia(), filter.topic(),
                alcaldias, temas, queue.total(), next == null ? null : href(next), filterQuery(filter), groups));
    }

    /** {@code GET /revision/siguiente}: the first pending item (with the same filters), or the queue when it is clear. */
    public String next(Exchange exchange) {
        ReviewQueue.Filter filter = filter(exchange);
        ReviewQueue.Item next = queue(filter).next();
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        exchange.getMessage().setHeader("Location", next == null ? "/revision" + filterQuery(filter) : href(next));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        return "";
    }

    private ReviewQueue queue(ReviewQueue.Filter filter) {
        return ReviewQueue.of(FindingReader.all(index), parts.current(), Sections::serious, filter);
    }

    private static ReviewQueue.Filter filter(Exchange exchange) {
        return new ReviewQueue.Filter(blankToNull(RequestFacts.param(exchange, "alcaldia")),
                blankToNull(RequestFacts.param(exchange, "tema")));
    }

    private static String filterQuery(ReviewQueue.Filter f) {
        List<String> parts = new ArrayList<>();
        if (f.alcaldia() != null) {
            parts.add("alcaldia=" + URLEncoder.encode(f.alcaldia(), StandardCharsets.UTF_8));
        }
        if (f.topic() != null) {
            parts.add("tema=" + URLEncoder.encode(f.topic(), StandardCharsets.UTF_8));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private Row row(ReviewQueue.Item i) {
        String text = i.text() == null ? "" : i.text().strip();
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT) + "…";
        }
        String place = (i.alcaldia() == null ? "sin alcaldía" : i.alcaldia())
                + (i.distrito() == null ? " · sin distrito" : " · distrito " + i.distrito());
        return new Row(href(i), i.folio(), i.finding() == null ? "" : "#" + i.finding(), place,
                String.join(", ", i.topics().stream().map(labels::topic).toList()), text);
    }

    private static String href(ReviewQueue.Item i) {
        return "/informes/" + i.folio() + (i.finding() == null ? "#revision" : "#h" + i.finding());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
