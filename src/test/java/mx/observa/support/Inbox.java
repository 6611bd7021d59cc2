package mx.observa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;

import mx.observa.app.ObservaService;

/** Drops files into a running service's inbox the way a person's copy should (never half a file) and waits. */
public final class Inbox {

    private Inbox() {
    }

    /**
     * Drops one file and returns once the folder route has taken that very file (not whatever delivery the route
     * finishes first) and everything it brought has been processed.
     */
    public static void drop(ObservaService service, String name, byte[] content) throws Exception {
        NotifyBuilder taken = taken(service, name);
        Path inbox = service.config().inboxDir();
        Path part = inbox.resolve("." + name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name));
        assertThat(taken.matches(60, TimeUnit.SECONDS)).as("entrega de " + name).isTrue();
        awaitProcessed(service);
    }

    /** Completion of the folder route for the file named {@code name} (its parts, if any, are not counted). */
    public static NotifyBuilder taken(ObservaService service, String name) {
        return new NotifyBuilder(service.camelContext()).fromRoute("entrada-carpeta")
                .filter(e -> e.getProperty(Exchange.CORRELATION_ID) == null
                        && name.equals(e.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)))
                .whenDone(1).create();
    }

    /** Channels answer once a delivery is archived; this waits until what they archived has been processed. */
    public static void awaitProcessed(ObservaService service) throws InterruptedException {
        assertThat(service.awaitIdle(Duration.ofMinutes(3))).as("procesamiento terminado").isTrue();
    }
}
