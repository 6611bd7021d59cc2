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
import java.util.stream.Collectors;

import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.index.IndexedFinding;
import mx.observa.model.FindingKind;
import mx.observa.understand.KnownPersonalData;

/**
 * What one edition covers, chosen from the journal (which submissions count) and the index (what they say), with
 * every published text redacted here, once, before anything else sees it.
 *
 * <ul>
 *   <li>Cut-off: a submission counts when it was received on or before the cut-off day in Mexico City.</li>
 *   <li>A report counts when it was indexed and is not a near-duplicate ({@code duplicateOf}) of an earlier one;
 *       near-duplicates are listed apart, and repeated deliveries of the same bytes never got a folio.</li>
 * </ul>
 *
 * @param reports    counted reports in folio order
 * @param findings   their findings in folio and finding order, texts redacted; passages that are not language (OCR
 *                   noise, broken encodings) are left out: never classified, quoted or counted
 * @param illegible  how many such passages the counted reports had
 * @param duplicates near-duplicate reports (folio → the folio they repeat)
 * @param manifest   every submission received up to the cut-off, with what became of it
 */
public record Corpus(LocalDate cutoff, List<CoveredReport> reports, List<PublishedFinding> findings,
                     Map<String, String> duplicates, long repeats, long quarantined, long pending,
                     List<ManifestEntry> manifest, long illegible) {

    /** Manifest status of a delivery that brought reports (never itself a report, never in process). */
    public static final String CONTAINER = "contenedor";

    /** Cut-offs and days of receipt are days in Mexico City. */
    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    /** One line of the manifest: enough to verify any counted report against the archive by its hash. */
    public record ManifestEntry(String folio, String sha256, String channel, Instant receivedAt, String status,
                                String duplicateOf) {
    }

    public static Corpus select(List<IndexedFinding> indexed, JournalView journal, LocalDate cutoff, Redactor redactor) {
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
            } else {
                pending++;
                status = "en_proceso";
            }
            manifest.add(new ManifestEntry(s.folio(), s.sha256(), s.channel(), s.receivedAt(), status,
                    s.duplicateOf()));
        }
        quarantined += journal.rejected().stream().filter(e -> !day(e.at()).isAfter(cutoff)).count();
        long repeats = journal.repeats().stream().filter(e -> !day(e.at()).isAfter(cutoff)).count();

        long illegible = indexed.stream().filter(f -> counted.contains(f.folio()) && f.illegible()).count();
        // what is known to be personal in a report is looked for in every one of its findings
        Map<String, KnownPersonalData> known = new java.util.HashMap<>();
        List<PublishedFinding> findings = indexed.stream()
                .filter(f -> counted.contains(f.folio()) && !f.illegible())
                .sorted(Comparator.comparing(IndexedFinding::folio).thenComparingInt(IndexedFinding::number))
                .map(f -> publish(f, redactor, known.computeIfAbsent(f.folio(), folio -> redactor.known(f))))
                .toList();
        Map<String, List<PublishedFinding>> byFolio = findings.stream()
                .collect(Collectors.groupingBy(PublishedFinding::folio, TreeMap::new, Collectors.toList()));
        List<CoveredReport> reports = received.stream()
                .filter(s -> counted.contains(s.folio()))
                .map(s -> report(s, byFolio.getOrDefault(s.folio(), List.of())))
                .toList();
        return new Corpus(cutoff, reports, findings, duplicates, repeats, quarantined, pending, manifest, illegible);
    }

    /** The day of the last submission received, in Mexico City: the natural cut-off of an edition of "everything". */
    public static LocalDate lastReceivedDay(JournalView journal) {
        return journal.submissions().stream().map(SubmissionState::receivedAt).max(Comparator.naturalOrder())
                .map(Corpus::day).orElse(null);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private static PublishedFinding publish(IndexedFinding f, Redactor redactor, KnownPersonalData known) {
        return new PublishedFinding(f.folio(), f.number(), f.channel(), f.alcaldia(), f.distrito(),
                redactor.redact(f.ut(), known), redactor.redact(f.mro(), known), f.date(), day(Instant.parse(f.receivedAt())),
                List.copyOf(new TreeSet<>(f.topics())), Evidence.parse(f.evidenceJson()), redactor.redact(f.text(), known),
                f.kind() == null ? null : FindingKind.byId(f.kind()).orElse(null));
    }

    private static CoveredReport report(SubmissionState s, List<PublishedFinding> findings) {
        PublishedFinding first = findings.isEmpty() ? null : findings.get(0);
        List<String> topics = findings.stream().flatMap(f -> f.topics().stream()).distinct().sorted().toList();
        return new CoveredReport(s.folio(), s.channel(), day(s.receivedAt()),
                first == null ? null : first.alcaldia(), first == null ? null : first.distrito(),
                first == null ? null : first.ut(), first == null ? null : first.date(), topics, findings.size());
    }
}
