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
    void aRoutineWithoutExceptionsOfItsOwnAnswersToTheTopics() throws Exception {
        String yaml = """
                temas:
                  - id: difusion
                    etiqueta: Difusión
                    frases: ["perifoneo"]
                    excepto: ["de resultados"]
                    rutina:
                      cede_ante: [instalacion]
                      frases: ["cartel"]
                  - id: instalacion
                    etiqueta: Instalación
                    frases: ["abrieron"]
                """;
        assertThat(classify(yaml, "Tenían un cartel grande junto a la fila")).containsKey("difusion");
        assertThat(classify(yaml, "Pegaron el cartel de resultados en la reja")).as("the topic's exception").isEmpty();
        assertThat(classify(yaml, "Abrieron puntuales con un cartel grande")).containsOnlyKeys("instalacion");
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
    void aSemicolonEndsTheClauseAProblemReadsButAColonOrAQuestionDoesNot() throws Exception {
        String yaml = """
                temas:
                  - id: material
                    etiqueta: Material
                    problemas:
                      combinaciones:
                        - todos: ["boletas", "faltaron"]
                          ventana: 8
                          en_orden: true
                """;
        assertThat(classify(yaml, "Llegaron las boletas completas; faltaron dos escrutadores")).isEmpty();
        assertThat(classify(yaml, "¿Qué faltó? Boletas, faltaron como veinte")).containsKey("material");
        assertThat(classify(yaml, "Boletas: faltaron diez")).containsKey("material");
        String unordered = yaml.replace("en_orden: true", "en_orden: false");
        assertThat(classify(unordered, "Las boletas llegaron; faltaron diez")).as("words that only co-occur may cross it")
                .containsKey("material");
        String placing = """
                temas:
                  - id: material
                    etiqueta: Material
                    combinaciones:
                      - todos: ["boletas", "faltaron"]
                        ventana: 8
                        en_orden: true
                """;
        assertThat(classify(placing, "Una señora mayor preguntó por las boletas; faltaron sillas")).as("a cue that only places the passage")
                .containsKey("material");
    }

    @Test
    void prohibitingSomethingNearTheMesaIsNoInformationAboutTheConsultation() {
        assertThat(shipped("Que se prohíba el perifoneo a menos de cien metros de la mesa.")).doesNotContainKey("difusion");
        assertThat(shipped("Que hablen con los locatarios para que no se anuncien proyectos en el mercado.")).doesNotContainKey("difusion");
        assertThat(shipped("No se anunció la consulta en la colonia; casi nadie sabía.")).containsKey("difusion");
    }

    @Test
    void aVanThatBroughtSomethingElseIsNoAcarreoAcrossASemicolon() {
        assertThat(shipped("Las sillas llegaron en una camioneta de la alcaldía; la gente ya esperaba desde las ocho."))
                .doesNotContainKey("proselitismo");
        assertThat(shipped("De una camioneta gris bajaron gente de otra colonia justo frente a la mesa."))
                .containsKey("proselitismo");
    }

    @Test
    void theObserversOwnTurnInTheQueueAndWhatTheyDidNotLearnAreNoConditionsForObserving() {
        assertThat(shipped("A las que íbamos con carriola nos dejaron pasar primero a opinar."))
                .doesNotContainKey("observacion");
        assertThat(shipped("En la entrada me dejaron pasar sin problema.")).containsKey("observacion");
        assertThat(shipped("No pude ver quién le dio los volantes al muchacho.")).doesNotContainKey("observacion");
        assertThat(shipped("Me sentaron en la banqueta y desde ahí no pude ver el conteo.")).containsKey("observacion");
    }

    @Test
    void disorderInHowSomethingWasDoneIsNoDisturbance() {
        assertThat(shipped("El arranque fue con desorden: nadie sabía dónde acomodar la urna."))
                .doesNotContainKey("seguridad");
        assertThat(shipped("Las actas estaban en desorden sobre la mesa.")).doesNotContainKey("seguridad");
        assertThat(shipped("Hubo desorden en la fila cuando llegó el grupo del mercado.")).containsKey("seguridad");
    }

    @Test
    void aSeriousTopicsWordInAnotherSenseIsNoSeriousTopic() {
        // comprobar is not comprar
        assertThat(shipped("Comprueben la credencial de cada votante antes de darle su papeleta."))
                .doesNotContainKey("proselitismo");
        assertThat(shipped("Dos hombres compraban credenciales afuera del mercado.")).containsKey("proselitismo");
        // the pressure of a pipe or of the blood is not pressure on the voter
        assertThat(shipped("El paquete llegó cerrado como manguera probada a presión, sin una sola fuga."))
                .doesNotContainKey("secreto_voto");
        assertThat(shipped("A una abuelita le bajó la presión mientras votaba y la sentaron a la sombra."))
                .doesNotContainKey("secreto_voto");
        assertThat(shipped("Un hombre ejercía presión sobre su esposa para que votara por el parque."))
                .containsKey("secreto_voto");
        // «jalar» is also to work: nothing was snatched
        assertThat(shipped("Con la luz de vuelta la tableta jaló bien, las papeletas sobraron.")).doesNotContainKey("seguridad");
        assertThat(shipped("Un muchacho le jaló la urna a la secretaria y se echó a correr.")).containsKey("seguridad");
    }

    @Test
    void beingInLineWithSomethingOrTheDateOfApplicationIsNoInternetVote() {
        assertThat(shipped("La mesa abrió a las 9:00, en línea con lo previsto en el manual.")).doesNotContainKey("remota");
        assertThat(shipped("Fecha de aplicación: domingo 1 de mayo, de 9 a 17 horas.")).doesNotContainKey("remota");
        assertThat(shipped("Mi vecina prefirió opinar en línea con su celular.")).containsKey("remota");
        assertThat(shipped("A mi tía no le abría la aplicación para votar.")).containsKey("remota");
    }

    @Test
    void theCredentialTheInternetVoteAsksForIsARegistrationStepNotTheMesasCheck() {
        assertThat(shipped("Al registrarse para votar por internet, a mi suegro le rebotaron cuatro veces la imagen escaneada de su credencial."))
                .containsKey("remota").doesNotContainKey("identificacion");
        assertThat(shipped("La aplicación no reconoce la credencial si la foto sale con brillo."))
                .containsKey("remota").doesNotContainKey("identificacion");
        assertThat(shipped("Convendría que la página del voto por internet acepte capturar los datos de la credencial a mano."))
                .containsKey("remota").doesNotContainKey("identificacion");
        // at the mesa the same words are the check of who may give an opinion
        assertThat(shipped("El escrutador le pidió la credencial a cada persona antes de darle la boleta."))
                .containsKey("identificacion");
        assertThat(shipped("Un joven quería opinar mostrando la foto de su credencial y no se lo aceptaron."))
                .containsKey("identificacion");
        // and what only the mesa checks does not yield even beside the internet vote
        assertThat(shipped("Traía la credencial vencida, así que le dijeron que tampoco podía votar por internet."))
                .containsKey("identificacion");
    }

    @Test
    void theActaInTheListOfMaterialReceivedIsNoCount() {
        assertThat(shipped("Recibieron la urna, la mampara, las papeletas y el acta sin ningún daño."))
                .doesNotContainKey("escrutinio");
        assertThat(shipped("Al abrir el paquete venían el acta y los sellos completos.")).doesNotContainKey("escrutinio");
        assertThat(shipped("El acta se llenó con pluma y se pegó en la puerta.")).containsKey("escrutinio");
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

    @Test
    void theShippedRulesReadHowObserversWriteEachTopic() {
        // identification: the list and the credential in everyday words, the voter sent to their own mesa
        assertThat(shipped("Al señor de la gorra no lo encontraron en la lista nominal.")).containsKey("identificacion");
        assertThat(shipped("Una joven llegó con su INE recién tramitada y la rechazaron.")).containsKey("identificacion");
        assertThat(shipped("A tres vecinas las mandaron a otra mesa porque les tocaba otra sección.")).containsKey("identificacion");
        assertThat(shipped("Un muchacho quiso opinar dos veces.")).containsKey("identificacion");
        assertThat(shipped("A un niño menor de edad no lo dejaron votar.")).containsKey("identificacion");
        // secrecy: someone standing by the screen, asking to see the ballot, taking it from the voter
        assertThat(shipped("Un hombre se quedó parado a un costado de la mampara casi una hora.")).containsKey("secreto_voto");
        assertThat(shipped("Una vecina le pedía a cada persona que le enseñara su boleta.")).containsKey("secreto_voto");
        assertThat(shipped("El señor le quitó la boleta a su esposa y la llenó él mismo.")).containsKey("secreto_voto");
        assertThat(shipped("Un joven estuvo espiando por quién votaban sus vecinos.")).containsKey("secreto_voto");
        assertThat(shipped("La urna estaba junto a la mesa de las funcionarias.")).doesNotContainKey("secreto_voto");
        // inducement: gifts, paying, threats conditioned on the result, an invitation to eat
        assertThat(shipped("Una señora obsequiaba pulseras a la gente formada.")).containsKey("proselitismo");
        assertThat(shipped("Un vecino les pagaba a los jóvenes doscientos pesos por ir.")).containsKey("proselitismo");
        assertThat(shipped("Por la bocina decían que si no ganaba el parque les iban a cortar la luz.")).containsKey("proselitismo");
        assertThat(shipped("En la casa de junto invitaban a almorzar a quien fuera a opinar.")).containsKey("proselitismo");
        // the observer's own online course is not the internet vote; the vote by internet still is
        assertThat(shipped("Me registré y tomé el curso en línea dos semanas antes.")).doesNotContainKey("remota");
        assertThat(shipped("Varias personas prefirieron votar por internet desde su casa.")).containsKey("remota");
        // accessibility in plain words; accessibility aids are not material
        assertThat(shipped("Dos señoras mayores no alcanzaban a leer porque la letra era muy chica.")).containsKey("accesibilidad");
        assertThat(shipped("Faltaba la mampara baja.")).containsKey("accesibilidad").doesNotContainKey("material");
        // «with all the material in place» describes the opening, it says nothing of the material
        assertThat(shipped("Abrieron a las 8:55 con todo el material acomodado.")).doesNotContainKey("material");
        // officials who do nothing about it
        assertThat(shipped("La responsable ni lo peló y siguió platicando.")).containsKey("funcionariado");
        assertThat(shipped("Nadie de la mesa interviene cuando empiezan los gritos.")).containsKey("funcionariado");
    }

    private static SortedMap<String, List<String>> shipped(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence();
    }
}
