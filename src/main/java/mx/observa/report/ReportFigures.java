package mx.observa.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.observa.archive.JournalView;
import mx.observa.index.IndexedFinding;

/**
 * Every number of one edition of the consolidated report, computed once from the index and the journal so that the
 * HTML and the JSON say the same thing. Near-duplicate reports are left out of every count.
 */
public record ReportFigures(LocalDate cutoff, long reports, long findings, long duplicates, long quarantined,
                            SortedMap<String, Long> reportsByAlcaldia, SortedMap<String, Long> reportsByChannel,
                            SortedMap<String, Long> findingsByTopic, SortedMap<String, Long> reportsByTopic,
                            List<ReportLine> reportList) {

    /** Mexico City: a report received at 23:30 on the cut-off day is inside the edition. */
    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    /** One row of the list of reports covered. */
    public record ReportLine(String folio, String source, String alcaldia, Integer distrito, List<String> topics) {
    }

    public static ReportFigures compute(List<IndexedFinding> all, JournalView journal, LocalDate cutoff) {
        List<IndexedFinding> covered = all.stream()
                .filter(f -> f.duplicateOf() == null)
                .filter(f -> cutoff == null || !receivedDay(f).isAfter(cutoff))
                .toList();
        Map<String, List<IndexedFinding>> byReport = covered.stream()
                .collect(Collectors.groupingBy(IndexedFinding::folio, TreeMap::new, Collectors.toList()));
        List<ReportLine> lines = byReport.values().stream().map(ReportFigures::line).toList();

        SortedMap<String, Long> byTopicReports = new TreeMap<>();
        lines.forEach(l -> l.topics().forEach(t -> byTopicReports.merge(t, 1L, Long::sum)));
        SortedMap<String, Long> byTopicFindings = new TreeMap<>();
        covered.forEach(f -> f.topics().forEach(t -> byTopicFindings.merge(t, 1L, Long::sum)));

        return new ReportFigures(cutoff, lines.size(), covered.size(), journal.duplicateCount(),
                journal.quarantinedCount(),
                count(lines, l -> l.alcaldia() == null ? "No identificada" : l.alcaldia()),
                count(byReport.values().stream().map(fs -> fs.get(0)).toList(), IndexedFinding::channel),
                byTopicFindings, byTopicReports, lines);
    }

    private static ReportLine line(List<IndexedFinding> findings) {
        IndexedFinding first = findings.get(0);
        List<String> topics = findings.stream().flatMap(f -> f.topics().stream()).distinct().sorted().toList();
        return new ReportLine(first.folio(), first.source(), first.alcaldia(), first.distrito(), topics);
    }

    private static LocalDate receivedDay(IndexedFinding f) {
        return java.time.Instant.parse(f.receivedAt()).atZone(ZONE).toLocalDate();
    }

    private static <T> SortedMap<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cutoff", cutoff == null ? null : cutoff.toString());
        json.put("reports", reports);
        json.put("findings", findings);
        json.put("duplicates", duplicates);
        json.put("quarantined", quarantined);
        json.put("reports_by_alcaldia", reportsByAlcaldia);
        json.put("reports_by_channel", reportsByChannel);
        json.put("reports_by_topic", reportsByTopic);
        json.put("findings_by_topic", findingsByTopic);
        json.put("report_list", reportList);
        return json;
    }
}
