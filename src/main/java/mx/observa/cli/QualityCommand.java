package mx.observa.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.report.Sections;
import mx.observa.review.ReviewQuality;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.review.StoredFindings;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "calidad", description = "Mide la clasificación automática contra lo que revisaron las personas "
        + "(alcaldía, distrito, UT, mesa, fecha, tipo y temas de cada hallazgo, precisión de las incidencias graves). "
        + "Funciona también con el servicio en marcha.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class QualityCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Imprime las cifras en JSON.")
    boolean json;

    @Override
    public Integer call() {
        ObservaConfig config = parent.storage.config();
        ReviewQuality quality;
        ReviewedValues reviewed = Reviews.in(config, Clock.systemUTC()).current();
        // the store, one report at a time; a report that left the index (quarantined after it was stored) is not counted
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir());
             ReportStore store = SqliteReportStore.openForReading(config.storeDir());
             Stream<List<IndexedFinding>> reports = StoredFindings.of(store,
                     folio -> index != null && FindingReader.indexed(index, folio), reviewed)) {
            quality = ReviewQuality.measure(reports, reviewed, Sections::serious);
        }
        if (json) {
            Output.json(spec.commandLine().getOut(), quality.toJson());
        } else {
            spec.commandLine().getOut().print(quality.toText());
        }
        return 0;
    }
}
