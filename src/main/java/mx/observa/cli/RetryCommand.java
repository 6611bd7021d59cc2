package mx.observa.cli;

import java.util.concurrent.Callable;

import mx.observa.app.Retries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reintentar", description = "Vuelve a procesar los informes que fallaron por un problema de Observa "
        + "(no del archivo): procesos lectores que no arrancaron, errores del índice o del disco. Cada inicio ya los "
        + "reintenta; si el servicio está en marcha, se lo pide.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class RetryCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Imprime el resultado en JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Retries.Result result = Retries.run(parent.storage.config());
        if (json) {
            Output.json(spec.commandLine().getOut(), result.toJson());
        } else {
            spec.commandLine().getOut().print(result.toText());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
