package mx.observa.bench;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import mx.observa.archive.Folios;
import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.samples.RandomReportFactory;
import mx.observa.samples.SampleFinding;
import mx.observa.samples.SampleReport;

/**
 * Understood reports made straight from the sample generator's ground truth (metadata, findings and their topics), for
 * phases that need an index far larger than the ingest corpus: building a million findings through extraction would
 * measure extraction again. The text is the generator's realistic Spanish, spelling habits and typos included.
 */
final class SyntheticReports {

    private static final Channel[] CHANNELS = {Channel.CARPETA, Channel.CARPETA, Channel.CARPETA, Channel.CORREO,
            Channel.CORREO, Channel.FORMULARIO, Channel.CSV};
    private static final String[] TYPES = {"application/pdf", "application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document", "text/plain", "message/rfc822", "text/html"};

    private final RandomReportFactory factory;

    SyntheticReports(long seed) {
        this.factory = new RandomReportFactory(seed);
    }

    /** Reports {@code from} (inclusive) to {@code to} (exclusive) of the sequence, built on all cores. */
    List<Report> range(int from, int to) {
        return IntStream.range(from, to).parallel().mapToObj(this::report).toList();
    }

    Report report(int index) {
        SampleReport r = factory.report(index);
        String folio = Folios.format("OBS-2022", index + 1L);
        String sha = HexFormat.of().toHexDigits((long) index) + "0".repeat(48);
        Submission submission = new Submission(folio, sha, CHANNELS[index % CHANNELS.length],
                r.submittedAt().toInstant(ZoneOffset.ofHours(-6)), r.id() + ".pdf", 40_000,
                TYPES[index % TYPES.length], null);
        List<Finding> findings = new ArrayList<>();
        for (SampleFinding f : r.findings()) {
            String text = r.spelling().apply(f.label() != null ? f.label() + " " + f.text() : f.text());
            Map<String, List<String>> evidence = f.topics().stream()
                    .collect(Collectors.toMap(t -> t.id(), t -> List.of(firstWord(text))));
            findings.add(Finding.of(findings.size() + 1, text, evidence));
        }
        ReportMetadata meta = new ReportMetadata(r.observer().fullName(), r.organization(),
                r.alcaldia().canonicalName(), r.distrito(), r.utClave(), r.utName(), r.mro(), r.date(),
                r.mro() != null ? "mro" : "sei");
        String text = findings.stream().map(Finding::text).collect(Collectors.joining("\n\n"));
        return new Report(submission, submission.sourceName(), submission.mediaType(), text,
                new Understanding(meta, findings, List.of()), null);
    }

    private static String firstWord(String text) {
        String[] words = text.split("\\s+", 2);
        return words[0];
    }
}
