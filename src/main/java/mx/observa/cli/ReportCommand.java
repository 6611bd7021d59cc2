package mx.observa.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import mx.observa.config.ObservaConfig;
import mx.observa.report.Publishing;
import mx.observa.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", description = "Escribe el informe consolidado de observación (HTML, PDF, JSON, anexo CSV "
        + "de hallazgos y manifiesto con la huella SHA-256 de cada informe) con todo lo recibido hasta la fecha de "
        + "corte. Funciona también con el servicio en marcha.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Carpeta de salida (predeterminada: ./out).")
    Path out;

    @Option(names = "--cutoff", paramLabel = "AAAA-MM-DD", description = "Fecha de corte: solo informes recibidos hasta ese día (hora de la Ciudad de México). "
            + "Predeterminada: el día del último informe recibido.")
    LocalDate cutoff;

    @Override
    public Integer call() {
        ObservaConfig config = parent.storage.config();
        write(config, out, cutoff, spec);
        return 0;
    }

    static void write(ObservaConfig config, Path out, LocalDate cutoff, CommandSpec spec) {
        List<Path> files = ReportWriter.write(config, Publishing.configured(config), out != null ? out : config.outDir(),
                cutoff);
        spec.commandLine().getOut().println("Informe consolidado escrito:");
        files.forEach(f -> spec.commandLine().getOut().println("  " + f));
    }
}
