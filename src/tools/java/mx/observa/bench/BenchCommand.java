package mx.observa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchBackends;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./observa bench}: a developer tool, not part of the service. It lives beside the sample generator in
 * {@code src/tools} (compiled with the tests, never packed into {@code observa.jar}); the launcher runs it with the
 * service's jar and the tools' classes on the class path.
 */
@Command(name = "observa bench", mixinStandardHelpOptions = false, description = {
        "Mide el rendimiento en esta máquina y lo compara con su techo físico: Tika sola con todos los núcleos "
                + "frente a la ingesta de punta a punta (servicio con -Xmx512m), latencia de búsqueda con facetas y "
                + "resaltado, tiempo del informe consolidado, memoria pico de cada fase y OCR por separado.",
        "Imprime una tabla y escribe el resultado en JSON (bench/results/ en modo completo). No usa ./data ni ./index: "
                + "trabaja en su propia carpeta. Vea bench/README.md."},
        synopsisHeading = "Uso: ", descriptionHeading = "%n", optionListHeading = "%nOpciones:%n")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Muestra esta ayuda y termina.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Modo rápido (pocos documentos, sin objetivos): comprueba que el banco de "
            + "pruebas funciona; es lo que corre la integración continua. Escribe en target/bench/.")
    boolean quick;

    @Option(names = "--docs", paramLabel = "N", description = "Documentos del corpus de ingesta (completo: 1000; rápido: 20).")
    Integer docs;

    @Option(names = "--docs-realista", paramLabel = "N", description = "Archivos del corpus realista, repartidos por "
            + "todo él y con su misma proporción de fotos y escaneos; antes, los tres lados se calientan con los mismos "
            + "archivos: los sintéticos de calentamiento y otros 3/4 de N del corpus realista (completo: 200 de 576, "
            + "tras 150; rápido: 20, tras 15).")
    Integer realisticDocs;

    @Option(names = "--findings", paramLabel = "N,N", split = ",",
            description = "Tamaños del índice, en hallazgos, para medir la búsqueda (completo: 100000,1000000).")
    List<Integer> findings;

    @Option(names = "--reports", paramLabel = "N", description = "Informes en la fase del informe consolidado (completo: 10000).")
    Integer reports;

    @Option(names = "--store-reports", paramLabel = "N",
            description = "Informes en la fase del almacén: estado, reindexación, arranque e informe, cada uno con -Xmx512m (completo: 100000).")
    Integer storeReports;

    @Option(names = "--ocr-pages", paramLabel = "N", description = "Páginas en la fase de OCR (completo: 16).")
    Integer ocrPages;

    @Option(names = "--rounds", paramLabel = "N", description = "Veces que se miden, alternadas, Tika sola y la ingesta; "
            + "se informa la mediana (completo: 3; rápido: 1).")
    Integer rounds;

    @Option(names = "--pasadas", paramLabel = "N", description = "Pasadas medidas de la mezcla de consultas en cada "
            + "tamaño, después de otras tantas de calentamiento (completo: 20; rápido: 2).")
    Integer passes;

    @Option(names = "--out", paramLabel = "DIR", description = "Dónde escribir el JSON (completo: bench/results; rápido: target/bench).")
    Path out;

    @Option(names = "--work", paramLabel = "DIR", description = "Carpeta de trabajo: corpus (se conserva entre corridas) e "
            + "índices (predeterminada: target/bench-trabajo).")
    Path work;

    @Option(names = "--backend", paramLabel = "lucene|opensearch", defaultValue = "lucene",
            description = "opensearch: mide sólo la búsqueda y la ingesta por lotes en OpenSearch, junto al índice "
                    + "integrado con los mismos hallazgos y consultas, en el clúster de prueba de 3 nodos que arrancan "
                    + "las pruebas (o en el de config/observa.properties si observa.index.backend=opensearch).")
    String backend;

    @Option(names = "--node-heap", paramLabel = "TAMAÑO", defaultValue = "1g",
            description = "Memoria de cada nodo del clúster de prueba con --backend opensearch (predeterminada: ${DEFAULT-VALUE}).")
    String nodeHeap;

    @Option(names = "--profile", description = "Graba un perfil JFR del servicio durante la ingesta (en la carpeta de trabajo).")
    boolean profile;

    @Option(names = "--solo", paramLabel = "FASE", split = ",",
            description = "Corre sólo estas fases: ingesta, busqueda, informe, almacen, ocr (p. ej. --solo busqueda).")
    java.util.Set<String> only;

    @Option(names = "--corpus", paramLabel = "CORPUS", split = ",",
            description = "Corpus de la ingesta: sintetico (1,000 informes generados, sin OCR), realista (los informes de "
                    + "los conjuntos etiquetados y de sample-reports en sus formatos, y un 10 %% de fotos y escaneos con "
                    + "OCR) o ambos (completo: ambos; rápido: sintetico).")
    java.util.Set<String> corpora;

    @Override
    public Integer call() throws Exception {
        ObservaConfig config = ObservaConfig.load();
        Path home = config.home();
        Path workDir = work != null ? work.toAbsolutePath() : home.resolve("target").resolve("bench-trabajo");
        Path outDir = out != null ? out.toAbsolutePath()
                : quick ? home.resolve("target").resolve("bench") : home.resolve("bench").resolve("results");
        BenchOptions defaults = quick ? BenchOptions.quick(workDir, outDir, jar(home))
                : BenchOptions.full(workDir, outDir, jar(home));
        BenchOptions options = new BenchOptions(quick, docs != null ? docs : defaults.docs(),
                realisticDocs != null ? realisticDocs : defaults.realisticDocs(),
                findings != null ? findings : defaults.findings(), reports != null ? reports : defaults.reports(),
                storeReports != null ? storeReports : defaults.storeReports(),
                ocrPages != null ? ocrPages : defaults.ocrPages(), rounds != null ? rounds : defaults.rounds(),
                passes != null ? passes : defaults.searchPasses(), defaults.seed(), workDir,
                outDir, defaults.jar(), profile, only, corpora);
        if (SearchBackends.OPENSEARCH.equalsIgnoreCase(backend)) {
            ClusterBench.run(config, options, nodeHeap, spec.commandLine().getOut());
        } else if (SearchBackends.LUCENE.equalsIgnoreCase(backend)) {
            Benchmark.run(config, options, spec.commandLine().getOut());
        } else {
            throw new IllegalArgumentException("--backend debe ser «lucene» u «opensearch», no «" + backend + "»");
        }
        return 0;
    }

    /** The service jar the ingest phase starts (the tools themselves are never inside it). */
    private static Path jar(Path home) {
        Path built = home.resolve("target").resolve("observa.jar");
        if (!Files.exists(built)) {
            throw new IllegalStateException("No se encontró " + built + ": compile primero (./observa lo hace solo).");
        }
        return built;
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        });
        System.exit(cli.execute(args));
    }
}
