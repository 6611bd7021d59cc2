package mx.observa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.app.IngestSummary;
import mx.observa.app.Ingestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Procesa una vez los archivos o carpetas indicados (los originales no se tocan) "
        + "y muestra el resumen: aceptados, duplicados y en cuarentena. Si el servicio está en marcha, se los entrega.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n", parameterListHeading = "%nParámetros:%n")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUTA", description = "Archivos o carpetas con informes.")
    List<Path> paths;

    @Option(names = "--json", description = "Imprime el resumen en JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        IngestSummary summary = Ingestion.run(parent.storage.config(), paths);
        if (json) {
            Output.json(spec.commandLine().getOut(), summary.toJson());
        } else {
            spec.commandLine().getOut().print(summary.toText());
        }
        return 0;
    }
}
