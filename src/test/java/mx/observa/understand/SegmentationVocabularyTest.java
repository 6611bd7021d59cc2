package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;

class SegmentationVocabularyTest {

    private static SegmentationVocabulary read(String yaml) throws IOException {
        return SegmentationVocabulary.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "prueba.yaml");
    }

    @Test
    void aKeysAlternativesArePlacedAsOneGroup() throws IOException {
        SegmentationVocabulary v = read("""
                cierres:
                  - 'hasta la vista'
                  - 'nos leemos\\b'
                """);
        Pattern closing = Pattern.compile("^" + v.any("cierres") + "[ ,.!]*$");
        assertThat(closing.matcher("nos leemos!").matches()).isTrue();
        assertThat(closing.matcher("nos leemos mañana en la mesa").matches()).isFalse();
    }

    @Test
    void aBrokenFileStopsTheStartWithTheKey() {
        assertThatThrownBy(() -> read("cierres:\n  - 'adios (sin cerrar'\n")).hasMessageContaining("cierres")
                .hasMessageContaining("adios (sin cerrar");
        assertThatThrownBy(() -> read("cierres: []\n")).hasMessageContaining("cierres");
        assertThatThrownBy(() -> read("cierres:\n  - 'adios'\n").any("saludos")).hasMessageContaining("saludos");
    }

    @Test
    void theShippedFileHasEveryListTheSegmenterPlaces() {
        SegmentationVocabulary shipped = SegmentationVocabulary.load(Path.of("config", SegmentationVocabulary.FILE_NAME));
        for (String key : new String[] {"saludos_y_despedidas", "cierres", "palabras_de_titulo", "inicios_de_titulo", "instituciones",
                "avisos_de_sitio", "encabezados_de_correo", "avisos_legales", "etiquetas_de_contacto", "generos_del_documento",
                "etapas_de_la_jornada", "etiquetas_de_datos", "etiquetas_personales", "etiquetas_de_contenido", "respuestas_vacias",
                "divisiones_del_documento", "relevos_de_turno", "palabras_de_datos", "normas_citadas", "encabezados_del_marco",
                "rotulos_de_pendientes", "rotulos_de_calificacion", "documentos_senalados"}) {
            assertThat(shipped.list(key)).as(key).isNotEmpty();
        }
    }

    /**
     * The understander reads the vocabulary of the home it is given, not that of the working directory: a home whose
     * segmentacion.yaml is broken stops its start-up, naming the file and the key.
     */
    @Test
    void theUnderstanderReadsTheVocabularyOfItsOwnHome(@TempDir Path home) throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        for (String file : new String[] {"taxonomia.yaml", "tipos.yaml", "calendario-consulta.csv"}) {
            Files.copy(Fixtures.CONFIG.resolve(file), config.resolve(file));
        }
        for (String dir : new String[] {"geografia", "privacidad"}) {
            Files.createDirectories(config.resolve(dir));
            try (Stream<Path> files = Files.list(Fixtures.CONFIG.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, config.resolve(dir).resolve(f.getFileName()));
                }
            }
        }
        Files.writeString(config.resolve(SegmentationVocabulary.FILE_NAME), "cierres:\n  - 'hasta pronto (sin cerrar'\n");
        assertThatThrownBy(() -> ReportUnderstander.forPublishing(ObservaConfig.load(home), Fixtures.ANALYZER))
                .hasMessageContaining(config.resolve(SegmentationVocabulary.FILE_NAME).toString()).hasMessageContaining("cierres");
    }
}
