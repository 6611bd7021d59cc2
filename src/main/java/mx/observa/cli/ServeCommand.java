package mx.observa.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import mx.observa.app.ObservaService;
import mx.observa.config.ObservaConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Inicia el servicio: vigila la bandeja de entrada (data/inbox) y sirve la "
        + "aplicación web hasta que se detenga con Ctrl+C.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Puerto HTTP (predeterminado: 8080 u observa.port).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        serve(parent.storage.config(), port, spec);
        return 0;
    }

    /** Runs the service until the JVM is asked to stop (Ctrl+C, SIGTERM). */
    static void serve(ObservaConfig config, Integer port, CommandSpec spec) throws Exception {
        ObservaConfig effective = port == null ? config : config.with("observa.port", Integer.toString(port));
        ObservaService service = ObservaService.start(effective, ObservaService.Mode.SERVICE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "observa-stop"));
        service.resumeUnfinished();
        spec.commandLine().getOut().printf("Observa en marcha: http://localhost:%s  (bandeja: %s). Ctrl+C para detener.%n",
                effective.get("observa.port"), effective.inboxDir());
        spec.commandLine().getOut().flush();
        stopped.await();
    }
}
