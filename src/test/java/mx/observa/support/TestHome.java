package mx.observa.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import mx.observa.access.QuickDemoUsers;
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
                // and one pool of children for all the services of a test JVM with the same extraction settings: each
                // service started and warmed up a child of its own (about 3 s of CPU), most to read a few files
                .with("observa.extract.shared-workers", "true")
                .with("observa.inbox.min-age-ms", "200")
                .with("observa.inbox.poll-ms", "200")
                // the index commits as soon as a report is added: a test here mostly submits one file and waits for it,
                // and would pay whole the up to 500 ms a live service gathers reports for before a commit (shared there
                // by many deliveries; PrivacyPublicationIT's 144 files waited about 70 s). Bursts still share commits,
                // and a report is journaled indexed only after its commit, as shipped. The gathering itself is tested
                // by GroupCommitTest, and by the crash tests, whose service JVMs keep the shipped setting.
                .with("observa.index.commit-max-ms", "0")
                // tests post and sign in far faster than a person; WebSecurityIT and LoginGuardTest test the limits
                .with("observa.limits.submissions-per-minute", "100000")
                .with("observa.limits.logins-per-minute", "100000")
                // the demo accounts with their passwords hashed at a small work factor: a sign-in at the shipped one
                // costs 0.2–1.2 s of CPU, and the tests sign in a few hundred times (QuickDemoUsers)
                .with("observa.usuarios", QuickDemoUsers.file().toString());
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
