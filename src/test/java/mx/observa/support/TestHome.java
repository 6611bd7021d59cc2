package mx.observa.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import mx.observa.config.ObservaConfig;

/**
 * An Observa configuration for tests: the project's real config/ and routes/, with data, index and output in a
 * temporary folder so every test starts empty and nothing touches the developer's ./data.
 */
public final class TestHome {

    private TestHome() {
    }

    /** The repository root (Maven runs tests with it as working directory). */
    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }

    public static ObservaConfig config(Path tmp) {
        return ObservaConfig.load(projectRoot())
                .with("observa.data", tmp.resolve("data").toString())
                .with("observa.index", tmp.resolve("index").toString())
                .with("observa.out", tmp.resolve("out").toString())
                .with("observa.port", Integer.toString(freePort()))
                .with("observa.host", "127.0.0.1")
                // one warm Tika child per service: tests start many services, each child costs a JVM start
                .with("observa.extract.workers", "1")
                .with("observa.inbox.min-age-ms", "200")
                .with("observa.inbox.poll-ms", "200")
                // tests post and sign in far faster than a person; WebSecurityIT and LoginGuardTest test the limits
                .with("observa.limits.submissions-per-minute", "100000")
                .with("observa.limits.logins-per-minute", "100000");
    }

    /**
     * {@link #config} for a test that submits many files one at a time and waits for each: the index commits as soon
     * as a report is added, instead of gathering reports for up to {@code observa.index.commit-max-ms} (500 ms). A
     * live service receiving many deliveries at once shares that wait among them; a one-at-a-time submitter pays it
     * whole for every file (PrivacyPublicationIT: 144 files, about 70 s of waiting). What is committed, and that a
     * report is journaled as indexed only after its commit, is unchanged.
     */
    public static ObservaConfig committingEachReport(Path tmp) {
        return config(tmp).with("observa.index.commit-max-ms", "0");
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
