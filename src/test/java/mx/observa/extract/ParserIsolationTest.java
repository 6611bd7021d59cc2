package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/** Where the Tika children load Observa's code from (they start only in the integration tests). */
class ParserIsolationTest {

    @TempDir
    Path tmp;

    /** target/lib, which the package phase fills; absent before it, as in a run of the unit tests alone. */
    private Path lib() throws Exception {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.createFile(lib.resolve("tika-core-0.jar"));
        return lib;
    }

    private ObservaConfig config(String code) throws Exception {
        return TestHome.config(tmp).with("observa.extract.lib", lib().toString()).with("observa.extract.code", code);
    }

    @Test
    void withoutANamedJarTheChildrenLoadThisJvmsOwnCode() throws Exception {
        List<Path> classpath = ParserIsolation.classpath(config(""));

        assertThat(classpath.getFirst()).isEqualTo(TestHome.projectRoot().resolve("target/classes"));
        assertThat(classpath.get(1)).isEqualTo(tmp.resolve("lib").resolve("*"));
    }

    @Test
    void aNamedJarIsWhatTheChildrenLoad() throws Exception {
        Path jar = Files.createFile(tmp.resolve("observa.jar"));

        assertThat(ParserIsolation.classpath(config(jar.toString()))).containsExactly(jar, tmp.resolve("lib").resolve("*"));
    }

    @Test
    void aNamedJarThatIsNotThereLeavesThisJvmsOwnCode() throws Exception {
        List<Path> classpath = ParserIsolation.classpath(config(tmp.resolve("falta.jar").toString()));

        assertThat(classpath.getFirst()).isEqualTo(TestHome.projectRoot().resolve("target/classes"));
    }
}
