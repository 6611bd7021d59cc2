package mx.observa.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.app.CsvImport;
import mx.observa.app.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-csv", description = "Importa exportaciones CSV de cuestionarios (Google Forms, KoboToolbox, "
        + "Microsoft Forms): cada fila es un informe. Las columnas se reconocen con config/csv-columnas.yaml. "
        + "Importar otra vez el mismo archivo no agrega nada; una exportación más reciente agrega solo las filas nuevas. "
        + "Si el servicio está en marcha, se los entrega.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n", parameterListHeading = "%nParámetros:%n")
final class ImportCsvCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARCHIVO", description = "Archivos CSV (UTF-8 o Latin-1; coma, punto y coma o tabulador).")
    List<Path> files;

    @Option(names = "--json", description = "Imprime el resultado en JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        IngestSummary summary = new IngestSummary();
        List<CsvImport.FileResult> results = CsvImport.run(parent.storage.config(), files, summary);
        var out = spec.commandLine().getOut();
        if (results.isEmpty()) {
            out.print(summary.toText());
        } else if (json) {
            Output.json(out, results.stream().map(CsvImport.FileResult::toJson).toList());
        } else {
            out.print(summary.resumedText());
            results.forEach(r -> out.print(r.toText()));
        }
        out.flush();
        return 0;
    }
}
