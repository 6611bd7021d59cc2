package mx.observa.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import mx.observa.archive.Sha256;
import mx.observa.index.IndexedFinding;
import mx.observa.index.IndexedReport;
import mx.observa.index.ReviewedReport;
import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;
import mx.observa.text.Folding;

/**
 * What people decided, read from the review log: for each report the last reviewed value of each of its fields, for
 * each finding the last reviewed kind and topics, and the notes. {@link #apply} lays these over what Observa
 * understood automatically (the index), wherever it shows or publishes those values. Findings are matched by their
 * report and a fingerprint of their text, so a review survives a reindex that numbers them differently.
 */
public final class ReviewedValues {

    private final Map<String, Map<ReviewField, ReviewEntry>> reports = new HashMap<>();
    private final Map<String, Map<ReviewField, ReviewEntry>> findings = new HashMap<>();
    private final Map<String, List<ReviewEntry>> notes = new HashMap<>();
    private final Map<String, List<ReviewEntry>> segments = new HashMap<>();
    private final Set<String> touched = new TreeSet<>();

    /** Lays one more entry over the others (entries arrive in log order: the last one wins). */
    synchronized void add(ReviewEntry e) {
        touched.add(e.folio());
        if (e.field() == ReviewField.NOTA) {
            notes.computeIfAbsent(e.folio(), k -> new ArrayList<>()).add(e);
        } else if (e.field().segments()) {
            segments.computeIfAbsent(e.folio(), k -> new ArrayList<>()).add(e);
        } else if (e.field().ofFinding()) {
            findings.computeIfAbsent(key(e.folio(), e.fingerprint()), k -> new EnumMap<>(ReviewField.class)).put(e.field(), e);
        } else {
            reports.computeIfAbsent(e.folio(), k -> new EnumMap<>(ReviewField.class)).put(e.field(), e);
        }
    }

    /**
     * The fingerprint of a finding's text: accents, case and spacing do not count, so a re-extraction that only
     * changes those keeps its reviews.
     */
    public static String fingerprint(String text) {
        String folded = Folding.foldLower(text == null ? "" : text).replaceAll("\\s+", " ").strip();
        return Sha256.of(folded.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The last reviewed entry of a report's field, or null. */
    public synchronized ReviewEntry reportField(String folio, ReviewField field) {
        Map<ReviewField, ReviewEntry> m = reports.get(folio);
        return m == null ? null : m.get(field);
    }

    /** The last reviewed entry of a finding's kind or topics, or null. */
    public synchronized ReviewEntry findingField(String folio, String text, ReviewField field) {
        Map<ReviewField, ReviewEntry> m = findings.get(key(folio, fingerprint(text)));
        return m == null ? null : m.get(field);
    }

    /** The splits and merges of a report's findings, oldest first. */
    public synchronized List<ReviewEntry> segmentation(String folio) {
        return List.copyOf(segments.getOrDefault(folio, List.of()));
    }

    /**
     * A report's findings cut as people cut them: each split and merge applied in the order it was made, the findings
     * numbered again. A split half or a merged finding keeps what Observa understood of the passage it came from (a
     * merge: the first's kind unless it is context, and the topics of both); the reviews of the old passage do not
     * follow it (its text changed). A split or merge whose passage is no longer there (its text changed on a
     * re-extraction) is left out.
     */
    public Report segmented(Report r) {
        List<ReviewEntry> ops = segmentation(r.folio());
        if (ops.isEmpty()) {
            return r;
        }
        List<Finding> findings = new ArrayList<>(r.findings());
        for (ReviewEntry op : ops) {
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                if (!fingerprint(f.text()).equals(op.fingerprint())) {
                    continue;
                }
                if (op.field() == ReviewField.DIVIDIR) {
                    String rest = Sentences.rest(f.text(), op.after());
                    if (rest != null) {
                        findings.set(i, withText(f, op.after()));
                        findings.add(i + 1, withText(f, rest));
                    }
                } else if (i + 1 < findings.size() && merged(f, findings.get(i + 1)).text().equals(op.after())) {
                    findings.set(i, merged(f, findings.remove(i + 1)));
                }
                break;
            }
        }
        List<Finding> numbered = new ArrayList<>();
        for (Finding f : findings) {
            numbered.add(new Finding(numbered.size() + 1, f.text(), f.evidence(), f.kind(), f.kindEvidence(), f.illegible()));
        }
        return withFindings(r, r.metadata(), numbered);
    }

    private static Finding withText(Finding f, String text) {
        return new Finding(f.number(), text, f.evidence(), f.kind(), f.kindEvidence(), f.illegible());
    }

    /** Two adjacent findings as one: their texts joined by a space. */
    public static Finding merged(Finding a, Finding b) {
        boolean illegible = a.illegible() && b.illegible();
        java.util.SortedMap<String, List<String>> evidence = new java.util.TreeMap<>();
        if (!illegible) {
            for (Finding f : List.of(a, b)) {
                f.evidence().forEach((t, w) -> evidence.merge(t, w, (x, y) -> java.util.stream.Stream.concat(x.stream(),
                        y.stream()).distinct().toList()));
            }
        }
        Finding first = a.illegible() || a.kind() == FindingKind.CONTEXTO && !b.illegible() ? b : a;
        List<String> why = new ArrayList<>(a.kindEvidence());
        why.addAll(b.kindEvidence());
        return new Finding(a.number(), joined(a.text(), b.text()), evidence, first.kind(), why, illegible);
    }

    /** The text of two merged findings. */
    public static String joined(String a, String b) {
        return a.strip() + " " + b.strip();
    }

    /** The tags people gave a finding, sorted (empty: none). */
    public List<String> tags(String folio, String text) {
        ReviewEntry e = findingField(folio, text, ReviewField.ETIQUETAS);
        return e == null ? List.of() : topicList(e.after());
    }

    /** The notes on a report and its findings, oldest first. */
    public synchronized List<ReviewEntry> notes(String folio) {
        return List.copyOf(notes.getOrDefault(folio, List.of()));
    }

    /** Whether a person reviewed anything of this report (its fields, a finding, or wrote a note). */
    public synchronized boolean touched(String folio) {
        return touched.contains(folio);
    }

    /** The folios of every report a person reviewed something of. */
    public synchronized List<String> touchedFolios() {
        return List.copyOf(touched);
    }

    /** Whether a person rejected this finding: "no es hallazgo". */
    public boolean notAFinding(IndexedFinding f) {
        ReviewEntry kind = findingField(f.folio(), f.text(), ReviewField.TIPO);
        return kind != null && ReviewField.NOT_A_FINDING.equals(kind.after());
    }

    /**
     * The fields of one finding whose value a person reviewed (confirmed or corrected), in {@link ReviewField} order:
     * its report's place and date, and its own kind and topics. Empty when nothing of it was reviewed.
     */
    public List<ReviewField> reviewedFields(IndexedFinding f) {
        List<ReviewField> out = new ArrayList<>();
        if (!touched(f.folio())) {
            return out;
        }
        for (ReviewField field : ReviewField.values()) {
            if (field == ReviewField.NOTA || field == ReviewField.ETIQUETAS || field.segments()) {
                continue;
            }
            if (field.ofFinding() ? findingField(f.folio(), f.text(), field) != null : reportField(f.folio(), field) != null) {
                out.add(field);
            }
        }
        return out;
    }

    /** A report with the reviewed values in place of the automatic ones (every finding kept, even "no es hallazgo"). */
    public IndexedReport apply(IndexedReport r) {
        if (r == null || !touched(r.folio())) {
            return r;
        }
        List<IndexedFinding> reviewed = r.findings().stream().map(this::apply).toList();
        Place p = place(r.folio(), new Place(r.alcaldia(), r.distrito(), r.ut(), r.mro(), r.date()));
        return new IndexedReport(r.folio(), r.sha256(), r.source(), r.format(), r.channel(), r.receivedAt(), p.alcaldia,
                p.distrito, p.ut, p.mro, p.date, r.duplicateOf(), r.truncation(), reviewed);
    }

    /** What gets published: the reviewed findings, without those a person said are not findings. */
    public List<IndexedFinding> published(List<IndexedFinding> all) {
        return all.stream().filter(f -> !touched(f.folio()) || !notAFinding(f)).map(this::apply).toList();
    }

    /** One finding with its report's reviewed place and date and its own reviewed kind and topics. */
    public IndexedFinding apply(IndexedFinding f) {
        if (!touched(f.folio())) {
            return f;
        }
        Place p = place(f.folio(), new Place(f.alcaldia(), f.distrito(), f.ut(), f.mro(), f.date()));
        ReviewEntry kind = findingField(f.folio(), f.text(), ReviewField.TIPO);
        ReviewEntry topics = findingField(f.folio(), f.text(), ReviewField.TEMAS);
        String kindId = kind == null || ReviewField.NOT_A_FINDING.equals(kind.after()) ? f.kind() : kind.after();
        List<String> topicIds = topics == null ? f.topics() : topicList(topics.after());
        return new IndexedFinding(f.folio(), f.number(), f.source(), f.channel(), p.alcaldia, p.distrito, p.ut, p.mro,
                p.date, topicIds, f.text(), f.evidenceJson(), f.receivedAt(), f.duplicateOf(), kindId, f.kindEvidence(),
                f.illegible(), f.personalData());
    }

    /**
     * A report as the consolidated report may publish it: its reviewed place and date, its findings with their
     * reviewed kind and topics, without those a person said are not findings (for readers of the model
     * {@link Report}, such as a report store; a topic a person added has no evidence words).
     */
    public Report published(Report r) {
        if (!touched(r.folio())) {
            return r;
        }
        ReviewedReport reviewed = indexed(r);
        return withFindings(reviewed.values(), reviewed.values().metadata(), reviewed.values().findings().stream()
                .filter(f -> !reviewed.rejected().contains(f.number())).toList());
    }

    /**
     * A report as the index should filter, count and show it: its reviewed place and date, every finding with its
     * reviewed kind and topics (those a person said are not findings marked as such), and their tags.
     */
    public ReviewedReport indexed(Report automatic) {
        if (!touched(automatic.folio())) {
            return ReviewedReport.none(automatic);
        }
        Report r = segmented(automatic);
        ReportMetadata m = r.metadata();
        Place p = place(r.folio(), new Place(m.alcaldia(), m.distrito(), m.ut(), m.mro(), m.date()));
        ReportMetadata meta = new ReportMetadata(m.observer(), m.organization(), p.alcaldia, p.distrito, p.ut, m.utName(),
                p.mro, p.date, m.channelHint());
        List<Finding> findings = new ArrayList<>();
        Set<Integer> rejected = new TreeSet<>();
        Map<Integer, List<String>> tags = new HashMap<>();
        for (Finding f : r.findings()) {
            ReviewEntry kind = findingField(r.folio(), f.text(), ReviewField.TIPO);
            ReviewEntry tagged = findingField(r.folio(), f.text(), ReviewField.ETIQUETAS);
            if (tagged != null && !topicList(tagged.after()).isEmpty()) {
                tags.put(f.number(), topicList(tagged.after()));
            }
            if (kind != null && ReviewField.NOT_A_FINDING.equals(kind.after())) {
                rejected.add(f.number());
            }
            if (f.illegible()) {
                findings.add(f);
                continue;
            }
            ReviewEntry topics = findingField(r.folio(), f.text(), ReviewField.TEMAS);
            java.util.SortedMap<String, List<String>> evidence = new java.util.TreeMap<>();
            for (String t : topics == null ? f.topics() : topicList(topics.after())) {
                evidence.put(t, f.evidence().getOrDefault(t, List.of()));
            }
            FindingKind k = kind == null ? f.kind() : FindingKind.byId(kind.after()).orElse(f.kind());
            findings.add(new Finding(f.number(), f.text(), evidence, k, f.kindEvidence(), false));
        }
        return new ReviewedReport(r, withFindings(r, meta, findings), rejected, tags);
    }

    private static Report withFindings(Report r, ReportMetadata meta, List<Finding> findings) {
        return new Report(r.submission(), r.source(), r.format(), r.text(),
                new Understanding(meta, findings, r.understanding().personalData()), r.duplicateOf(), r.truncation());
    }

    /** Topic ids written as {@code a|b|c}; empty for none. */
    public static List<String> topicList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.copyOf(new TreeSet<>(Arrays.stream(value.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** The reverse of {@link #topicList}. */
    public static String topicValue(List<String> topics) {
        return String.join("|", new TreeSet<>(topics));
    }

    private record Place(String alcaldia, Integer distrito, String ut, String mro, LocalDate date) {
    }

    private Place place(String folio, Place automatic) {
        return new Place(value(folio, ReviewField.ALCALDIA, automatic.alcaldia),
                integer(value(folio, ReviewField.DISTRITO, automatic.distrito == null ? null : automatic.distrito.toString())),
                value(folio, ReviewField.UT, automatic.ut), value(folio, ReviewField.MRO, automatic.mro),
                day(value(folio, ReviewField.FECHA, automatic.date == null ? null : automatic.date.toString())));
    }

    private String value(String folio, ReviewField field, String automatic) {
        ReviewEntry e = reportField(folio, field);
        return e == null ? automatic : e.after();
    }

    private static Integer integer(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }

    private static LocalDate day(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static String key(String folio, String fingerprint) {
        return folio + "#" + fingerprint;
    }
}
