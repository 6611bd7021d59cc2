package mx.observa.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;

import mx.observa.access.AuditLog;
import mx.observa.access.Session;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.Searchers;
import mx.observa.report.Sections;
import mx.observa.review.ReviewQueue;
import mx.observa.review.ReviewedValues;
import mx.observa.review.StoredFindings;
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
    private final double doubtful;

    /**
     * @param doubtful a finding whose classification certainty ({@link mx.observa.review.ClassifierCertainty}) is below
     *                 this is listed as doubtful ({@code observa.revision.certeza-dudosa-pct} / 100)
     */
    public ReviewQueuePage(Searchers index, Access access, ReviewParts parts, WebLabels labels, TopicLabels topics,
                           double doubtful) {
        this.index = index;
        this.doubtful = doubtful;
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

    /** @param certainty for a doubtful finding, how sure the classifier was («certeza 30 %»); else empty */
    record Row(String href, String folio, String finding, String place, String topics, String text, String certainty) {
    }

    public String render(Exchange exchange) {
        Session session = Access.session(exchange);
        ReviewQueue.Filter filter = QueuePosition.onQueue(exchange).filter();
        ReviewQueue queue = queue(filter);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("alcaldia", filter.alcaldia());
        query.put("tema", filter.topic());
        access.audit(exchange, AuditLog.Action.VER_REVISION, query, null, (long) queue.total());
        List<Group> groups = new ArrayList<>();
        for (ReviewQueue.Category c : ReviewQueue.Category.values()) {
            List<ReviewQueue.Item> items = queue.items(c);
            groups.add(new Group(c.id(), c.label(), queue.count(c), items.size(),
                    items.stream().map(i -> row(i, filter)).toList()));
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
        List<ReviewParts.Option> alcaldias = parts.input().alcaldiaNames().stream()
                .map(a -> new ReviewParts.Option(a, a, a.equals(filter.alcaldia()))).toList();
        List<ReviewParts.Option> temas = topics.ordered(List.of()).stream()
                .map(t -> new ReviewParts.Option(t, labels.topic(t), t.equals(filter.topic()))).toList();
        ReviewQueue.Item next = queue.next();
        return Templates.render("web/reviewQueue.jte", new View(
                PageFrame.analyst("Revisión", session, PageFrame.Section.REVISION), filter.alcaldia(), filter.topic(),
                alcaldias, temas, queue.total(), next == null ? null : QueuePosition.href(next, filter),
                QueuePosition.filterQuery(filter), groups));
    }

    /**
     * {@code GET /revision/siguiente}: the first pending item (with the same filters), or the one after the item the
     * analyst leaves unreviewed ({@code tras}); the queue when nothing (else) is pending.
     */
    public String next(Exchange exchange) {
        QueuePosition at = QueuePosition.onQueue(exchange);
        ReviewQueue.Filter filter = at.filter();
        ReviewQueue queue = queue(filter);
        ReviewQueue.Item next = at.folio() == null ? queue.next() : queue.after(at.folio(), at.finding());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
        exchange.getMessage().setHeader("Location", next == null ? "/revision" + QueuePosition.filterQuery(filter)
                : QueuePosition.href(next, filter));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        return "";
    }

    /** The queue, from the report store one report at a time (those still in the index), with the reviews laid over. */
    private ReviewQueue queue(ReviewQueue.Filter filter) {
        ReviewedValues reviewed = parts.current();
        try (Stream<List<IndexedFinding>> reports = StoredFindings.of(parts.projection().store(),
                folio -> FindingReader.indexed(index, folio), reviewed)) {
            return ReviewQueue.of(reports, reviewed, Sections::serious, doubtful, filter, SHOWN);
        }
    }

    private Row row(ReviewQueue.Item i, ReviewQueue.Filter filter) {
        String text = i.text() == null ? "" : i.text().strip();
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT) + "…";
        }
        String place = (i.alcaldia() == null ? "sin alcaldía" : i.alcaldia())
                + (i.distrito() == null ? " · sin distrito" : " · distrito " + i.distrito());
        return new Row(QueuePosition.href(i, filter), i.folio(), i.finding() == null ? "" : "#" + i.finding(), place,
                String.join(", ", i.topics().stream().map(labels::topic).toList()), text,
                i.certainty() == null ? "" : "certeza " + Math.round(i.certainty() * 100) + " %");
    }
}
