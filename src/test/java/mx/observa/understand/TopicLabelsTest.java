package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicLabelsTest {

    @TempDir
    Path config;

    @Test
    void labelsComeFromTheTaxonomyFileInItsOrder() throws Exception {
        Files.writeString(config.resolve("taxonomia.yaml"), """
                temas:
                  - id: seguridad
                    etiqueta: "Seguridad e incidentes"
                    reglas: [amenaza, policía]
                  - id: instalacion
                    etiqueta: "Instalación y apertura"
                  - id: remota
                """);
        TopicLabels labels = TopicLabels.load(config);

        assertThat(labels.label("seguridad")).isEqualTo("Seguridad e incidentes");
        assertThat(labels.label("remota")).isEqualTo("Votación por internet (SEI)");
        assertThat(labels.label("nuevo_tema")).isEqualTo("nuevo_tema");
        assertThat(labels.ordered(List.of("zeta", "instalacion"))).containsExactly("seguridad", "instalacion", "remota", "zeta");
    }

    @Test
    void withoutTheFileTheContractLabelsAreUsed() {
        TopicLabels labels = TopicLabels.load(config);

        assertThat(labels.label("secreto_voto")).isEqualTo("Secreto y libertad del voto");
        assertThat(labels.ordered(List.of())).hasSize(15).startsWith("instalacion").endsWith("recomendacion");
    }
}
