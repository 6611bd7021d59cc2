package mx.observa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;

import mx.observa.app.ObservaService;

/** Drops files into a running service's inbox the way a person's copy should (never half a file) and waits. */
public final class Inbox {

    private Inbox() {
    }

    /** Drops one file and returns once the folder route has taken it through the whole pipeline. */
    public static void drop(ObservaService service, String name, byte[] content) throws Exception {
        NotifyBuilder done = Deliveries.done(service.camelContext(), "entrada-carpeta", 1);
        Path inbox = service.config().inboxDir();
        Path part = inbox.resolve("." + name + ".part");
        Files.write(part, content);
        Files.move(part, inbox.resolve(name));
        assertThat(done.matches(60, TimeUnit.SECONDS)).as("entrega de " + name).isTrue();
    }
}
