package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static SortedMap<String, List<String>> classify(String yaml, String passage) throws Exception {
        return new TopicClassifier(TopicRulesTest.load(yaml)).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence();
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
    void aCombinationStaysInsideOneSentence() throws Exception {
        String yaml = """
                temas:
                  - id: material
                    etiqueta: Material
                    combinaciones:
                      - todos: ["boletas", "faltaron"]
                        ventana: 8
                """;
        assertThat(classify(yaml, "Faltaron boletas a las cuatro")).containsKey("material");
        assertThat(classify(yaml, "Se recibieron las boletas. Faltaron dos funcionarias")).isEmpty();
    }

    @Test
    void theShippedRulesFollowTheAnnotationGuideline() {
        assertThat(shipped("No hubo propaganda cerca de la mesa.")).as("absence is still the topic").containsKey("proselitismo");
        assertThat(shipped("Sin incidentes, todo en orden.")).as("a generic «sin incidencias» is not security").isEmpty();
        assertThat(shipped("Incidencias: ninguna")).isEmpty();
        assertThat(shipped("Se contó con boletas suficientes")).containsKey("material").doesNotContainKey("escrutinio");
        assertThat(shipped("Se contaron 96 opiniones para el proyecto de la cancha"))
                .as("counting votes is not campaigning, nor turnout").containsKey("escrutinio")
                .doesNotContainKeys("proselitismo", "participacion");
        assertThat(shipped("Una señora les decía a los vecinos que votaran por el proyecto de luminarias"))
                .containsKey("proselitismo");
        assertThat(shipped("La mesa se puso en la cancha de futbol.")).as("a bare place is not the opening").isEmpty();
        assertThat(shipped("La mesa se instaló a las 9:40 en la cancha.")).containsKey("instalacion");
        assertThat(shipped("Un sujeto se llevó la urna y huyó.")).containsKey("seguridad").doesNotContainKey("material");
        assertThat(shipped("A la salida le preguntaba a cada uno por cuál proyecto había votado."))
                .as("asking how someone voted is the secrecy of the vote, not information").containsKey("secreto_voto")
                .doesNotContainKey("difusion");
        assertThat(shipped("Un hombre rompió a patadas el cartel de resultados.")).containsKey("seguridad")
                .doesNotContainKey("difusion");
        assertThat(shipped("Propaganda: no hubo lonas ni volantes.")).as("flyers denied are propaganda").doesNotContainKey("difusion");
        assertThat(shipped("La mampara estaba a baja altura para personas en silla de ruedas."))
                .containsKey("accesibilidad").doesNotContainKeys("material", "secreto_voto");
        assertThat(shipped("Las personas funcionarias me trataron con respeto."))
                .as("how the observer was treated").containsKey("observacion").doesNotContainKey("funcionariado");
        assertThat(shipped("Se recibió la cinta de seguridad de la urna.")).doesNotContainKey("seguridad");
    }

    private static SortedMap<String, List<String>> shipped(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence();
    }
}
