package mx.observa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.app.IngestSummary;
import mx.observa.app.ObservaService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", description = "Reconstruye el índice de búsqueda desde el archivo: vuelve a extraer y "
        + "analizar cada envío archivado. Requiere que el servicio esté detenido.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ObservaService service = ObservaService.start(parent.storage.config(), ObservaService.Mode.BATCH)) {
            service.clearIndex();
            IngestSummary summary = new IngestSummary();
            service.reprocess(List.copyOf(service.archived())).forEach(summary::add);
            spec.commandLine().getOut().print("Índice reconstruido desde el archivo.\n" + summary.toText());
        }
        return 0;
    }
}
