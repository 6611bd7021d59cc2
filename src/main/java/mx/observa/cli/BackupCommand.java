package mx.observa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import mx.observa.app.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "Escribe un respaldo consistente (archivo, bitácora, cuarentena e índice) en "
        + "una carpeta nueva dentro de DIR. Requiere que el servicio esté detenido.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n", parameterListHeading = "%nParámetros:%n")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Carpeta donde dejar el respaldo.")
    Path target;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(target);
        Path snapshot = Backup.write(parent.storage.config(), target);
        spec.commandLine().getOut().println("Respaldo escrito en " + snapshot);
        spec.commandLine().getOut().println("Para restaurarlo: detenga el servicio y copie sus carpetas data/ e index/ "
                + "a las de Observa (o solo data/ y luego: observa reindex).");
        return 0;
    }
}
