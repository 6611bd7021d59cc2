package mx.observa.cli;

import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.app.IngestSummary;
import mx.observa.app.ObservaService;
import mx.observa.app.Reindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", description = "Reconstruye el índice de búsqueda desde el almacén de informes (lo que "
        + "Observa ya entendió de cada uno), sin volver a leer los archivos. Con --reextract vuelve a extraer y "
        + "analizar cada envío archivado. Requiere que el servicio esté detenido.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--reextract", description = "Vuelve a leer cada archivo del archivo (Tika y OCR) y a analizarlo, "
            + "y reemplaza lo guardado en el almacén: para cuando cambió la extracción o el análisis.")
    boolean reextract;

    @Override
    public Integer call() throws Exception {
        if (reextract) {
            try (ObservaService service = ObservaService.start(parent.storage.config(), ObservaService.Mode.BATCH)) {
                service.clearIndex();
                IngestSummary summary = new IngestSummary();
                service.reextract(List.copyOf(service.archived())).forEach(summary::add);
                spec.commandLine().getOut().print("Índice reconstruido leyendo de nuevo el archivo.\n" + summary.toText());
            }
            return 0;
        }
        Reindex.Result result = Reindex.fromStore(parent.storage.config());
        spec.commandLine().getOut().printf("Índice reconstruido desde el almacén de informes: %d informes, %d hallazgos.%n",
                result.reports(), result.findings());
        if (result.waiting() > 0) {
            spec.commandLine().getOut().printf("%d envíos archivados aún sin analizar se procesarán al iniciar Observa "
                    + "(serve o ingest).%n", result.waiting());
        }
        return 0;
    }
}
