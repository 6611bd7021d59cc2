package mx.observa.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one run, as JSON ({@code bench/results/<fecha>.json}) and as the Markdown table the README shows.
 *
 * <p>Shape: {@code {"machine", "phases_run", "ingest": {"tika_in_process_docs_per_s", "tika_isolated_docs_per_s",
 * "pipeline_docs_per_s", "ratio_in_process", "ratio_isolated", "latency": {"p50_ms", "p95_ms", …}, …}, "peak_heap_mb",
 * "search": {"<findings>": {"p50_ms", "p95_ms", "p99_ms", …}}, "report_<n>_s", "store_<n>":
 * {"status"|"reindex"|"arranque"|"informe": {"seconds", "peak_heap_mb"}}, "ocr_pages_per_s", "targets", "phases"}}
 * (only the phases that ran: {@code --solo} picks them). The evaluation-like corpus ({@code --corpus realista},
 * {@link RealisticCorpus}) adds {@code "ingest_realista"} (the same figures, latency on its own files not in the timed batch) and
 * {@code "peak_heap_mb_realista"}, and its phases end in {@code -realista}. The pipeline runs with the service's
 * default isolation ({@code fork}: Tika in child JVMs); its ratios are to Tika alone in-process (the machine's
 * ceiling) and isolated. {@code peak_heap_mb} is the ingest service's heap.
 */
final class BenchResult {

    static final String DEFAULT_ISOLATION = "fork";
    static final String IN_PROCESS = "in-process";

    /** The issue's targets (full mode only; quick mode is too small for them to mean anything). */
    static final double TARGET_RATIO_IN_PROCESS = 0.60;
    static final double TARGET_RATIO_ISOLATED = 0.90;
    static final double TARGET_LATENCY_P95_MS = 2000;
    static final double TARGET_P95_MS = 50;
    static final int TARGET_P95_AT = 1_000_000;
    static final double TARGET_REPORT_S = 60;
    static final int TARGET_REPORT_AT = 10_000;
    static final long HEAP_LIMIT_MB = 512;
    /** The readers of every report measured by the store phase, in the order they run. */
    static final List<String> STORE_READERS = List.of("status", "reindex", "arranque", "informe");
    static final int TARGET_STORE_AT = 100_000;
    private static final Map<String, String> STORE_LABELS = Map.of("status", "Estado (status)",
            "reindex", "Reindexación desde el almacén", "arranque", "Arranque del servicio (casi duplicados)",
            "informe", "Informe consolidado");

    private final BenchOptions options;
    private final Map<String, Object> machine;
    private final String commit;
    private final String date;
    private final Map<String, PhaseResult> phases = new LinkedHashMap<>();

    BenchResult(BenchOptions options, Map<String, Object> machine, String commit, String date) {
        this.options = options;
        this.machine = machine;
        this.commit = commit;
        this.date = date;
    }

    void add(PhaseResult phase) {
        phases.put(phase.name(), phase);
    }

    private PhaseResult phase(String name) {
        PhaseResult p = phases.get(name);
        if (p == null) {
            throw new IllegalStateException("Falta la fase " + name);
        }
        return p;
    }

    /**
     * The ingest figures of the run: Tika alone in-process (the ceiling of this machine) and isolated (the service's
     * child JVMs), the pipeline with isolation on, both ratios, and inbox-to-searchable latency.
     */
    private Map<String, Object> ingest(String corpus) {
        double inProcess = phase("tika-" + IN_PROCESS + corpus).number("docs_per_s");
        double isolated = phase("tika-" + DEFAULT_ISOLATION + corpus).number("docs_per_s");
        PhaseResult pipeline = phase("ingesta-" + DEFAULT_ISOLATION + corpus);
        double docsPerS = pipeline.number("docs_per_s");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tika_in_process_docs_per_s", Benchmark.round(inProcess));
        m.put("tika_isolated_docs_per_s", Benchmark.round(isolated));
        m.put("pipeline_docs_per_s", Benchmark.round(docsPerS));
        m.put("ratio_in_process", Benchmark.round(docsPerS / inProcess));
        m.put("ratio_isolated", Benchmark.round(docsPerS / isolated));
        m.put("cpu_ms_per_doc", cpuPerDoc(corpus));
        double ceilingCpu = cpuMs(phase("tika-" + IN_PROCESS + corpus));
        double isolatedCpu = cpuMs(phase("tika-" + DEFAULT_ISOLATION + corpus));
        double pipelineCpu = cpuMs(pipeline);
        // what the ratios would be on a machine where nothing else runs and all three are bound by CPU
        m.put("cpu_ratio_in_process", Benchmark.round(ceilingCpu / pipelineCpu));
        m.put("cpu_ratio_isolated", Benchmark.round(isolatedCpu / pipelineCpu));
        for (String k : List.of("latency", "latency_loaded")) {
            if (pipeline.figures().containsKey(k)) {
                m.put(k, pipeline.figures().get(k));
            }
        }
        return m;
    }

    /** CPU time per document of a phase: its main JVM and its child processes (Tika's JVMs, tesseract). */
    private static double cpuMs(PhaseResult p) {
        return p.number("cpu_ms_per_doc_main") + p.number("cpu_ms_per_doc_workers");
    }

    /**
     * CPU per document of each side and, for the pipeline, of each stage as its threads show it: the processing
     * threads (Camel: extraction's parent side, understanding, store, index adds), the JIT compiler, the index commit,
     * GC, the rest of the service's threads, and the Tika child JVMs with their tesseract.
     */
    private Map<String, Object> cpuPerDoc(String corpus) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tika_in_process", Benchmark.round(cpuMs(phase("tika-" + IN_PROCESS + corpus))));
        PhaseResult isolated = phase("tika-" + DEFAULT_ISOLATION + corpus);
        m.put("tika_isolated", Map.of("main", isolated.number("cpu_ms_per_doc_main"),
                "children", isolated.number("cpu_ms_per_doc_workers")));
        PhaseResult pipeline = phase("ingesta-" + DEFAULT_ISOLATION + corpus);
        double docs = pipeline.number("docs");
        Map<String, Object> stages = new LinkedHashMap<>();
        double threads = 0;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) pipeline.figures().get("service_cpu_s_by_thread")).entrySet()) {
            String stage = stageOf((String) e.getKey());
            double ms = ((Number) e.getValue()).doubleValue() * 1000 / docs;
            stages.merge(stage, ms, (a, b) -> (double) a + (double) b);
            threads += ms;
        }
        stages.replaceAll((k, v) -> Benchmark.round((double) v));
        // the rest of the process's CPU: thread groups under 0.1 s (not listed by the sampler) and threads that ended
        stages.put("other", Benchmark.round(Math.max(0, pipeline.number("cpu_ms_per_doc_main") - threads)));
        stages.put("tika_children", pipeline.number("cpu_ms_per_doc_workers"));
        m.put("pipeline", stages);
        return m;
    }

    private static String stageOf(String threadGroup) {
        if (threadGroup.startsWith("Camel")) {
            return "processing";
        }
        if (threadGroup.contains("CompilerThre")) {
            return "jit";
        }
        if (threadGroup.startsWith("observa-commit")) {
            return "index_commit";
        }
        if (threadGroup.startsWith("GC") || threadGroup.startsWith("G#")) {
            return "gc";
        }
        return "other_threads";
    }

    /** The corpora the ingest phases ran on, as phase-name suffixes: {@code ""} synthetic, {@code "-realista"}. */
    private List<String> ingestCorpora() {
        List<String> corpora = new ArrayList<>();
        if (options.runs("ingesta") && options.ingestsCorpus(BenchOptions.SYNTHETIC)) {
            corpora.add("");
        }
        if (options.runs("ingesta") && options.ingestsCorpus(BenchOptions.REALISTIC)) {
            corpora.add(TikaCeiling.REALISTIC);
        }
        return corpora;
    }

    /** JSON and target keys of a corpus: {@code ingest} for the synthetic one, {@code ingest_realista}. */
    private static String key(String base, String corpus) {
        return base + corpus.replace('-', '_');
    }

    /** The target is judged on the loaded run: files arriving at {@link LatencyPhase#LOADED} of the throughput. */
    private double latencyP95(String corpus) {
        Object latency = phase("ingesta-" + DEFAULT_ISOLATION + corpus).figures().get("latency_loaded");
        return ((Number) ((Map<?, ?>) latency).get("p95_ms")).doubleValue();
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("mode", options.quick() ? "quick" : "full");
        json.put("date", date);
        json.put("commit", commit);
        json.put("phases_run", options.phases().stream().sorted().toList());
        for (String corpus : ingestCorpora()) {
            Map<String, Object> ingest = ingest(corpus);
            ingest.put("isolation", DEFAULT_ISOLATION);
            ingest.put("docs", phase("ingesta-" + DEFAULT_ISOLATION + corpus).figures().get("docs"));
            // untimed, the same files on all three sides (from 2026-12-03, sixth session)
            ingest.put("warmup_docs", phase("ingesta-" + DEFAULT_ISOLATION + corpus).figures().get("warmup_docs"));
            json.put(key("ingest", corpus), ingest);
            json.put(key("peak_heap_mb", corpus), phase("ingesta-" + DEFAULT_ISOLATION + corpus).peakHeapMb());
        }
        Map<String, Object> search = new LinkedHashMap<>();
        for (int size : options.runs("busqueda") ? options.findings() : List.<Integer>of()) {
            PhaseResult p = phase("busqueda-" + size);
            Map<String, Object> s = new LinkedHashMap<>();
            for (String k : List.of("p50_ms", "p95_ms", "p99_ms", "cpu_p50_ms", "cpu_p95_ms", "findings", "queries",
                    "load_avg_1m")) {
                s.put(k, p.figures().get(k));
            }
            search.put(Integer.toString(size), s);
        }
        if (!search.isEmpty()) {
            json.put("search", search);
        }
        if (options.runs("informe")) {
            json.put("report_" + options.reports() + "_s", Benchmark.round(phase("informe").seconds()));
        }
        if (options.runs("almacen")) {
            Map<String, Object> store = new LinkedHashMap<>();
            for (String reader : STORE_READERS) {
                PhaseResult p = phase("almacen-" + reader);
                store.put(reader, Map.of("seconds", Benchmark.round(p.seconds()), "peak_heap_mb", p.peakHeapMb()));
            }
            json.put("store_" + options.storeReports(), store);
        }
        if (options.runs("ocr")) {
            json.put("ocr_pages_per_s", phase("ocr").number("pages_per_s"));
        }
        json.put("targets", targets());
        Map<String, Object> all = new LinkedHashMap<>();
        phases.forEach((name, p) -> all.put(name, p.toJson()));
        json.put("phases", all);
        return json;
    }

    /** Each target with its measured value and whether it is met; empty in quick mode. */
    Map<String, Object> targets() {
        Map<String, Object> t = new LinkedHashMap<>();
        if (options.quick()) {
            return t;
        }
        for (String corpus : ingestCorpora()) {
            Map<String, Object> ingest = ingest(corpus);
            double ratio = (double) ingest.get("ratio_in_process");
            t.put(key("ingest_ratio_in_process", corpus), target(">= " + TARGET_RATIO_IN_PROCESS, ratio,
                    ratio >= TARGET_RATIO_IN_PROCESS));
            double isolatedRatio = (double) ingest.get("ratio_isolated");
            t.put(key("ingest_ratio_isolated", corpus), target(">= " + TARGET_RATIO_ISOLATED, isolatedRatio,
                    isolatedRatio >= TARGET_RATIO_ISOLATED));
            if (phase("ingesta-" + DEFAULT_ISOLATION + corpus).figures().containsKey("latency_loaded")) {
                double latency = latencyP95(corpus);
                t.put(key("inbox_to_searchable_p95_ms", corpus), target("<= " + TARGET_LATENCY_P95_MS, latency,
                        latency <= TARGET_LATENCY_P95_MS));
            }
        }
        if (phases.containsKey("busqueda-" + TARGET_P95_AT)) {
            double p95 = phase("busqueda-" + TARGET_P95_AT).number("p95_ms");
            t.put("search_p95_ms_at_" + TARGET_P95_AT, target("<= " + TARGET_P95_MS, p95, p95 <= TARGET_P95_MS));
        }
        if (options.runs("informe") && options.reports() == TARGET_REPORT_AT) {
            double s = phase("informe").seconds();
            t.put("report_s_at_" + TARGET_REPORT_AT, target("<= " + TARGET_REPORT_S, Benchmark.round(s),
                    s <= TARGET_REPORT_S));
        }
        for (String corpus : ingestCorpora()) {
            long heap = phase("ingesta-" + DEFAULT_ISOLATION + corpus).peakHeapMb();
            t.put(key("ingest_heap_mb", corpus), target("-Xmx512m", heap, heap <= HEAP_LIMIT_MB));
        }
        if (options.runs("almacen") && options.storeReports() >= TARGET_STORE_AT) {
            // each reader ran in a JVM of -Xmx512m and finished: the phase fails otherwise
            long storeHeap = STORE_READERS.stream().mapToLong(r -> phase("almacen-" + r).peakHeapMb()).max().orElse(0);
            t.put("store_readers_heap_mb_at_" + TARGET_STORE_AT, target("-Xmx512m", storeHeap, storeHeap <= HEAP_LIMIT_MB));
        }
        return t;
    }

    private static Map<String, Object> target(String goal, Object value, boolean met) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goal", goal);
        m.put("value", value);
        m.put("met", met);
        return m;
    }

    /** The Markdown table printed at the end of a run and pasted into bench/README.md. */
    String table() {
        List<String> rows = new ArrayList<>();
        rows.add("Máquina: " + Machine.oneLine(machine) + " — modo " + (options.quick() ? "rápido" : "completo")
                + (commit != null ? ", commit " + commit : "") + ", " + date);
        rows.add("");
        rows.add("| Fase | Resultado | Heap pico | RSS pico | Objetivo |");
        rows.add("|---|---|---|---|---|");
        for (String corpus : ingestCorpora()) {
            Map<String, Object> ingest = ingest(corpus);
            String label = corpus.isEmpty() ? "" : ", corpus realista";
            PhaseResult ceiling = phase("tika-" + IN_PROCESS + corpus);
            rows.add(row("Tika sola, en el mismo proceso (" + ceiling.figures().get("workers") + " hilos" + label + ")",
                    ceiling.figures().get("docs_per_s") + " docs/s" + load(ceiling), ceiling, "techo"));
            PhaseResult isolated = phase("tika-" + DEFAULT_ISOLATION + corpus);
            rows.add(row("Tika sola, aislada (" + isolated.figures().get("workers") + " procesos hijos" + label + ")",
                    isolated.figures().get("docs_per_s") + " docs/s" + load(isolated), isolated, ""));
            PhaseResult pipeline = phase("ingesta-" + DEFAULT_ISOLATION + corpus);
            rows.add(row("Ingesta de punta a punta (aislada" + label + ")", ingest.get("pipeline_docs_per_s")
                            + " docs/s = " + ingest.get("ratio_in_process") + " × techo = " + ingest.get("ratio_isolated")
                            + " × Tika aislada (" + pipeline.figures().get("quarantined") + " en cuarentena)"
                            + load(pipeline), pipeline,
                    mark("≥ " + TARGET_RATIO_IN_PROCESS + " × techo", key("ingest_ratio_in_process", corpus)) + ", "
                            + mark("≥ " + TARGET_RATIO_ISOLATED + " × aislada", key("ingest_ratio_isolated", corpus))
                            + ", " + mark("-Xmx512m", key("ingest_heap_mb", corpus))));
            rows.add(row("CPU por documento (ms; techo / aislada / canalización por etapa" + label + ")",
                    ((Map<?, ?>) ingest.get("cpu_ms_per_doc")).entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "))
                            + " → por CPU " + ingest.get("cpu_ratio_in_process") + " × techo, "
                            + ingest.get("cpu_ratio_isolated") + " × aislada", pipeline, ""));
            if (ingest.get("latency") instanceof Map<?, ?> latency) {
                rows.add(latencyRow(latency, pipeline, ""));
            }
            if (ingest.get("latency_loaded") instanceof Map<?, ?> latency) {
                rows.add(latencyRow(latency, pipeline,
                        mark("p95 ≤ " + (int) TARGET_LATENCY_P95_MS + " ms", key("inbox_to_searchable_p95_ms", corpus))));
            }
        }
        for (int size : options.runs("busqueda") ? options.findings() : List.<Integer>of()) {
            PhaseResult s = phase("busqueda-" + size);
            rows.add(row("Búsqueda, " + "%,d".formatted(size) + " hallazgos",
                    "p50 %s / p95 %s / p99 %s ms (carga %s; CPU p50 %s / p95 %s ms)".formatted(s.figures().get("p50_ms"),
                            s.figures().get("p95_ms"), s.figures().get("p99_ms"), s.figures().get("load_avg_1m"),
                            s.figures().get("cpu_p50_ms"), s.figures().get("cpu_p95_ms")), s,
                    size == TARGET_P95_AT ? mark("p95 ≤ " + (int) TARGET_P95_MS + " ms", "search_p95_ms_at_" + size) : ""));
        }
        if (options.runs("informe")) {
            PhaseResult report = phase("informe");
            rows.add(row("Informe consolidado, " + "%,d".formatted(options.reports()) + " informes",
                    Benchmark.round(report.seconds()) + " s", report,
                    options.reports() == TARGET_REPORT_AT ? mark("≤ " + (int) TARGET_REPORT_S + " s", "report_s_at_" + TARGET_REPORT_AT) : ""));
        }
        for (String reader : options.runs("almacen") ? STORE_READERS : List.<String>of()) {
            PhaseResult p = phase("almacen-" + reader);
            rows.add(row(STORE_LABELS.get(reader) + ", " + "%,d".formatted(options.storeReports()) + " informes",
                    Benchmark.round(p.seconds()) + " s", p,
                    options.storeReports() >= TARGET_STORE_AT ? mark("-Xmx512m", "store_readers_heap_mb_at_" + TARGET_STORE_AT) : ""));
        }
        if (options.runs("ocr")) {
            PhaseResult ocr = phase("ocr");
            rows.add(row("OCR (tesseract spa)", ocr.figures().get("pages_per_s") + " páginas/s", ocr, "aparte"));
        }
        return String.join("\n", rows) + "\n";
    }

    private static String latencyRow(Map<?, ?> latency, PhaseResult pipeline, String goal) {
        return row("De la bandeja a la búsqueda (" + latency.get("files") + " archivos, " + latency.get("rate_per_s")
                        + " por s = " + Math.round(((Number) latency.get("share_of_throughput")).doubleValue() * 100)
                        + " % del ritmo de la ingesta)",
                "formatos con texto (" + latency.get("text_files") + "): p50 " + latency.get("p50_ms") + " / p95 "
                        + latency.get("p95_ms") + " ms (archivado → indexado p95 " + latency.get("archived_to_indexed_p95_ms")
                        + " ms)" + (latency.get("scans") != null ? "; fotos y escaneos (" + latency.get("scans")
                        + ", con OCR): p50 " + latency.get("scans_p50_ms") + " / p95 " + latency.get("scans_p95_ms")
                        + " ms" : ""), pipeline, goal);
    }

    private String mark(String goal, String key) {
        Object t = targets().get(key);
        if (!(t instanceof Map<?, ?> m)) {
            return goal;
        }
        return goal + (Boolean.TRUE.equals(m.get("met")) ? " ✔" : " ✘");
    }

    /** The machine's load average during the phase (each round's, when it ran several times). */
    private static String load(PhaseResult p) {
        Object rounds = p.figures().get("rounds_load_avg_1m");
        return " (carga " + (rounds instanceof List<?> l ? l.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(" / ")) : p.figures().get("load_avg_1m")) + ")";
    }

    private static String row(String name, String value, PhaseResult p, String goal) {
        return "| %s | %s | %d MB | %d MB | %s |".formatted(name, value, p.peakHeapMb(), p.peakRssMb(), goal);
    }
}
