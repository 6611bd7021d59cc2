package mx.observa.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.understand.KnownPersonalData;

/**
 * What one edition covers, chosen from the journal (which submissions count) and the report store (what they say), with
 * every published text redacted here, once, before anything else sees it.
 *
 * <ul>
 *   <li>Cut-off: a submission counts when it was received on or before the cut-off day in Mexico City.</li>
 *   <li>A report counts when it was indexed and is not a near-duplicate ({@code duplicateOf}) of an earlier one;
 *       near-duplicates are listed apart, and repeated deliveries of the same bytes never got a folio.</li>
 * </ul>
 *
 * @param reports    counted reports in folio order (their findings went to the sink given to {@link #select});
 *                   passages that are not language (OCR noise, broken encodings) are left out: never classified,
 *                   quoted or counted
 * @param duplicates near-duplicate reports (folio → the folio they repeat)
 * @param manifest   every submission received up to the cut-off, with what became of it
 * @param illegible  how many such passages the counted reports had
 */
public record Corpus(LocalDate cutoff, List<CoveredReport> reports, Map<String, String> duplicates, long repeats, long quarantined, long pending,
                     List<ManifestEntry> manifest, long illegible) {

    /** Manifest status of a delivery that brought reports (never itself a report, never in process). */
    public static final String CONTAINER = "contenedor";
    /** Manifest status of a report that failed on Observa's side (not the sender's file): it will be processed again. */
    public static final String FAILED = "fallido";

    /** Cut-offs and days of receipt are days in Mexico City. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    /** One line of the manifest: enough to verify any counted report against the archive by its hash. */
    public record ManifestEntry(String folio, String sha256, String channel, Instant receivedAt, String status,
                                String duplicateOf) {
    }

    /**
     * @param stored   every stored report in folio order (read one at a time; those the journal does not count are
     *                 skipped)
     * @param findings receives every finding of the counted reports, redacted, in folio and finding order, one at a
     *                 time: the corpus keeps one line per report, never the findings
     */
    public static Corpus select(Stream<Report> stored, JournalView journal, LocalDate cutoff, Redactor redactor,
                                Consumer<PublishedFinding> findings) {
        List<SubmissionState> received = journal.submissions().stream()
                .filter(s -> !day(s.receivedAt()).isAfter(cutoff))
                .sorted(Comparator.comparing(SubmissionState::folio))
                .toList();
        Set<String> counted = new TreeSet<>();
        Map<String, String> duplicates = new TreeMap<>();
        List<ManifestEntry> manifest = new ArrayList<>();
        long quarantined = 0;
        long pending = 0;
        for (SubmissionState s : received) {
            String status;
            if (s.isIndexed() && s.duplicateOf() == null) {
                counted.add(s.folio());
                status = "incluido";
            } else if (s.isIndexed()) {
                duplicates.put(s.folio(), s.duplicateOf());
                status = "duplicado";
            } else if (s.isQuarantined()) {
                quarantined++;
                status = "cuarentena";
            } else if (s.isContainer()) {
                status = CONTAINER; // an e-mail message, a CSV export, a form post: its reports have folios of their own
            } else if (s.isFailed()) {
                status = FAILED;
            } else {
                pending++;
                status = "en_proceso";
            }
            manifest.add(new ManifestEntry(s.folio(), s.sha256(), s.channel(), s.receivedAt(), status,
                    s.duplicateOf()));
        }
        quarantined += journal.rejected().stream().filter(e -> !day(e.at()).isAfter(cutoff)).count();
        long repeats = journal.repeats().stream().filter(e -> !day(e.at()).isAfter(cutoff)).count();

        Map<String, CoveredReport> covered = new TreeMap<>();
        long[] illegible = {0};
        stored.filter(r -> counted.contains(r.folio())).forEachOrdered(r -> {
            // what is known to be personal in a report is looked for in every one of its findings
            KnownPersonalData known = redactor.known(r);
            List<PublishedFinding> published = r.findings().stream().filter(f -> !f.illegible())
                    .map(f -> publish(r, f, redactor, known)).toList();
            illegible[0] += r.findings().size() - published.size();
            published.forEach(findings);
            covered.put(r.folio(), report(r, published));
        });
        if (covered.size() < counted.size()) {
            // The store is written before the index and the journal: only a store lost, or a data folder from before
            // the store, lacks reports the journal counts. An edition never leaves them out silently.
            throw new IllegalStateException("Al almacén de informes le faltan " + (counted.size() - covered.size())
                    + " informes indexados; se completa desde el archivo al iniciar Observa (serve o ingest) o con: "
                    + "observa reindex --reextract");
        }
        List<CoveredReport> reports = received.stream()
                .filter(s -> counted.contains(s.folio()))
                .map(s -> covered.get(s.folio()))
                .toList();
        return new Corpus(cutoff, reports, duplicates, repeats, quarantined, pending, manifest, illegible[0]);
    }

    /** The day of the last submission received, in Mexico City: the natural cut-off of an edition of "everything". */
    public static LocalDate lastReceivedDay(JournalView journal) {
        return journal.submissions().stream().map(SubmissionState::receivedAt).max(Comparator.naturalOrder())
                .map(Corpus::day).orElse(null);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private static PublishedFinding publish(Report r, Finding f, Redactor redactor, KnownPersonalData known) {
        ReportMetadata meta = r.metadata();
        return new PublishedFinding(r.folio(), f.number(), r.submission().channel().id(), meta.alcaldia(), meta.distrito(),
                redactor.redact(meta.ut(), known), redactor.redact(meta.mro(), known), meta.date(),
                day(r.submission().receivedAt()), f.topics(), f.evidence(), redactor.redact(f.text(), known), f.kind());
    }

    /**
     * The one line an edition keeps per report. Places, channels and topics are a few hundred values repeated across
     * 100,000 reports: each is kept once ({@link String#intern}), not once per report as it was read.
     */
    private static CoveredReport report(Report r, List<PublishedFinding> findings) {
        PublishedFinding first = findings.isEmpty() ? null : findings.get(0);
        List<String> topics = findings.stream().flatMap(f -> f.topics().stream()).distinct().sorted()
                .map(String::intern).toList();
        return new CoveredReport(r.folio(), intern(r.submission().channel().id()), day(r.submission().receivedAt()),
                first == null ? null : intern(first.alcaldia()), first == null ? null : first.distrito(),
                first == null ? null : intern(first.ut()), first == null ? null : first.date(), topics, findings.size());
    }

    private static String intern(String s) {
        return s == null ? null : s.intern();
    }
}
