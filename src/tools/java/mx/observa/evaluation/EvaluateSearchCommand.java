package mx.observa.evaluation;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchBackends;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./observa evaluar-busqueda}: a developer tool beside the benchmark in {@code src/tools} (compiled with the
 * tests, never packed into {@code observa.jar}): it reads the judged queries and the corpus of the repository.
 */
@Command(name = "observa evaluar-busqueda", description = {
        "Mide la búsqueda con las consultas juzgadas: procesa el corpus con el pipeline real en un índice nuevo, corre "
                + "cada consulta y da recall@10, nDCG@10 y MRR por consulta y en promedio, para la parte de ajuste y, si "
                + "existen, las partes ciegas ya vistas (1 a 4) y la ciega de esta ronda, junto a Lucene simple (analizador predeterminado, OR) medido en la misma corrida.",
        "No usa ./data ni ./index. Vea docs/busqueda.md."},
        synopsisHeading = "Uso: ", descriptionHeading = "%n", optionListHeading = "%nOpciones:%n")
public final class EvaluateSearchCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Muestra esta ayuda y termina.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", split = ",",
            description = "Carpetas con los archivos entregados (predeterminado: los archivos que lista corpus.txt en la "
                    + "carpeta de consultas, el corpus sobre el que se juzgó).")
    List<Path> corpus;

    @Option(names = "--consultas", paramLabel = "DIR",
            description = "Carpeta con consultas.csv y juicios.csv, y consultas-ciegas[-N].csv y juicios-ciegos[-N].csv si existen "
                    + "(predeterminada: src/test/resources/busqueda).")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Carpeta de trabajo, se vacía antes (predeterminada: target/evaluar-busqueda).")
    Path work;

    @Option(names = "--reusar", description = "Busca en el corpus que dejó en la carpeta de trabajo una corrida "
            + "anterior, sin procesarlo otra vez (para medir cambios de la búsqueda, no de la ingesta ni del índice).")
    boolean reuse;

    @Option(names = "--json", description = "Imprime el resultado en JSON.")
    boolean json;

    @Option(names = "--opensearch", paramLabel = "HOSTS", split = ",",
            description = "Mide también sobre este clúster OpenSearch (http://host:puerto, separados por comas), con la "
                    + "misma ingesta del corpus (índice observa-evaluacion); el JSON añade la parte \"opensearch\".")
    List<String> openSearchHosts;

    @Override
    public Integer call() throws Exception {
        ObservaConfig config = ObservaConfig.load();
        Path home = config.home();
        Path judged = queries != null ? queries : home.resolve("src/test/resources/busqueda");
        Path workDir = work != null ? work.toAbsolutePath() : home.resolve("target").resolve("evaluar-busqueda");
        SearchEvaluation.Result result;
        SearchEvaluation.Result onCluster = null;
        if (openSearchHosts != null) {
            if (corpus != null) {
                throw new IllegalArgumentException("--opensearch mide el corpus juzgado (corpus.txt): quite --corpus");
            }
            Map<String, SearchEvaluation.Result> both = SearchEvaluation.onBothBackends(config
                    .with("observa.index.backend", SearchBackends.OPENSEARCH)
                    .with("observa.opensearch.hosts", String.join(",", openSearchHosts))
                    .with("observa.opensearch.index", "observa-evaluacion"), judged, workDir);
            result = both.get(SearchBackends.LUCENE);
            onCluster = both.get(SearchBackends.OPENSEARCH);
        } else {
            result = SearchEvaluation.run(config, corpus, judged, workDir, reuse);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> answer = SearchEvaluation.json(result);
            if (onCluster != null) {
                answer.put(SearchBackends.OPENSEARCH, SearchEvaluation.json(onCluster));
            }
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
        } else {
            out.print(SearchEvaluation.text(result));
            if (onCluster != null) {
                out.printf("%n== La misma medida sobre OpenSearch ==%n");
                out.print(SearchEvaluation.text(onCluster));
            }
        }
        out.flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command with UTF-8 output and Spanish error messages, as the launcher runs it. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EvaluateSearchCommand());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        });
        return cli;
    }
}
