package mx.observa.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.support.TestHome;

/** The README's first command, as a new user runs it: the real ./observa script in a separate JVM. */
class LauncherIT {

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", TestHome.projectRoot().resolve("observa").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("launcher finished").isTrue();
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void findsAJdk21OrNewerEvenWhenJavaHomeIsOlder() throws Exception {
        Result r = launch(Map.of("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"), "--help");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Uso: observa").contains("Comandos:");
    }

    @Test
    void saysInSpanishWhatToInstallWhenNoJdk21Exists() throws Exception {
        Result r = launch(Map.of("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64",
                "OBSERVA_JVM_DIRS", tmp.resolve("sin-jdk").toString()), "--help");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("Observa necesita Java 21 o posterior").contains("apt-get install");
    }

    @Test
    void theJvmGetsAHeapLimitThatJavaOptsCanChange() throws Exception {
        Result chosen = launch(Map.of("JAVA_OPTS", "-XshowSettings:vm"), "--help");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(chosen.out() + chosen.err()).containsPattern("Max\\. Heap Size[^:]*: 1\\.00G");

        Result changed = launch(Map.of("JAVA_OPTS", "-XshowSettings:vm -Xmx300m"), "--help");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.out() + changed.err()).containsPattern("Max\\. Heap Size[^:]*: 300\\.00M");
    }

    @Test
    void demoWithoutServingIngestsTheSamplesAndWritesTheReport() throws Exception {
        Path out = tmp.resolve("out");
        Result r = launch(Map.of("OBSERVA_OUT", out.toString()),
                "--data", tmp.resolve("data").toString(), "--index", tmp.resolve("index").toString(), "demo", "--no-serve");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Aceptados:").contains("Duplicados:").contains("En cuarentena:");
        assertThat(out.resolve("informe-consolidado.html")).exists();

        Result search = launch(Map.of(), "--data", tmp.resolve("data").toString(), "--index", tmp.resolve("index").toString(),
                "search", "boletas", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(search.out());
        assertThat(json.get("total").asInt()).isPositive();
        assertThat(json.get("hits").get(0).get("folio").asText()).startsWith("OBS-2022-");
        assertThat(json.get("hits").get(0).get("source").asText()).isNotBlank();
    }
}
