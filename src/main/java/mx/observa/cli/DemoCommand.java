package mx.observa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import mx.observa.app.IngestSummary;
import mx.observa.app.Ingestion;
import mx.observa.config.ObservaConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Demostración completa: procesa los informes de ejemplo de sample-reports/, "
        + "los indexa, escribe el informe consolidado en out/ y sirve la aplicación web en http://localhost:8080.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class DemoCommand implements Callable<Integer> {

    /** Files that document the sample folder rather than being reports. */
    private static final Set<String> SAMPLE_DOCS = Set.of("README.md", "catalogo.csv");

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--no-serve", description = "No inicia la aplicación web; termina al escribir el informe.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", description = "Puerto HTTP (predeterminado: 8080).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        ObservaConfig config = parent.storage.config();
        Path samples = config.samplesDir();
        if (!Files.isDirectory(samples)) {
            spec.commandLine().getErr().println("Error: no se encontró la carpeta de ejemplos " + samples);
            return 1;
        }
        spec.commandLine().getOut().println("Procesando los informes de ejemplo de " + samples + " …");
        spec.commandLine().getOut().flush();
        IngestSummary summary = Ingestion.run(config, List.of(samples),
                f -> !SAMPLE_DOCS.contains(f.getFileName().toString()));
        spec.commandLine().getOut().print(summary.toText());
        ReportCommand.write(config, null, null, spec);
        if (!noServe) {
            ServeCommand.serve(config, port, spec);
        }
        return 0;
    }
}
