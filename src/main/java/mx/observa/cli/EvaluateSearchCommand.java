package mx.observa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.config.ObservaConfig;
import mx.observa.evaluation.SearchEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluar-busqueda", description = {
        "Mide la búsqueda con las consultas juzgadas: procesa el corpus con el pipeline real en un índice nuevo, corre "
                + "cada consulta y da recall@10, nDCG@10 y MRR por consulta y en promedio, para la parte de ajuste y, si "
                + "existe, la parte ciega, junto a Lucene simple (analizador predeterminado, OR) medido en la misma corrida.",
        "No usa ./data ni ./index. Vea docs/busqueda.md."},
        synopsisHeading = "Uso: ", descriptionHeading = "%n", optionListHeading = "%nOpciones:%n")
final class EvaluateSearchCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", split = ",",
            description = "Carpetas con los archivos entregados (predeterminado: los archivos que lista corpus.txt en la "
                    + "carpeta de consultas, el corpus sobre el que se juzgó).")
    List<Path> corpus;

    @Option(names = "--consultas", paramLabel = "DIR",
            description = "Carpeta con consultas.csv y juicios.csv, y consultas-ciegas.csv y juicios-ciegos.csv si existen "
                    + "(predeterminada: src/test/resources/busqueda).")
    Path queries;

    @Option(names = "--work", paramLabel = "DIR", description = "Carpeta de trabajo, se vacía antes (predeterminada: target/evaluar-busqueda).")
    Path work;

    @Option(names = "--json", description = "Imprime el resultado en JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ObservaConfig config = parent.storage.config();
        Path home = config.home();
        SearchEvaluation.Result result = SearchEvaluation.run(config, corpus,
                queries != null ? queries : home.resolve("src/test/resources/busqueda"),
                work != null ? work.toAbsolutePath() : home.resolve("target").resolve("evaluar-busqueda"));
        if (json) {
            Output.json(spec.commandLine().getOut(), SearchEvaluation.json(result));
        } else {
            spec.commandLine().getOut().print(SearchEvaluation.text(result));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
