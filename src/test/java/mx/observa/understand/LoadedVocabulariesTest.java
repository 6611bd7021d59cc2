package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Understanding;

/** The configuration's vocabularies are read once per JVM for each content of the folder, and again after any edit. */
class LoadedVocabulariesTest {

    @TempDir
    Path tmp;

    @Test
    void twoUnderstandersOfOneConfigurationShareWhatWasReadFromIt() throws IOException {
        Path config = copyOfConfig();

        LoadedVocabularies first = LoadedVocabularies.of(config);
        LoadedVocabularies second = LoadedVocabularies.of(config);

        assertThat(second).isSameAs(first);
        assertThat(second.topicRules()).isSameAs(first.topicRules());
        assertThat(second.passages()).isSameAs(first.passages());
    }

    @Test
    void anEditOfAnyFileUnderTheFolderIsReadAgain() throws IOException {
        Path config = copyOfConfig();
        LoadedVocabularies before = LoadedVocabularies.of(config);

        Files.writeString(config.resolve(TopicRules.FILE_NAME), "\n# una nota de quien edita\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThat(LoadedVocabularies.of(config)).isNotSameAs(before);
    }

    @Test
    void aBrokenFileFailsEveryTimeItIsReadAndItsFixIsRead() throws IOException {
        Path config = copyOfConfig();
        Path kinds = config.resolve(KindRules.FILE_NAME);
        String shipped = Files.readString(kinds, StandardCharsets.UTF_8);

        Files.writeString(kinds, "tipos: [sin cerrar\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LoadedVocabularies.of(config)).hasMessageContaining(KindRules.FILE_NAME);
        assertThatThrownBy(() -> LoadedVocabularies.of(config)).hasMessageContaining(KindRules.FILE_NAME);

        Files.writeString(kinds, shipped, StandardCharsets.UTF_8);
        assertThat(LoadedVocabularies.of(config).kindRules()).isNotNull();
    }

    @Test
    void anUnderstanderOverSharedVocabulariesUnderstandsAsOneThatReadThemItself() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("casa"));
        copyTree(Fixtures.CONFIG, home.resolve("config"));
        ObservaConfig config = ObservaConfig.load(home);
        String text = "Casilla de la colonia Santa Úrsula, 15 de mayo.\n\n"
                + "A las nueve y media la mesa seguía cerrada porque el presidente no llegaba con las boletas.\n\n"
                + "Un vecino repartía volantes de un candidato junto a la fila.";

        Understanding fresh = new ReportUnderstander(config, Fixtures.ANALYZER).understand(text, "prueba.txt");
        Understanding shared = new ReportUnderstander(config, Fixtures.ANALYZER).understand(text, "prueba.txt");

        assertThat(shared).isEqualTo(fresh);
        assertThat(fresh.findings()).isNotEmpty();
    }

    private Path copyOfConfig() throws IOException {
        Path copy = tmp.resolve("config");
        copyTree(Fixtures.CONFIG, copy);
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
