package mx.observa.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;

/**
 * One benchmark run: the pipeline measured against its physical ceiling, side by side, on this machine. Phases, in
 * order: corpus (generated once, cached), Tika alone on all cores (in-process: the ceiling; isolated in child JVMs, as
 * the service runs it), end-to-end ingest through the service with isolation on and inbox-to-searchable latency,
 * search latency at each index size, the consolidated report, every reader of the report store, OCR; or only those
 * {@link BenchOptions#phases} names. Prints a Markdown table and writes the JSON result. Targets are evaluated here,
 * never in unit tests.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** Runs every phase; returns the JSON file written. */
    public static Path run(ObservaConfig base, BenchOptions o, PrintWriter out) throws Exception {
        String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm"));
        BenchResult result = new BenchResult(o, Machine.describe(), commit(base.home()), date.replace('T', ' '));
        Files.createDirectories(o.workDir());

        if (o.runs("ingesta")) {
            progress(out, "Corpus: %d informes + %d de calentamiento (se generan una vez y se guardan en %s)",
                    o.docs(), o.warmupDocs(), o.workDir());
            List<Path> corpus = CorpusPhase.corpus(o.workDir(), o.docs(), o.seed());
            List<Path> warmup = CorpusPhase.corpus(o.workDir(), o.warmupDocs(), o.seed() + 1);
            progress(out, "Corpus listo: %d archivos, %d KB", corpus.size(), CorpusPhase.bytes(corpus) / 1024);
            List<Path> latencyFiles = CorpusPhase.corpus(o.workDir(), o.latencyDocs(), o.seed() + 2);
            if (o.ingestsCorpus(BenchOptions.SYNTHETIC)) {
                ingestRounds(base, o, out, result, warmup, corpus, latencyFiles, "");
            }
            if (o.ingestsCorpus(BenchOptions.REALISTIC)) {
                List<Path> whole = RealisticCorpus.corpus(base.home(), o.workDir(), o.seed());
                List<Path> realistic = RealisticCorpus.sample(whole, o.realisticDocs());
                // Latency on files the timed batch did not deliver (the same bytes again would be duplicates).
                List<Path> notTimed = RealisticCorpus.rest(whole, realistic);
                List<Path> realisticLatency = RealisticCorpus.sample(notTimed, o.realisticLatencyDocs());
                // Its own warm-up after the synthetic one, the same files on the three sides: the code paths of the
                // mixed formats and OCR, after many more files through the paths every report takes.
                List<Path> realisticWarmup = RealisticCorpus.sample(RealisticCorpus.rest(notTimed, realisticLatency),
                        o.realisticWarmupDocs());
                progress(out, "Corpus realista: %d archivos, %d KB, %d fotos y escaneos (OCR); de calentamiento, los "
                                + "%d sintéticos y %d más del realista (%d con OCR); %d más para la latencia",
                        realistic.size(), CorpusPhase.bytes(realistic) / 1024, RealisticCorpus.scans(realistic),
                        warmup.size(), realisticWarmup.size(), RealisticCorpus.scans(realisticWarmup),
                        realisticLatency.size());
                List<Path> bothWarmups = new ArrayList<>(warmup);
                bothWarmups.addAll(realisticWarmup);
                ingestRounds(base, o, out, result, bothWarmups, realistic, realisticLatency, TikaCeiling.REALISTIC);
            }
        }
        if (o.runs("busqueda")) {
            progress(out, "Búsqueda en %s hallazgos…", o.findings());
            for (PhaseResult p : SearchPhase.run(base, o.workDir(), o.findings(), o.searchPasses(), o.seed())) {
                result.add(report(out, p));
            }
        }
        if (o.runs("informe")) {
            progress(out, "Informe consolidado de %d informes…", o.reports());
            result.add(report(out, ReportPhase.run(base, o.workDir(), o.reports(), o.seed())));
        }
        if (o.runs("almacen")) {
            progress(out, "Almacén de %d informes: estado, reindexación, arranque e informe, cada uno con -Xmx%s…",
                    o.storeReports(), JavaCommand.HEAP);
            for (PhaseResult p : StorePhase.run(base, o.workDir(), o.jar(), o.storeReports(), o.seed(), o.quick())) {
                result.add(report(out, p));
            }
        }
        if (o.runs("ocr")) {
            progress(out, "OCR de %d páginas…", o.ocrPages());
            result.add(report(out, OcrPhase.run(base, o.workDir(), o.ocrPages(), o.seed(), o.workers())));
        }

        Files.createDirectories(o.outDir());
        Path json = o.outDir().resolve(date + ".json");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), result.toJson());
        out.println();
        out.print(result.table());
        out.println();
        out.println("Resultado: " + json);
        out.flush();
        return json;
    }

    /**
     * The ceilings right before the pipeline they are compared with, so a change in the machine's load between the
     * measurements is as small as it can be; {@code rounds} times, the median of each kept.
     */
    private static void ingestRounds(ObservaConfig base, BenchOptions o, PrintWriter out, BenchResult result,
                                     List<Path> warmup, List<Path> files, List<Path> latencyFiles, String corpus)
            throws Exception {
        String label = corpus.isEmpty() ? "" : ", corpus realista";
        List<PhaseResult> inProcess = new ArrayList<>();
        List<PhaseResult> isolated = new ArrayList<>();
        List<PhaseResult> ingests = new ArrayList<>();
        for (int round = 1; round <= o.rounds(); round++) {
            progress(out, "Tika sola (en el mismo proceso, %d hilos%s), ronda %d de %d…", o.workers(), label, round,
                    o.rounds());
            inProcess.add(report(out, TikaCeiling.runFresh(base, o, BenchResult.IN_PROCESS, warmup, files, corpus)));
            progress(out, "Tika sola (aislada, %d procesos hijos%s), ronda %d de %d…", o.workers(), label, round,
                    o.rounds());
            isolated.add(report(out, TikaCeiling.runFresh(base, o, BenchResult.DEFAULT_ISOLATION, warmup, files,
                    corpus)));
            progress(out, "Ingesta de punta a punta (aislada, servicio con -Xmx%s%s)%s, ronda %d de %d…",
                    ServiceProcess.HEAP, label, latencyFiles.isEmpty() ? "" : " y latencia de la bandeja a la búsqueda",
                    round, o.rounds());
            ingests.add(report(out, IngestPhase.run(base, o, BenchResult.DEFAULT_ISOLATION, warmup, files,
                    latencyFiles, corpus)));
        }
        result.add(PhaseResult.median("tika-" + BenchResult.IN_PROCESS + corpus, inProcess, "docs_per_s"));
        result.add(PhaseResult.median("tika-" + BenchResult.DEFAULT_ISOLATION + corpus, isolated, "docs_per_s"));
        result.add(PhaseResult.median("ingesta-" + BenchResult.DEFAULT_ISOLATION + corpus, ingests, "docs_per_s"));
    }

    static PhaseResult report(PrintWriter out, PhaseResult p) {
        p.figures().put("load_avg_1m", loadAverage());
        progress(out, "  %s: %.1f s, heap %d MB, RSS %d MB, %s", p.name(), p.seconds(), p.peakHeapMb(), p.peakRssMb(),
                p.figures());
        return p;
    }

    static void progress(PrintWriter out, String format, Object... args) {
        out.println(format.formatted(args));
        out.flush();
    }

    /**
     * The machine's one-minute load average when a phase ended: on a shared machine, other work competes for the same
     * cores, and a figure measured under load is recognizable as such.
     */
    static double loadAverage() {
        return round(java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Key-value pairs in the order given (the JSON keeps it). */
    static Map<String, Object> figures(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo borrar " + dir, e);
        }
    }

    /** The checked-out commit, so a result names the code it measured; null outside a git work tree. */
    static String commit(Path home) {
        try {
            Process git = new ProcessBuilder("git", "-C", home.toString(), "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true).start();
            String id = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? id : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
