package mx.observa.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;

import mx.observa.review.ReviewQueue;

/**
 * Where an analyst is in the review queue while on a report page: the queue's filters and the pending item opened,
 * carried in the report's address ({@code cola_alcaldia}, {@code cola_tema}, {@code pendiente}) and in its review
 * forms, so that «Siguiente pendiente» keeps the filters and moves past an item the analyst leaves unreviewed.
 *
 * @param folio   the report of the item opened from the queue (null: none)
 * @param finding its finding's number (null: the report itself, or none)
 */
record QueuePosition(ReviewQueue.Filter filter, String folio, Integer finding) {

    static final String ALCALDIA = "cola_alcaldia";
    static final String TEMA = "cola_tema";
    static final String PENDIENTE = "pendiente";
    private static final String REPORT_ITEM = "informe";

    /**
     * The position the queue page and {@code /revision/siguiente} are asked with: the filters ({@code alcaldia},
     * {@code tema}) and the item left unreviewed ({@code tras}: {@code FOLIO#N} for a finding, {@code FOLIO} for a
     * report; none when absent or malformed).
     */
    static QueuePosition onQueue(Exchange exchange) {
        ReviewQueue.Filter filter = new ReviewQueue.Filter(blankToNull(RequestFacts.param(exchange, "alcaldia")),
                blankToNull(RequestFacts.param(exchange, "tema")));
        String after = blankToNull(RequestFacts.param(exchange, "tras"));
        if (after == null) {
            return new QueuePosition(filter, null, null);
        }
        int hash = after.indexOf('#');
        try {
            return hash < 0 ? new QueuePosition(filter, after, null)
                    : new QueuePosition(filter, after.substring(0, hash), Integer.valueOf(after.substring(hash + 1)));
        } catch (NumberFormatException e) {
            return new QueuePosition(filter, null, null);
        }
    }

    /** The query string ({@code ?alcaldia=…&tema=…}, or empty) of the queue with these filters. */
    static String filterQuery(ReviewQueue.Filter filter) {
        List<String> parts = parts(filter, "alcaldia", "tema");
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** The position a report page, or a review form posted from it, was opened with. */
    static QueuePosition of(Exchange exchange, String folio) {
        ReviewQueue.Filter filter = new ReviewQueue.Filter(blankToNull(RequestFacts.param(exchange, ALCALDIA)),
                blankToNull(RequestFacts.param(exchange, TEMA)));
        String pending = blankToNull(RequestFacts.param(exchange, PENDIENTE));
        if (pending == null) {
            return new QueuePosition(filter, null, null);
        }
        if (pending.equals(REPORT_ITEM)) {
            return new QueuePosition(filter, folio, null);
        }
        try {
            return new QueuePosition(filter, folio, Integer.valueOf(pending));
        } catch (NumberFormatException e) {
            return new QueuePosition(filter, null, null);
        }
    }

    /** The report page of a pending item, remembering the queue's filters and the item. */
    static String href(ReviewQueue.Item item, ReviewQueue.Filter filter) {
        List<String> parts = parts(filter, ALCALDIA, TEMA);
        parts.add(PENDIENTE + "=" + (item.finding() == null ? REPORT_ITEM : item.finding()));
        return "/informes/" + item.folio() + "?" + String.join("&", parts)
                + (item.finding() == null ? "#revision" : "#h" + item.finding());
    }

    /** «Siguiente pendiente» from the report page: same filters, past the item opened (if any). */
    String next() {
        List<String> parts = parts(filter, "alcaldia", "tema");
        if (folio != null) {
            parts.add("tras=" + enc(finding == null ? folio : folio + "#" + finding));
        }
        return "/revision/siguiente" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    /** The report page after a review was saved there: same filters; the item is reviewed, nothing to move past. */
    String afterSave(String reportFolio, String anchor) {
        List<String> parts = parts(filter, ALCALDIA, TEMA);
        return "/informes/" + reportFolio + (parts.isEmpty() ? "" : "?" + String.join("&", parts)) + anchor;
    }

    /** The hidden fields that carry the filters through a review form. */
    List<ReviewParts.Option> hiddenFields() {
        List<ReviewParts.Option> fields = new ArrayList<>();
        if (filter.alcaldia() != null) {
            fields.add(new ReviewParts.Option(ALCALDIA, filter.alcaldia(), false));
        }
        if (filter.topic() != null) {
            fields.add(new ReviewParts.Option(TEMA, filter.topic(), false));
        }
        return fields;
    }

    private static List<String> parts(ReviewQueue.Filter filter, String alcaldia, String tema) {
        List<String> parts = new ArrayList<>();
        if (filter.alcaldia() != null) {
            parts.add(alcaldia + "=" + enc(filter.alcaldia()));
        }
        if (filter.topic() != null) {
            parts.add(tema + "=" + enc(filter.topic()));
        }
        return parts;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
