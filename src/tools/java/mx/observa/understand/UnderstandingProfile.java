package mx.observa.understand;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;
import mx.observa.model.Understanding;
import mx.observa.samples.SampleReportGenerator;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Understanding's cost per document, stage by stage, on the texts of the benchmark's synthetic corpus, without the
 * rest of the pipeline: the CPU time of this thread (which the machine's load changes little) for cleaning the text,
 * the metadata (places, dates, people), segmentation, the findings (kinds, topics, nearest passages) and personal-data
 * detection, each averaged over the documents of the measured passes. It also prints a digest of everything
 * understood, so that a change meant to make understanding cheaper can show it found exactly the same. A
 * developer's tool, run by hand. Each pass also times a baseline on the same texts in the same run (the analyzer's
 * words of each text) and prints understanding's cost as a multiple of it, which the machine's load changes less than
 * the milliseconds; and it times building an understander, first in the JVM and again:
 * {@code java -cp target/observa.jar:target/lib/*:target/test-classes mx.observa.understand.UnderstandingProfile DIR [DOCS] [PASSES]}
 * — DIR keeps the generated corpus and the texts Tika extracted from it (in-process, OCR off), reused by later runs.
 */
public final class UnderstandingProfile {

    private static final String[] STAGES = {"limpieza", "metadatos", "segmentación", "hallazgos", "datos personales"};

    private UnderstandingProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long built = threads.getCurrentThreadCpuTime();
        ObservaConfig config = ObservaConfig.load();
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        ReportUnderstander understander = new ReportUnderstander(config, analyzer);
        built = threads.getCurrentThreadCpuTime() - built;
        // what every JVM that understands pays once (the service, each command, each test JVM's first understander),
        // and what every further understander in the same JVM pays (a test JVM builds hundreds)
        long again = threads.getCurrentThreadCpuTime();
        new ReportUnderstander(config, analyzer);
        again = threads.getCurrentThreadCpuTime() - again;
        System.out.println(String.format(Locale.ROOT, "construcción: %.0f ms de CPU la primera en la JVM, %.0f ms la siguiente",
                built / 1e6, again / 1e6));
        List<String> texts = texts(config, dir, docs);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String text : texts) {
            Understanding u = understander.understand(text, "perfil");
            digest.update(u.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("resumen de lo entendido: " + HexFormat.of().formatHex(digest.digest()));
        for (int pass = 1; pass <= passes; pass++) {
            // the baseline, measured in the same pass on the same texts: the analyzer's words of each whole text, the
            // least any reading of it costs; the ratio moves with understanding's own cost, far less with the machine
            long baseline = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                analyzer.terms(text);
            }
            baseline = threads.getCurrentThreadCpuTime() - baseline;
            long[] nanos = new long[STAGES.length];
            long whole = threads.getCurrentThreadCpuTime();
            for (String text : texts) {
                stages(understander, text, threads, nanos);
            }
            whole = threads.getCurrentThreadCpuTime() - whole;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "pasada %d: %.2f ms/doc = %.1f × referencia (%.3f ms/doc)",
                    pass, whole / 1e6 / texts.size(), (double) whole / Math.max(1, baseline), baseline / 1e6 / texts.size()));
            for (int i = 0; i < STAGES.length; i++) {
                line.append(String.format(Locale.ROOT, " | %s %.2f", STAGES[i], nanos[i] / 1e6 / texts.size()));
            }
            System.out.println(line);
        }
    }

    /** The steps of {@link ReportUnderstander#understand}, each timed apart. */
    private static void stages(ReportUnderstander u, String text, ThreadMXBean threads, long[] nanos) {
        long t0 = threads.getCurrentThreadCpuTime();
        String clean = u.clean(text);
        long t1 = threads.getCurrentThreadCpuTime();
        MetadataExtractor.Result meta = u.metadata(clean);
        long t2 = threads.getCurrentThreadCpuTime();
        List<Segmenter.Segment> segments = u.segments(clean, meta);
        long t3 = threads.getCurrentThreadCpuTime();
        u.findings(clean, meta, segments);
        long t4 = threads.getCurrentThreadCpuTime();
        u.personalData(clean, meta, KnownPersonalData.NONE, List.of());
        long t5 = threads.getCurrentThreadCpuTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
    }

    /** The extracted texts of the first {@code docs} files of the corpus, extracting and keeping them the first time. */
    private static List<String> texts(ObservaConfig config, Path dir, int docs) throws IOException {
        Path corpus = dir.resolve("corpus");
        Path extracted = dir.resolve("textos");
        if (!Files.isDirectory(extracted)) {
            if (!Files.isDirectory(corpus)) {
                new SampleReportGenerator().writeRandomCorpus(corpus, docs, 42L, false);
            }
            Files.createDirectories(extracted);
            ObservaConfig inProcess = config.with("observa.extract.isolation", "none").with("observa.ocr", "off")
                    .with("observa.data", dir.resolve("datos").toAbsolutePath().toString());
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
            }
            try (TextExtractor extractor = new TextExtractor(inProcess)) {
                int n = 0;
                for (Path f : files) {
                    String text = extractor.extract(f, f.getFileName().toString()).text();
                    Files.writeString(extracted.resolve(String.format(Locale.ROOT, "%05d.txt", n++)), text, StandardCharsets.UTF_8);
                }
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(extracted)) {
            for (Path f : s.sorted().limit(docs).toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
