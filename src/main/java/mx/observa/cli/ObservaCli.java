package mx.observa.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code observa}: the command line of Observa. Every subcommand has its own Spanish {@code --help}. */
@Command(name = "observa",
        description = "Observa: recepción, análisis, búsqueda e informe consolidado de los informes de observación "
                + "de la Consulta de Presupuesto Participativo 2022.",
        synopsisHeading = "Uso: ", descriptionHeading = "%n", optionListHeading = "%nOpciones:%n",
        commandListHeading = "%nComandos:%n", parameterListHeading = "%nParámetros:%n",
        subcommands = {DemoCommand.class, IngestCommand.class, StatusCommand.class, AnalyzeCommand.class,
                SearchCommand.class, ServeCommand.class, ReportCommand.class, ReindexCommand.class,
                BackupCommand.class, UserCommand.class, ImportCsvCommand.class, RetryCommand.class,
                QualityCommand.class})
public final class ObservaCli implements Runnable {

    /** Lucene says through java.util.logging that its optional vector module is off; users need not see it. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    /** Exit code when another Observa process holds the data folder. */
    static final int BUSY = 3;

    @Mixin
    SpanishHelp help;

    @Mixin
    Storage storage;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ObservaCli());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("Error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (System.getenv("OBSERVA_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return e instanceof mx.observa.app.DataBusyException ? BUSY : 1;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("Error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return 2;
        });
        return cli;
    }
}
