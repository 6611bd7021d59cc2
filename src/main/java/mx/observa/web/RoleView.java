package mx.observa.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.access.Session;
import mx.observa.archive.Json;
import mx.observa.index.FindingReader;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.index.SearchResult;
import mx.observa.index.Searchers;
import mx.observa.index.VisibleText;
import mx.observa.report.Redactor;
import mx.observa.text.Folding;
import mx.observa.understand.KnownPersonalData;

/**
 * What a role reads of the reports. Analysts and administrators read them as they arrived; the commission reads
 * them as the published report does, everywhere it can go (report page and API, search page and API, exports):
 * texts, snippets, file names, unidad territorial and mesa redacted with the report's {@link Redactor}, which
 * looks for every occurrence of what is known to be personal in each report; its searches match only what it
 * reads. Pages and APIs pass their searches and what they read from the index through here.
 */
public final class RoleView {

    private final Redactor redactor;
    private final Searchers index;
    private final CommissionQueries commissionQueries;
    /**
     * The last reports the commission read, redacted: its report page redacts the report as reviewed and as first
     * understood (the same text when nobody reviewed it), and its API the same report again, each of them running the
     * whole detector over every finding. Keyed by the report itself (a record: a review or a re-index is another key).
     */
    private final Map<IndexedReport, IndexedReport> recentlyRedacted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<IndexedReport, IndexedReport> eldest) {
                    return size() > RECENT_REPORTS;
                }
            });
    private static final int RECENT_REPORTS = 32;

    public RoleView(Redactor redactor, Searchers index) {
        this.redactor = redactor;
        this.index = index;
        this.commissionQueries = new CommissionQueries(redactor);
    }

    /**
     * A search as a role may run it: the commission's may not be personal data itself ({@link CommissionQueries}).
     *
     * @throws mx.observa.index.InvalidQueryException with the reason, in Spanish
     */
    public SearchRequest request(Session session, SearchRequest request) {
        if (!session.role().seesPersonalData()) {
            commissionQueries.check(request.query());
        }
        return request;
    }

    /** What a role's searches match: everything for roles that read originals (null), what it reads for the commission. */
    public VisibleText visible(Session session) {
        return session.role().seesPersonalData() ? null : commissionQueries.visible();
    }

    /** A line for the search page and API that says why some words find nothing for this role, or null. */
    public String searchNotice(Session session) {
        return session.role().seesPersonalData() ? null : CommissionQueries.NOTICE;
    }

    /** One report with all its findings. */
    public IndexedReport report(Session session, IndexedReport r) {
        if (r == null || session.role().seesPersonalData()) {
            return r;
        }
        // redacted outside the map's lock: two readers of one report may both redact it, none waits for another's
        IndexedReport redacted = recentlyRedacted.get(r);
        if (redacted == null) {
            redacted = redacted(r);
            recentlyRedacted.put(r, redacted);
        }
        return redacted;
    }

    private IndexedReport redacted(IndexedReport r) {
        KnownPersonalData known = known(r);
        List<IndexedFinding> findings = r.findings().stream().map(f -> redacted(f, known)).toList();
        return new IndexedReport(r.folio(), r.sha256(), redactor.redactFileName(r.source(), known), r.format(), r.channel(),
                r.receivedAt(), r.alcaldia(), r.distrito(), redactor.redact(r.ut(), known), redactor.redact(r.mro(), known),
                r.date(), r.duplicateOf(), r.truncation(), findings);
    }

    /** The search's words marked in each finding of {@code original} (finding number → HTML). */
    public Map<Integer, String> highlights(Session session, IndexedReport original, Map<Integer, String> marked) {
        if (original == null || session.role().seesPersonalData() || marked.isEmpty()) {
            return marked;
        }
        KnownPersonalData known = known(original);
        Map<Integer, String> out = new HashMap<>();
        marked.forEach((n, html) -> out.put(n, MarkedText.redact(html, redactor, known)));
        return out;
    }

    /**
     * A page of search results: each hit's file name and snippet; grouped by report, each report's best finding and
     * the file names of its other deliveries.
     */
    public SearchResult result(Session session, SearchResult result) {
        if (session.role().seesPersonalData()) {
            return result;
        }
        Map<String, KnownPersonalData> byFolio = new HashMap<>();
        List<SearchHit> hits = result.hits().stream().map(h -> redacted(h, byFolio)).toList();
        List<SearchResult.ReportHit> reports = result.reports().stream().map(r -> new SearchResult.ReportHit(
                redacted(r.best(), byFolio), r.moreFindings(), r.alsoSentAs().stream()
                        .map(d -> new SearchResult.Delivery(d.folio(), redactor.redactFileName(d.source(),
                                known(byFolio, d.folio(), d.source()))))
                        .toList())).toList();
        return new SearchResult(result.total(), hits, result.facets(), result.dates(), result.correction(),
                result.appliedFilters(), result.topics(), reports, result.totalReports());
    }

    private SearchHit redacted(SearchHit h, Map<String, KnownPersonalData> byFolio) {
        KnownPersonalData known = known(byFolio, h.folio(), h.source());
        return new SearchHit(h.folio(), h.finding(), redactor.redactFileName(h.source(), known), h.score(), h.alcaldia(),
                h.distrito(), h.topics(), MarkedText.redact(h.snippet(), redactor, known), h.channel(), h.date(),
                h.duplicateOf(), h.kind(), h.illegible());
    }

    private KnownPersonalData known(Map<String, KnownPersonalData> byFolio, String folio, String source) {
        return byFolio.computeIfAbsent(folio, f -> redactor.known(FindingReader.personalData(index, f), source));
    }

    /** An export of search results. */
    public FindingSearch.Export export(Session session, FindingSearch.Export export) {
        if (session.role().exportsFullText()) {
            return export;
        }
        Map<String, KnownPersonalData> byFolio = new HashMap<>();
        List<IndexedFinding> findings = export.findings().stream()
                .map(f -> redacted(f, byFolio.computeIfAbsent(f.folio(), folio -> redactor.known(f)))).toList();
        return new FindingSearch.Export(export.total(), findings, export.correction());
    }

    private KnownPersonalData known(IndexedReport r) {
        return r.findings().isEmpty() ? redactor.known(List.of(), r.source()) : redactor.known(r.findings().get(0));
    }

    private IndexedFinding redacted(IndexedFinding f, KnownPersonalData known) {
        IndexedFinding out = new IndexedFinding(f.folio(), f.number(), redactor.redactFileName(f.source(), known), f.channel(),
                f.alcaldia(), f.distrito(), redactor.redact(f.ut(), known), redactor.redact(f.mro(), known), f.date(),
                f.topics(), redactor.redact(f.text(), known), evidence(f, known), f.receivedAt(), f.duplicateOf(), f.kind(),
                f.kindEvidence().stream().map(w -> redactor.redact(ownQuotes(w, f.text()), known)).toList(), f.illegible(),
                List.of());
        return out;
    }

    /** A quote inside the words that placed a finding: «…», as the nearest passages write the passage they are like. */
    private static final Pattern QUOTE = Pattern.compile("«([^«»]*)»");
    /** What the commission reads instead of a passage of another report. */
    static final String OTHER_REPORT = "[pasaje de otro informe]";

    /**
     * The words that placed a finding with every quote of another report's text withheld: the nearest passages explain a
     * kind or a topic by the learnt passage a finding is like («parecido a: «…»»), which is text of another report, whose
     * personal data this report's redaction does not know (a chat's sender in lower case, a name only that report
     * writes). The commission reads quotes of the finding's own text only; the analyst still reads the passage.
     */
    static String ownQuotes(String words, String findingText) {
        if (words == null || words.indexOf('«') < 0) {
            return words;
        }
        String own = Folding.foldLower(findingText == null ? "" : findingText).replaceAll("\\s+", " ");
        Matcher quote = QUOTE.matcher(words);
        StringBuilder out = new StringBuilder();
        while (quote.find()) {
            String quoted = Folding.foldLower(quote.group(1)).replaceAll("\\s+", " ").replaceAll("[ .…]+$", "").strip();
            quote.appendReplacement(out, Matcher.quoteReplacement(own.contains(quoted) ? quote.group()
                    : "«" + OTHER_REPORT + "»"));
        }
        quote.appendTail(out);
        return out.toString();
    }

    /**
     * The words that placed a finding in its topics come from its text: they are redacted the same way (and so are
     * those that decided its kind, above).
     */
    private String evidence(IndexedFinding f, KnownPersonalData known) {
        Map<String, List<String>> redacted = new TreeMap<>();
        f.evidence().forEach((topic, words) -> redacted.put(topic, words.stream()
                .map(w -> redactor.redact(ownQuotes(w, f.text()), known)).toList()));
        try {
            return Json.MAPPER.writeValueAsString(redacted);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
