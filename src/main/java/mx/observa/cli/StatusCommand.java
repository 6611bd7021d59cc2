package mx.observa.cli;

import java.util.concurrent.Callable;

import mx.observa.app.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "status", description = "Muestra cuántos informes, hallazgos, duplicados, archivos en cuarentena y "
        + "pendientes en la bandeja hay. Funciona también con el servicio en marcha.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Imprime los conteos en JSON.")
    boolean json;

    @Override
    public Integer call() {
        Status status = Status.read(parent.storage.config());
        if (json) {
            Output.json(spec.commandLine().getOut(), status.toJson());
        } else {
            spec.commandLine().getOut().print(status.toText());
        }
        return 0;
    }
}
