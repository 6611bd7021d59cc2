package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static SortedMap<String, List<String>> classify(String yaml, String passage) throws Exception {
        return new TopicClassifier(TopicRulesTest.load(yaml), Fixtures.ANALYZER).classify(passage);
    }

    @Test
    void wordsMatchThroughTheSharedAnalyzerAndEvidenceKeepsTheObserversWords() throws Exception {
        String yaml = """
                temas:
                  - id: material
                    etiqueta: Material
                    frases: ["boletas", "lista nominal"]
                """;
        assertThat(classify(yaml, "FALTARON BOLETA y no había Lista Nominal")).containsEntry("material", List.of("BOLETA", "Lista Nominal"));
        assertThat(classify(yaml, "La lista de proyectos era nominal")).isEmpty();
    }

    @Test
    void aPrefixMatchesVerbFormsWithoutAccents() throws Exception {
        String yaml = """
                temas:
                  - id: instalacion
                    etiqueta: Instalación
                    frases: ["instal*"]
                """;
        assertThat(classify(yaml, "Se instaló tarde; la instalación fue lenta")).containsEntry("instalacion", List.of("instaló", "instalación"));
    }

    @Test
    void aCombinationNeedsEveryGroupInsideTheWindowAndCanRequireOrder() throws Exception {
        String yaml = """
                temas:
                  - id: participacion
                    etiqueta: Participación
                    combinaciones:
                      - todos: ["#numero", "personas | opiniones"]
                        ventana: 3
                        en_orden: true
                """;
        assertThat(classify(yaml, "Votaron 46 personas")).containsEntry("participacion", List.of("46 … personas"));
        assertThat(classify(yaml, "personas: 46")).isEmpty();
        assertThat(classify(yaml, "46 de las que estaban formadas eran personas mayores")).isEmpty();
        assertThat(classify(yaml, "A las 9:40 llegaron personas")).as("a clock time is not a count").isEmpty();
        assertThat(classify(yaml, "En 2022 las personas")).as("a year is not a count").isEmpty();
    }

    @Test
    void anExclusionNearAMatchCancelsIt() throws Exception {
        String yaml = """
                temas:
                  - id: recomendacion
                    etiqueta: Recomendaciones
                    frases: ["recomendaciones"]
                    excepto: ["ninguna"]
                """;
        assertThat(classify(yaml, "Recomendaciones: ninguna.")).isEmpty();
        assertThat(classify(yaml, "Recomendaciones: instalar la mesa a la sombra.")).containsKey("recomendacion");
    }

    @Test
    void theShippedRulesFollowTheCriteriaInTheirHeader() {
        TopicClassifier classifier = new TopicClassifier(Fixtures.RULES, Fixtures.ANALYZER);
        assertThat(classifier.classify("No hubo propaganda cerca de la mesa.")).as("absence is still the topic").containsKey("proselitismo");
        assertThat(classifier.classify("Sin incidentes.")).containsKey("seguridad");
        assertThat(classifier.classify("Recomendaciones: ninguna")).doesNotContainKey("recomendacion");
        assertThat(classifier.classify("Recomiendo capacitar mejor a los funcionarios"))
                .as("a recommendation also carries what it is about").containsKeys("recomendacion", "funcionariado");
        assertThat(classifier.classify("Se contó con boletas suficientes")).containsKey("material").doesNotContainKey("escrutinio");
        assertThat(classifier.classify("Se contaron 96 opiniones para el proyecto de la cancha"))
                .as("counting votes for a project is not campaigning").doesNotContainKey("proselitismo");
        assertThat(classifier.classify("Una señora les decía a los vecinos que votaran por el proyecto de luminarias"))
                .containsKey("proselitismo");
    }
}
