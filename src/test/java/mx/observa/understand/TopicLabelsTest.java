package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicLabelsTest {

    @TempDir
    Path config;

    private static TopicLabels load(Path configDir) {
        return new TopicLabels(TopicRules.load(configDir.resolve(TopicRules.FILE_NAME), Fixtures.ANALYZER).labels());
    }

    @Test
    void labelsComeFromTheTaxonomyFileInItsOrder() throws Exception {
        Files.writeString(config.resolve("taxonomia.yaml"), """
                temas:
                  - id: seguridad
                    etiqueta: "Seguridad e incidentes (editada)"
                    frases: [amenaza, policía]
                  - id: instalacion
                    etiqueta: "Instalación y apertura"
                    frases: [instal*]
                """);
        TopicLabels labels = load(config);

        assertThat(labels.label("seguridad")).isEqualTo("Seguridad e incidentes (editada)");
        assertThat(labels.label("nuevo_tema")).isEqualTo("nuevo_tema");
        assertThat(labels.knows("instalacion")).isTrue();
        assertThat(labels.knows("remota")).isFalse();
        assertThat(labels.ordered(List.of("zeta", "instalacion"))).containsExactly("seguridad", "instalacion", "zeta");
    }

    @Test
    void theProjectTaxonomyLabelsAllFifteenTopicsInContractOrder() {
        TopicLabels labels = load(Path.of("config"));

        assertThat(labels.label("secreto_voto")).isEqualTo("Secreto y libertad del voto");
        assertThat(labels.ordered(List.of())).containsExactlyElementsOf(TopicRules.TAXONOMY_IDS);
    }

    @Test
    void aMissingFileStopsTheStartInsteadOfInventingLabels() {
        assertThatThrownBy(() -> load(config)).hasMessageContaining("taxonomia.yaml");
    }
}
