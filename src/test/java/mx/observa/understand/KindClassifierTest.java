package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.Understanding;

/** The shipped kind rules (config/tipos.yaml) on the constructions the annotation guideline names. */
class KindClassifierTest {

    private static Finding only(String passage) {
        return Fixtures.onlyFinding(passage);
    }

    /**
     * Twelfth session: what the mesa did about a problem and the problem went away, words of a problem that name
     * something else, another year's consulta (invented sentences, none copied from a labelled set).
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La responsable llama al distrito y el señor de la camioneta se va.       | conforme
            El escrutador le dice al señor que se aleje de la mampara, y se aleja.   | conforme
            La secretaria los manda a la esquina y se van.                           | conforme
            El escrutador lo retiró de junto a la mampara.                           | conforme
            La responsable llamó a la policía, pero el señor no se fue.              | incidencia
            La página se colgó a mediodía.                                           | incidencia
            El acta se colgó en la reja al terminar el cómputo.                      | contexto
            Se calmaron solos a los pocos minutos.                                   | conforme
            Vinieron pocos vecinos en la tarde.                                      | incidencia
            Solo había una persona funcionaria.                                      | incidencia
            Se cuidó el secreto: solo entraba una persona a la vez.                  | conforme
            Discusión: los resultados muestran una participación constante.          | contexto
            Hubo una discusión entre dos vecinos en la fila.                         | incidencia
            Un señor bien vestido se quedó mirando por encima del hombro de los votantes. | incidencia
            Dos personas no aparecen en el listado; la secretaria les explica que es por domicilio. | conforme
            Antes: en 2020 la mesa abrió con una hora de retraso.                    | contexto
            En 2021 hubo acarreo; este año la mesa abrió puntual.                    | conforme
            """)
    void problemsEndedByTheMesaAndProblemWordsThatNameSomethingElse(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Seventeenth session, by construction (invented sentences): a list of absences, each item with its own negative
     * word, whose lack of a sign is one of the things not there; a person told they could not do something there who
     * stopped, and their mood after it; the reason a person could not opine, said with its own «no» or with «por» and
     * an infinitive; what turned out to have nothing to do with the consulta or did not reach the mesa; a rumour of
     * another mesa.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ni una lona de proyecto, ni nadie repartiendo despensas; la mesa estuvo limpia.                     | conforme
            Ni un cartel, ni una lona, ni gente ofreciendo despensas a cambio del voto.                         | conforme
            No había ni un letrero que dijera dónde estaba la mesa.                                             | incidencia
            A la señora de la tienda le dijo que no podía tener ahí su lona y la señora la quitó, de mala gana. | conforme
            A dos señores les dijeron que no aparecían en el listado y se fueron sin opinar.                     | incidencia
            Le pidió que se retirara y el joven se fue, bien enojado.                                           | conforme
            A los que no vivían en la colonia les indicaron con buen trato cuál era su mesa.                    | conforme
            Una señora traía la credencial vencida y no la dejaron, le dijeron que así no se podía.             | conforme
            Dos señoras no pudieron opinar por vivir en otra colonia.                                           | conforme
            No se pudo instalar por estar cerrada la escuela.                                                   | incidencia
            La supuesta propaganda eran volantes de una escuela de inglés, nada que ver con los proyectos.      | contexto
            Se oyó un choque en la calle de arriba; el ruido no afectó la recepción.                            | contexto
            Circula el rumor de que en otra mesa regalaron despensas.                                           | contexto
            """)
    void theSeventeenthRoundsConstructions(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Nineteenth session, by construction (invented sentences): a request obeyed in the present, with the verb of
     * saying apart from its «que», in the subjunctive alone or closed by «cosa que hizo»;
     * someone chased off who left; the calm that followed; a ballot said to be visible, and that visibility denied;
     * a concessive clause that opens the sentence before a main clause of things going well (not one after it nor
     * after a yes); nobody could see any more.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La secretaria les indicó que no podían repartir nada ahí y se retiran sin discutir.                          | conforme
            La presidenta le dijo muy seria que no podía repartir volantes ahí y el muchacho se fue.                    | conforme
            Los de la mesa le dijieron que se fuera con su bocina y se fue.                                              | conforme
            El responsable pidió a la vecina que se alejara de la mampara, cosa que hizo.                               | conforme
            El presidente lo corrió de la fila por andar pidiendo el voto y el señor se fue.                           | conforme
            Luego de eso todo siguió en calma.                                                                          | conforme
            Desde la fila era visible la papeleta de quien estaba votando.                                              | incidencia
            En ninguna de mis rondas fue visible la boleta de nadie.                                                    | conforme
            Aun con el toldo roto, la mampara quedó contra la pared y todo fue ordenado.                                | conforme
            Y aunque hubo gritos en la fila, nadie fue agredido y la mesa nunca se detuvo.                              | conforme
            Todo fue ordenado, aunque faltaron boletas a mediodía.                                                      | incidencia
            Sí, aunque la urna llegó rota de una esquina.                                                               | incidencia
            Cuando se lo señalé, la movieron hacia la barda y ya nadie pudo ver nada.                                   | conforme
            """)
    void theNineteenthRoundsConstructions(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Fourteenth session, by class of error (invented sentences): what someone told happened another day, the longest
     * queue as a measure, a proposal opened by an infinitive, praise of what a person did, and the denial of a report
     * written in French or English.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Una vecina me platicó que el viernes pasaron regalando gorras del proyecto.   | contexto
            Me comentaron que el sábado hubo reparto de despensas en la colonia.          | contexto
            Un vecino repartió despensas frente a la mesa.                                | incidencia
            La responsable me comentó que el paquete llegó completo desde el sábado.      | conforme
            La fila más larga fue de unas veinte personas, a mediodía.                    | contexto
            Hubo una fila larga toda la mañana.                                           | incidencia
            Llevar a cada mesa una copia impresa del listado.                             | recomendacion
            Avisar con carteles dónde queda la mesa cuando se cambia de lugar.            | recomendacion
            Buena acción del día: el escrutador acompañó a una señora hasta la mampara.   | buena_practica
            Reconocer a la secretaria: explicó a cada quien cómo doblar la papeleta.      | buena_practica
            Pas de propagande près de la mesa.                                            | conforme
            Une dame n'apparaissait pas dans la lista nominal.                            | incidencia
            There was no propaganda near the mesa.                                        | conforme
            """)
    void theFourteenthRoundsClassesOfError(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Fifteenth session (invented sentences): the vote seen now, said in the present tense, affirmed or denied.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Desde la banqueta se alcanzan a ver las papeletas de quien opina.          | incidencia
            Pusieron la mampara junto al portón; ni desde la calle se alcanza a ver lo que marca la gente. | conforme
            """)
    void theVoteSeenInThePresentTense(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage).isEqualTo(kind);
        assertThat(NearestPassages.decided(f.kindEvidence())).as("decided by the rules' words").isFalse();
    }

    /**
     * Fifteenth session, by class of error (invented sentences): an attempt the mesa did not allow, a quarrel that
     * calmed in the same sentence, what was feared and not seen, a denial in imitated old Castilian.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un joven quiso meterse a la mampara con su novia y no lo dejaron.              | conforme
            Una señora intentó fotografiar su papeleta, pero la secretaria se lo impidió. | conforme
            Un joven se metió a la mampara con su novia.                                  | incidencia
            Hubo una discusión por el lugar en la fila que se calmó a los dos minutos.     | conforme
            Hubo una discusión por el lugar en la fila.                                   | incidencia
            Temíamos que hubiera golpes entre los dos grupos, pero no pasó nada.          | conforme
            Temíamos que hubiera golpes entre los dos grupos.                             | contexto
            Non hubo pleitos nin empujones en toda la mañana.                             | conforme
            La secretaria le pidió al del altavoz que se alejara y el señor se fue.        | conforme
            """)
    void attemptsPreventedQuarrelsCalmedAndFears(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Sixteenth session, by class of error behind false serious incidents (invented sentences): a zero count, a norm
     * stated as text, what was heard or commented from elsewhere, a fact said to be away from the mesa, the vote no
     * one could see said in the present tense, a quarrel that ended in laughter.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            0 quejas por violencia durante la jornada.                                     | conforme
            Hubo quejas por violencia durante la jornada.                                  | incidencia
            En la lona decía: «Queda prohibido repartir despensas junto a la mesa».        | contexto
            Un señor repartía despensas junto a la mesa.                                   | incidencia
            Se oyeron golpes y gritos en el mercado de junto.                              | contexto
            Se recibió el comentario de un robo de bicicletas la noche anterior.           | contexto
            Hubo una pelea en la esquina, según se comentó en la fila.                     | contexto
            Asaltaron una tienda a tres calles; eso fue lejos de la mesa.                  | contexto
            Asaltaron a un señor frente a la mesa.                                         | incidencia
            Propaganda no en la mesa, pero sí una manta del proyecto en la barda de enfrente. | incidencia
            Hubo cohetes y música en la fiesta del barrio, nada que ver con la mesa; todo en orden. | conforme
            La cortina cubre toda la mampara y nadie puede ver lo que se marca.            | conforme
            Dos señoras discutieron por el turno en la fila, pero terminó en risas.        | conforme
            Apartado 3, propaganda: no encontré pendones ni volantes en la cuadra.          | conforme
            """)
    void theSixteenthRoundsFalseSeriousIncidents(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /** A heading that asks for an advocacy group's proposals is not a problem told because it says «incidencia». */
    @Test
    void aHeadingOfProposalsKeepsItsItemsProposals() {
        Understanding u = Fixtures.RULES_ONLY.understand("Propuestas de incidencia: gestionar con la alcaldía alumbrado en las calles de las mesas.", "prueba.txt");
        assertThat(u.findings()).extracting(f -> f.kind().id()).containsExactly("recomendacion");
    }

    /** A problem told of another consulta is context in the rules' words, which the nearest passages do not overrule. */
    @Test
    void aProblemOfAnotherConsultaIsContextInWords() {
        Finding f = only("Según el escrutador, en la consulta de 2021 un muchacho grabó con su celular a quien votaba.");
        assertThat(f.kind()).isEqualTo(FindingKind.CONTEXTO);
        assertThat(f.kindEvidence()).singleElement().asString().contains("consulta de 2021");
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            No hubo propaganda cerca de la mesa.                                    | conforme
            No se presentó ningún incidente que alterara el orden.                  | conforme
            Nadie se quejó del trato de las personas funcionarias.                  | conforme
            Todo en orden, la jornada transcurrió con normalidad.                   | conforme
            No faltó nada de material.                                              | conforme
            Cada persona votó sin que nadie la viera.                               | conforme
            No hubo propaganda, pero sí acarreo: llegaron dos camionetas con gente. | incidencia
            La mampara no estaba bien colocada.                                     | incidencia
            No hubo boletas suficientes y se acabaron a las 4.                      | incidencia
            No había rampa y una señora en silla de ruedas no pudo subir.           | incidencia
            A tres personas no se les permitió opinar.                              | incidencia
            Faltaron marcadores desde las 11:00.                                    | incidencia
            Sugiero más vigilancia del perímetro de la mesa para evitar propaganda. | recomendacion
            Sería bueno que las mesas tuvieran toldo.                               | recomendacion
            Es importante revisar los paquetes antes de entregarlos.                | recomendacion
            Considero una buena práctica que se explicara a cada persona cómo votar. | buena_practica
            Las funcionarias cuidaron el secreto del voto; vale la pena replicarlo.  | buena_practica
            Una persona de chaleco estuvo recomendándoles un proyecto a los vecinos. | incidencia
            Participaron unas 80 personas.                                           | contexto
            La mesa se instaló a las 9:05 en la explanada.                           | contexto
            Se rumoraba que habría reparto de despensas, pero no vi que eso ocurriera. | conforme
            Se decía que iban a acarrear votantes, pero nunca pasó.                  | conforme
            Se decía que iban a acarrear votantes, pero sí llegaron dos camionetas.  | incidencia
            lncidencias: ninguna que anotar.                                         | conforme
            La votación se llevó conforme al procedimiento.                          | conforme
            A una votante ciega le prestaron la plantilla para marcar sola.           | conforme
            Un señor sordo votó con apoyo de la funcionaria, que le escribió los pasos. | conforme
            Se dio preferencia a las personas con bebés en brazos.                   | conforme
            Las dos auxiliares llegaron después de las 9:30 y la mesa esperó.         | incidencia
            Sin mampara, la gente tuvo que marcar la boleta delante de todos.        | incidencia
            Al cierre contaron las boletas delante de todos.                         | conforme
            No encontramos propaganda de ningún proyecto bien visible desde la fila. | conforme
            Toda la tarde sin proselitismo a la vista.                               | conforme
            En todo el día no se registraron actos de agresión o alteración del orden. | conforme
            No noté nada fuera de lo normal en la fila.                              | conforme
            Que la responsable abrió la mesa a tiempo y todo estuvo en orden.        | conforme
            Que no hubo acarreo en toda la mañana.                                   | conforme
            Que pongan una mesa más en las colonias grandes.                         | recomendacion
            Me permito sugerir que las actas lleguen con una copia más.              | recomendacion
            Faltó un marcador: solo había dos para toda la mesa.                     | incidencia
            La tableta de la mesa se congelaba cada tanto y hubo que reiniciarla.   | incidencia
            La mampara impedía ver qué opción marcaba cada persona.                  | conforme
            A un señor con la credencial vencida no le permitieron votar.            | conforme
            No la dejaron opinar porque su credencial era de otra alcaldía y se fue molesta. | conforme
            No lo dejaron votar por su credencial vencida y la funcionaria le gritó.  | incidencia
            Dejaron opinar a un joven con la credencial vencida.                     | incidencia
            Un vecino me contó que en la mesa del mercado se llevaron la urna.       | contexto
            En la mesa de la escuela la responsable me dijo que no podía pasar.      | incidencia
            Al final el conteo se hizo en voz baja, pero delante de todos.           | conforme
            El escrutador le llevó la urna a un señor que no podía subir la escalera; eso hay que copiarlo. | buena_practica
            La secretaria les explicaba los proyectos en náhuatl a los abuelos.      | buena_practica
            A las personas mayores les leían las opciones una por una.               | buena_practica
            Un vecino estuvo palomeando en su lista a quienes ya habían ido.         | incidencia
            Había un puesto de tacos pegado a la mesa.                               | contexto
            Los resultados quedaron pegados en la reja a las 17:30.                  | conforme
            Contaron las boletas en voz alta.                                        | conforme
            La escrutadora le dijo en voz alta a un señor dónde estaba la urna.      | contexto
            La responsable le pidió que se retirara de la urna y obedeció.           | conforme
            El escrutador les pidió que se fueran y después de un rato se fueron.    | conforme
            Llegó la patrulla a las 13:20 y el grupo se fue.                         | conforme
            Después de mi señalamiento la giraron hacia la barda y el problema quedó resuelto. | conforme
            El responsable los vio y no les pidió que se retiraran.                  | incidencia
            Cuando la responsable le pidió que se retirara, empezó a gritarle groserías. | incidencia
            Un señor repartía volantes de un proyecto; le pidieron que se retirara y obedeció. | incidencia
            Me gustó que la responsable acomodó una mesita baja para una señora.     | buena_practica
            La secretaria explicaba cada proyecto con un mapa impreso de la colonia. | buena_practica
            Lo que no me gustó es que el paquete se lo llevó la responsable en su carro. | incidencia
            Decían que los que no fueran a votar no iban a recibir el apoyo de las pipas. | incidencia
            La responsable permitió su presencia pese a mis dos señalamientos.       | incidencia
            Ahorita está bien vacío, no hay nadie formado.                           | contexto
            """)
    void negationAndItsScopeDecideTheKind(String passage, String kind) {
        assertThat(only(passage).kind().id()).isEqualTo(kind);
    }

    /**
     * What the mesa did about a problem and how it ended, a person turned away by the rule with its reason
     * explained, what the observer did not witness, a bare count, and a proposal in the conditional.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La responsable le pide al chofer que se retire; se retira.                | conforme
            El escrutador le pidió que dejara de tomar fotos y el joven se fue.       | conforme
            La responsable le pidió que se fuera y ya no regresó.                     | conforme
            La responsable le pidió que se retirara, pero no se fue.                  | incidencia
            La responsable le pidió que se retirara, se fue y regresó otra vez en la tarde. | incidencia
            La responsable les pidió paciencia y varias personas se fueron sin opinar. | incidencia
            Una señora no aparecía en la lista y le explicaron que su credencial era de otra colonia. | conforme
            Dos jóvenes intentaron opinar con la foto de su credencial; les explican que no se puede. | conforme
            Una señora no aparecía en el listado aunque su credencial es de la colonia; le explicaron que no podía opinar. | incidencia
            A algunos les dieron cincuenta pesos por votar; yo no lo presencié.       | contexto
            Dicen que se llevaron las boletas de la escuela, alguien sabe si es cierto. | contexto
            Ignoro si los jóvenes pertenecían al comité.                             | contexto
            No sé si era del comité, pero estuvo repartiendo propaganda junto a la mesa. | incidencia
            Votaron 143 personas, casi todas en la mañana.                           | contexto
            ¿Cuántas personas acudieron? Respuesta: 57                               | contexto
            Vino poca gente, unas 40 personas en todo el día.                        | incidencia
            Para la otra yo pediría una patrulla fija en esta esquina, es zona de asaltos. | recomendacion
            Lo que yo haría: poner una persona solo para buscar en la lista.         | recomendacion
            Evitar instalar mesas dentro de los mercados.                            | recomendacion
            El año pasado hubo golpes frente a la mesa; esta vez todo estuvo tranquilo. | conforme
            """)
    void whatTheMesaDidWhatWasSeenAndWhatIsProposed(String passage, String kind) {
        assertThat(only(passage).kind().id()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quiero alabar el trato del secretario, que orientaba a cada vecino.      | buena_practica
            El escrutador atendió a la fila con una calma admirable toda la tarde.    | buena_practica
            Les reconozco que cuidaron la urna sin descuidarla un minuto.            | buena_practica
            El responsable le solicitó al señor de la gorra que se retirara y se retiró. | conforme
            el secre ni lo pelaba, estaba en su celular todo el rato                 | incidencia
            Usted no dijo nada cuando la señora del puesto repartía volantes del proyecto. | incidencia
            La mesa quedó instalada hasta las 10:15, cuando llegó el material.        | incidencia
            Incidente 4 (12:10 h). Se acaba la tinta y la secretaria consigue otra.   | incidencia
            Incidente 2 (10:00 h). Todo en calma, sin propaganda a la vista.          | conforme
            Hallazgo 3. La fila nunca pasó de cinco personas.                         | conforme
            2.1 Reforzar la vigilancia en las mesas instaladas en mercados.           | recomendacion
            R4. Designar a una persona que oriente a quienes no aparecen en la lista. | recomendacion
            y que alguien del distrito pase a revisar las mesas del pueblo            | recomendacion
            porfa que manden otra mampara para la tarde                             | recomendacion
            We recommend sending the results sheet with extra tape.                   | recomendacion
            Que a las 11:30 horas se presentó una persona repartiendo volantes.       | incidencia
            Que a las personas mayores se les dé una silla mientras esperan.          | recomendacion
            Solicito que las mesas de los mercados tengan una patrulla cerca.         | recomendacion
            Por lo expuesto, esta organización solicita que se revisen las actas de la colonia. | recomendacion
            Se solicita atentamente que los paquetes lleguen completos.               | recomendacion
            12:15 – La secretaria solicita una silla para una señora con bastón y la atiende con amabilidad. | conforme
            """)
    void praiseListsAndTheRegistersObserversWriteIn(String passage, String kind) {
        assertThat(only(passage).kind().id()).isEqualTo(kind);
    }

    @Test
    void aCountIsContextTheModelDoesNotDecide() {
        Finding f = only("Votaron 143 personas, casi todas en la mañana.");
        assertThat(f.kind()).isEqualTo(FindingKind.CONTEXTO);
        assertThat(f.kindEvidence()).anySatisfy(e -> assertThat(e).contains("143"));
        assertThat(only("A algunos les dieron cincuenta pesos por votar; yo no lo presencié.").kindEvidence())
                .contains("yo no lo presencié");
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ¿Hubo propaganda a menos de 50 metros?  SI___  NO_X_                              | conforme
            ¿Hubo propaganda a menos de 50 metros?  [X] Sí  [ ] No                            | incidencia
            ¿Se respetó el secreto del voto?  Sí (X)  No ( )                                  | conforme
            ¿Estuvieron presentes todas las personas funcionarias? No, faltó una.             | incidencia
            ¿Se instaló la mesa en el domicilio publicado?  NO                                | incidencia
            ¿Ocurrió algún incidente? Un vehículo con altavoz invitaba a votar por un proyecto. | incidencia
            ¿Tuvo algún problema para observar? Ninguno.                                      | conforme
            ¿Las personas funcionarias cumplieron? Sí, aunque la secretaria se ausentó una hora. | incidencia
            Propaganda: no                                                                    | conforme
            Material: [ ] faltó material  [x] completo                                        | conforme
            """)
    void aQuestionnaireAnswerIsReadWithItsQuestion(String passage, String kind) {
        assertThat(only(passage).kind().id()).isEqualTo(kind);
    }

    @Test
    void anOptionLeftUntickedSaysNothing() {
        assertThat(QuestionAnswer.withoutUntickedOptions("Afluencia: [ ] Alta [X] Media [ ] Baja"))
                .isEqualTo("Afluencia: [ ]      [X] Media [ ]     ");
        // yes/no boxes are how the answer is read: they stay
        assertThat(QuestionAnswer.withoutUntickedOptions("¿Hubo propaganda? [ ] Sí [X] No"))
                .isEqualTo("¿Hubo propaganda? [ ] Sí [X] No");
        assertThat(only("Afluencia: [ ] Alta [X] Media [ ] Baja").kind()).isEqualTo(FindingKind.CONTEXTO);
    }

    @Test
    void thePoliceBoothIsNoInternetVoteModule() {
        assertThat(only("Las funcionarias pidieron apoyo al módulo de policía y se retiraron los dos.").evidence())
                .doesNotContainKey("remota");
        assertThat(only("En el módulo de apoyo al voto por internet había dos computadoras.").evidence())
                .containsKey("remota");
    }

    /**
     * Eighteenth session, by construction (invented sentences): a verb of seeing followed by an indirect question
     * about someone's choice tells the secret of the vote was broken, denied it was kept; what was seen that is no
     * one's choice is no problem, even with the vote named nearby («se alcanzan a ver las lonas; la votación fue
     * secreta», «se alcanzan a ver los votantes formados»), while the ballot named right before the verb still is;
     * the observer's verdict that the vote was secret is «sin novedad», denied an incident.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Desde la banca de enfrente se notaba en qué recuadro ponía la cruz cada vecino.   | incidencia
            Los de la fila miraban por quién opinaba la señora de la silla de ruedas.       | incidencia
            Los que esperaban junto al zaguán veían bien dónde marcaba cada persona.        | incidencia
            Nadie de la fila veía dónde marcaba cada persona.                               | conforme
            Vimos cómo se instalaba la mesa en el patio del mercado.                        | contexto
            La mampara quedó en el pasillo de la escuela; la votación fue secreta.          | conforme
            En la carpa del deportivo, el voto de cada quien se mantuvo secreto.            | conforme
            La votación no fue secreta: la mampara daba a la calle.                         | incidencia
            Se alcanzan a ver las lonas; la votación fue secreta.                          | conforme
            Desde la reja se alcanzan a ver los votantes formados.                          | contexto
            Desde la jardinera se alcanzaba a ver cómo marcaba cada quien su opción.        | incidencia
            Con la mampara tan bajita, la boleta se alcanzaba a ver desde la puerta.        | incidencia
            """)
    void seeingSomeonesChoiceAndTheVerdictOnTheSecretOfTheVote(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twentieth session, by construction (invented sentences): whoever caused a problem and did not come back (the
     * problem ended) against the mesa's own staff who did not come back (the problem); a scuffle that «no llegó a
     * más» alone and told with the scuffle; a mampara moved at someone's request, said in the passive or with the
     * request after it; the rule on the credential said as a rule against another lack that kept someone from
     * voting; a person turned away for being from the next colonia or pueblo, and their mood after it.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El señor de los volantes dio dos vueltas y ya no regresó.                            | conforme
            Los muchachos del sonido no regresaron en toda la tarde.                             | conforme
            La secretaria salió a comer a las dos y no regresó.                                  | incidencia
            El escrutador se fue a las cuatro y ya no volvió.                                    | incidencia
            Dos señores se agarraron a golpes frente a la urna y no llegó a más.                 | incidencia
            Todo quedó en palabras y no llegó a mayores.                                         | conforme
            Tras la queja de una vecina, la mampara fue reubicada junto a la pared.              | conforme
            La giraron hacia el muro a las once a petición de la observadora.                    | conforme
            Le dijeron con amabilidad que sin credencial no se podía opinar.                     | conforme
            Sin la rampa, la señora de la andadera no podía subir al salón.                      | incidencia
            A dos jóvenes no los dejó opinar porque eran de otro pueblo; se fueron molestos.  | conforme
            Un señor traía su credencial de la colonia vecina y no lo dejaron; se enojó.         | conforme
            A una señora con credencial de la colonia no la dejaron opinar y se fue molesta.     | incidencia
            """)
    void theTwentiethRoundsConstructions(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twenty-first session, by construction (invented sentences): someone the mesa's staff acted on («lo mandó», «le
     * hizo una seña», «advertido por») who did not come back — the problem ended, though the staff member is named
     * before «no regresó» —, against the staff member who left and did not come back; a report that calls the
     * problem resolved and one that came back after it; the mesa's things knocked over; hearsay the observer says
     * they cannot confirm; a negative word in a clause joined by «y» that does not deny what the next clause tells.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La escrutadora lo mandó a la otra banqueta y ya no regresó.                          | conforme
            El secretario le hizo una seña al del altavoz y el muchacho no volvió.               | conforme
            Advertida por el presidente, la señora de las gorras se alejó y no volvió.           | conforme
            El escrutador salió por unas tortas a la una y no regresó.                           | incidencia
            Problema resuelto: dos vecinas lo tranquilizaron y se fue a su casa.                 | conforme
            El problema resuelto en la mañana volvió a presentarse a las cuatro.                 | incidencia
            Un perro se metió corriendo y tumbó la urna.                                         | incidencia
            Un ciclista se atoró con la mampara y la volcó.                                      | incidencia
            Me contaron que repartían despensas a la vuelta, pero no lo puedo comprobar.         | contexto
            Dicen que hubo pleito en la mañana; yo no podría asegurarlo.                         | contexto
            La policía los separó; nadie resultó herido y cada quien se fue por su lado.         | conforme
            La responsable le pidió que se retirara y no se fue.                                 | incidencia
            """)
    void theTwentyFirstRoundsConstructions(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * A queue's wait told with its measure (invented sentences): a short one says how the queue went, a long one, or
     * one said without a number, is the problem.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Medí la espera en la cola: 7 minutos de principio a fin.                             | conforme
            Cada persona hizo fila unos 20 minutos antes de votar.                               | conforme
            A mediodía la espera llegó a 50 minutos bajo el sol.                                 | incidencia
            Hubo filas de hasta 35 minutos entre la una y las dos.                               | incidencia
            La fila fue larga toda la mañana.                                                    | incidencia
            """)
    void aShortWaitToldWithItsMeasureIsNoProblem(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    @Test
    void theWordsThatDecidedTheKindAreKept() {
        Finding f = only("No hubo propaganda, pero sí acarreo: llegaron dos camionetas con gente.");
        assertThat(f.kindEvidence()).contains("acarreo");
        assertThat(f.topics()).contains("proselitismo");
        assertThat(only("Recomiendo capacitar mejor a los funcionarios.").evidence())
                .as("a recommendation carries what it is about, and the kind's words as its topic's evidence")
                .containsKeys("recomendacion", "funcionariado").containsEntry("recomendacion", java.util.List.of("Recomiendo"));
    }

    /**
     * Twenty-second session, by construction (invented sentences): whom a good treatment reached "even" ("incluso a
     * los que llegaban molestos") names people, not a problem; a correction told after the observer pointed it out;
     * a person turned away because they were not of the place.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La secretaria atendió con paciencia a todos, incluso a los que llegaban molestos.          | conforme
            El escrutador fue cortés con la gente, hasta con quienes le reclamaban a gritos.           | conforme
            Los funcionarios estuvieron atentos con cada vecino, aun con los que venían de malas.      | conforme
            Un vecino insultó incluso a los que esperaban en silencio.                                 | incidencia
            Cuando le avisé, la responsable movió la mampara junto a la pared.                         | conforme
            Cuando se lo hice notar, la secretaria cambió de lugar la mampara.                         | conforme
            A tres jóvenes los regresaron porque su colonia no era esta; la responsable les explicó.   | conforme
            A dos señoras que no pudieron opinar les explicaron que no les tocaba en esta mesa.        | conforme
            """)
    void whomAGoodTreatmentReachedACorrectionAfterPointingItOutAndAPersonOfAnotherPlace(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Twenty-second session (invented sentences): a practice is worth repeating when the observer says so — asks to
     * keep or copy it ("eso hay que copiarlo", "deberían hacerlo en todas"), praises it after telling it, or labels it
     * with praise ("Bien pensado: …") —; the duty in "hay que copiarlo" is not a proposal. Bringing the urna to a
     * voter told bare is the mesa doing its job, not a good practice.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La secretaria repartía fichas con número para que nadie esperara de pie; eso hay que copiarlo.          | buena_practica
            Ponían una banca a la sombra para los mayores, deberían hacerlo en todas las mesas.                    | buena_practica
            Anotaban en un pizarrón cuántas personas iban, eso hay que seguirlo haciendo.                           | buena_practica
            Bien pensado: la mesa tenía los proyectos impresos en letra grande junto a la fila.                     | buena_practica
            Punto a favor: el responsable explicaba a cada quien cómo doblar la papeleta.                           | buena_practica
            Al señor de la andadera le llevaron la urna hasta la banca, y eso estuvo bien.                          | buena_practica
            Hay que poner más sillas para las personas mayores.                                                     | recomendacion
            """)
    void aPracticeTheObserverAsksToRepeatOrPraises(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Al señor de la andadera le bajaron la urna hasta la banca.
            A una señora en silla de ruedas le llevaron la papeleta y la urna hasta la banqueta.
            """)
    void bringingTheUrnaToAVoterToldBareIsNoGoodPractice(String passage) {
        assertThat(only(passage).kind()).as(passage).isNotEqualTo(FindingKind.BUENA_PRACTICA);
    }

    @Test
    void aHeadingThatAsksForRecommendationsMakesItsItemsRecommendations() {
        Understanding u = Fixtures.RULES_ONLY.understand("Propuestas de mejora\n\n- Garantizar que los locales estén abiertos.\n"
                + "- Reforzar la capacitación de las personas funcionarias.", "x.txt");
        assertThat(u.findings()).extracting(Finding::kind).containsOnly(FindingKind.RECOMENDACION).hasSize(2);
        assertThat(Fixtures.RULES_ONLY.understand("Recomendaciones: ninguna.\n\nObservaciones: sin observaciones.", "x.txt")
                .findings()).as("an answer that says nothing is no finding").isEmpty();
    }

    @Test
    void aProblemToldAgainInTheActaIsNotANewOne() {
        Understanding u = Fixtures.RULES_ONLY.understand("""
                A las 13:00 un joven arrebató la urna y huyó con ella.

                Al cierre se levantó el acta, donde se asentó el robo de la urna, y se publicaron los resultados.
                """, "x.txt");
        assertThat(u.findings()).extracting(Finding::kind).containsExactly(FindingKind.INCIDENCIA, FindingKind.CONFORME);
    }

    /**
     * Twenty-third session (invented sentences): a request done with the verb it asked for, whatever the verb; what
     * someone left or took away once asked, or did at the mesa's request; a problem named before a colon whose text
     * only tells it was ended or did not happen. Each with the control that still tells a problem.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El presidente le pidió al vendedor de gorras que se recorriera a la esquina y se recorrió.           | conforme
            Les pedí a los de la mesa que la giraran hacia la barda y la giraron enseguida.                      | conforme
            La escrutadora le pide al joven del megáfono que se aparte de la fila; se aparta sin decir nada.     | conforme
            El promotor le pidió a la señora que votara por la cancha y votó por la cancha.                      | incidencia
            La presidenta le pidió al señor de la bocina que se apartara, pero no se apartó.                     | incidencia
            La responsable le pide al de los volantes que se vaya; el muchacho se lleva sus volantes a otra cuadra. | conforme
            A las once, el puesto de la esquina se fue a petición del secretario.                                | conforme
            Propaganda retirada: el secretario le pidió al señor de las gorras que se fuera y se fue.            | conforme
            Propaganda: un señor repartía volantes; la secretaria le pidió que se fuera y se fue.                | incidencia
            Un señor con gorra del proyecto repartía volantes junto a la fila: la presidenta le pidió que se retirara y se retiró. | incidencia
            """)
    void requestsDoneAndProblemsNamedOnlyAsTheTitleOfTheirEnd(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage).isEqualTo(kind);
    }

    /**
     * Twenty-fourth session (invented sentences): a negation does not reach a clause of its own — "y" before a
     * conjugated verb, or the main clause after a denied relative clause —; whom the mesa helped, described by what they
     * could not do, is no problem; a long queue told as the measure of a high turnout went as it should. Each with the
     * control that still tells a problem.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La fila nunca rebasó las doce personas y avanzó rápido.                                      | conforme
            Firmaron el acta sin prisa y publicaron los resultados en la puerta.                        | conforme
            No llegó el escrutador y abrieron con una hora de retraso.                                  | incidencia
            A quienes no llevaban su credencial les explicaron con calma que así no se podía.           | conforme
            Los que no alcanzaron banca se sentaron en la jardinera, sin queja alguna.                  | conforme
            El secretario ayudaba con paciencia a los que no veían bien las letras.                     | conforme
            La presidenta atendió primero a quienes no podían subir los escalones.                      | conforme
            Los funcionarios no ayudaron a los que no sabían leer.                                      | incidencia
            Muchísima gente desde temprano; la fila llegaba hasta la esquina de la panadería.           | conforme
            Buena afluencia toda la mañana, con una fila larga antes de las doce.                       | conforme
            Mucha gente y una fila larga: varias personas se fueron sin opinar.                         | incidencia
            Había mucha gente y la fila era larga, de casi una hora de espera.                          | incidencia
            Hubo una fila larga a mediodía y mucha gente se hartó y se fue.                             | incidencia
            """)
    void clausesTheNegationDoesNotReachWhomTheMesaHelpedAndAQueueOfAHighTurnout(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twenty-fifth session (invented sentences): a fact told before a question of the observer's own is a finding,
     * a line that only asks is none; not seeing the ballots is no lack of them; a negative word that opens the
     * sentence after a label is its subject, not a bare no; a wish opened by «que» with «nunca», «siempre» or a verb
     * of asking. Each with the control that still tells a problem or says nothing.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Una muchacha le tomó foto a la papeleta de su tía adentro de la mampara, ¿eso está permitido?     | incidencia
            La mesa cerró a las cinco en punto y el conteo cuadró, ¿qué más se puede pedir?                   | conforme
            Un señor de gorra roja le preguntaba a cada vecino "¿ya votó por el de la cancha?"                | incidencia
            Desde la puerta no se alcanzaba a ver ninguna papeleta, la mampara daba a la pared.               | conforme
            Desde la fila no se podía ver ninguna boleta marcada.                                             | conforme
            Al abrir el paquete no venía ninguna papeleta.                                                    | incidencia
            El trato de la mesa, de diez: nadie se quejó en toda la jornada.                                  | conforme
            Material completo: nada, la urna llegó sin sello.                                                 | incidencia
            Pleitos o empujones: ninguno que mencionar en toda la jornada.                                    | conforme
            Volantes del proyecto: ninguno a la vista en toda la calle.                                       | conforme
            Y que siempre manden un rollo de cinta de repuesto en el paquete.                                 | recomendacion
            Que nunca pongan la mesa en plena subida de la calle.                                             | recomendacion
            Que metan una lámpara en cada paquete, porque a las cinco ya no se veía nada.                     | recomendacion
            Conseguir una lona más grande para cubrir la fila del sol.                                         | recomendacion
            """)
    void theTwentyFifthRoundsConstructions(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twenty-sixth session (invented sentences): a sentence that opens with an infinitive proposes, whatever the verb,
     * even when it names a problem ("sin lona", "propaganda"); an infinitive that is the subject of a told fact
     * ("costó", "fue") does not, nor a word that only ends like one ("Ayer", "Lugar", "Primer").
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rotular la entrada del edificio con flechas hacia la mesa.                          | recomendacion
            Retirar cualquier manta con propaganda antes de abrir la mesa.                      | recomendacion
            Guardar un juego de papeletas de más para las mesas sin suficientes.                | recomendacion
            3.4 Sustituir las mamparas rotas por unas nuevas.                                   | recomendacion
            Y repartir agua a quienes esperan bajo el sol.                                      | recomendacion
            Subir a la mesa costó trabajo porque no había rampa.                                | incidencia
            Entrar al salón fue sencillo y la fila avanzó rápido.                               | conforme
            Ayer pusieron propaganda pegada a la reja de la escuela.                            | incidencia
            Primer incidente: se acabaron los marcadores a mediodía.                            | incidencia
            Los funcionarios llegaron puntuales (¿anotar la hora exacta?).                      | conforme
            """)
    void aSentenceThatOpensWithAnInfinitiveProposes(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twenty-sixth session (invented sentences): a problem supposed in a condition that opens the sentence is none
     * told, and the proposal after it decides; a «sí» or a «si» before a told fact is no condition.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Si se acaban las papeletas otra vez, conviene tener un paquete extra en el distrito. | recomendacion
            En caso de que no llegue el presidente, hay que tener un suplente avisado.          | recomendacion
            Si hubo propaganda, hay que reportarla.                                             | incidencia
            Sí, faltaron mamparas; hay que mandar más.                                          | incidencia
            """)
    void aProblemSupposedInAConditionIsNoneTold(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twenty-sixth session: after a label that says things went well, a «no» that goes on in its clause denies what
     * follows it ("Jornada en calma: no se vieron peleas"); a bare «no» after a comma still answers the label.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jornada en calma: no se registraron peleas ni insultos en la fila.                  | conforme
            Ambiente muy tranquilo: no hubo empujones ni gritos.                                | conforme
            """)
    void aNoThatGoesOnInItsClauseIsNoBareAnswer(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Twenty-sixth session (invented header): the heading a row was written under names its columns, it tells no
     * problem; the same words before a colon of the row's own text still do.
     */
    @Test
    void aHeadingTellsNoProblem() {
        KindClassifier kinds = new KindClassifier(KindRules.load(Path.of("config", KindRules.FILE_NAME), Fixtures.ANALYZER));
        String header = "HORA · LUGAR · PROBLEMAS";
        String row = header + ": 10:00 La urna llegó sellada y las papeletas completas.";
        AnalyzedText at = AnalyzedText.of(Fixtures.ANALYZER, row);
        assertThat(kinds.classify(row, at, java.util.List.of(), java.util.Set.of(), header.length()))
                .hasValueSatisfying(k -> assertThat(k.kind()).as(k.evidence().toString()).isEqualTo(FindingKind.CONFORME));
        // … and the text after it opens its sentence: an infinitive there proposes
        String notes = "Notas finales";
        String proposal = notes + ": Reparar la rampa de la entrada antes de la jornada.";
        assertThat(kinds.classify(proposal, AnalyzedText.of(Fixtures.ANALYZER, proposal), java.util.List.of(), java.util.Set.of(),
                notes.length())).hasValueSatisfying(k -> assertThat(k.kind()).isEqualTo(FindingKind.RECOMENDACION));
        String told = "Problemas con la urna: llegó sin sellos.";
        AnalyzedText toldAt = AnalyzedText.of(Fixtures.ANALYZER, told);
        assertThat(kinds.classify(told, toldAt, java.util.List.of(), java.util.Set.of(), 0))
                .hasValueSatisfying(k -> assertThat(k.kind()).as(k.evidence().toString()).isEqualTo(FindingKind.INCIDENCIA));
    }

    /** A line that only asks, with no fact before its question, is still no finding. */
    @Test
    void aLineThatOnlyAsksIsNoFinding() {
        assertThat(Fixtures.RULES_ONLY.understand("Coordinación: buenas tardes, ¿ya les llegó el paquete completo?", "x.txt")
                .findings()).isEmpty();
        assertThat(Fixtures.RULES_ONLY.understand("Pregunta 4 (abierta): ¿Qué cambiaría de la jornada?", "x.txt")
                .findings()).isEmpty();
    }

    /** A "que" that opens its clause is a wish, not a relative clause: its negation reaches the whole wish. */
    @Test
    void aWishThatOpensItsClauseKeepsItsNegation() {
        String passage = "Mesas accesibles: que nunca más se ponga una mesa arriba de una escalera.";
        assertThat(only(passage).kind()).as(passage + " " + only(passage).kindEvidence()).isNotEqualTo(FindingKind.INCIDENCIA);
    }

    /**
     * Twenty-seventh session (invented sentences): a short queue said with «poca» is how the queue went, not little
     * turnout; what was lost, denied, did not happen; a relative clause that tells whom the officials were kind to; a
     * lack whose «sin» already denies another problem before a colon; what the observer liked someone doing.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Votaron unas cien personas, con poca fila toda la tarde.                        | conforme
            Hubo fila corta casi todo el día.                                                | conforme
            Llegó poca gente después de comer.                                               | incidencia
            Las funcionarias nunca perdieron la calma ni la paciencia con la fila.           | conforme
            No se extravió ninguna papeleta en todo el día.                                  | conforme
            Se perdió una boleta durante el conteo.                                          | incidencia
            La secretaria perdió la paciencia y le gritó a un vecino.                        | incidencia
            El escrutador fue muy amable con los señores que no sabían dónde marcar.         | conforme
            Muchos vecinos no sabían dónde marcar.                                           | incidencia
            El acta quedó sin tachaduras: material limpio y completo.                        | conforme
            La mesa se quedó sin boletas a las dos.                                          | incidencia
            No hubo volantes ni perifoneo para avisar de la consulta.                        | incidencia
            Algo que me gustó: el secretario les explicaba a los jóvenes cómo doblar la papeleta. | buena_practica
            """)
    void shortQueuesDeniedLossesAndWhatTheObserverLiked(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage + " " + only(passage).kindEvidence()).isEqualTo(kind);
    }

    /**
     * A denial goes on through a list of short items separated by commas, the last after «ni», «o» or «y»; an item
     * that opens with a conjugated verb, or a longer stretch, is a clause of its own that the denial does not reach
     * (invented sentences).
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            En toda la jornada no hubo gritos, empujones, amenazas ni robos.                     | conforme
            Que no se registró pelea, insulto, robo ni daño a la mampara.                        | conforme
            No abrió a tiempo, llegaron tarde, faltaron boletas y la fila creció.                | incidencia
            No hubo boletas suficientes, se acabaron a las dos.                                  | incidencia
            La mesa no tenía rampa, sillas, sombra ni agua para la fila.                         | incidencia
            """)
    void aDenialGoesOnThroughAListOfShortItems(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(passage + " " + only(passage).kindEvidence()).isEqualTo(kind);
    }

    /**
     * A problem the mesa recorded, pointed at as known (a definite article, «como») where the sentence names the record,
     * tells how the mesa handled it, not a new problem; a problem the record introduces («un retraso»), told before it
     * in the sentence, or «registrado» with no record named («se registró el robo» as «happened») still counts
     * (invented sentences).
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El secretario asentó la pelea en la bitácora y siguió recibiendo opiniones.       | false
            La discrepancia se anotó en el acta de escrutinio y la firmaron todos.              | false
            Lo anotaron en la bitácora como incidente y siguieron con la votación.            | false
            Al contar sobraron dos papeletas; la diferencia se anotó en el acta.                | true
            Se anotó lo del robo en la hoja de incidentes y se avisó a la sede.                  | false
            Se anotó en el acta que el señor amenazó a la presidenta.                           | true
            Se anotó en el acta un retraso de cuarenta minutos en la apertura.                  | true
            La secretaria anotó en la hoja de incidentes que un señor amenazó a la presidenta.  | true
            Faltaban cinco papeletas del block; se anotó en el acta.                            | true
            A las tres se registró el robo de una urna en la escuela.                           | true
            La riña se registró frente a la mesa a las dos.                                     | true
            La secretaria asienta la pelea en la bitácora y sigue recibiendo opiniones.          | false
            La diferencia se anota en el acta y la firman todos.                                | false
            Se anota en el acta un retraso de cuarenta minutos en la apertura.                  | true
            """)
    void aProblemRecordedAsKnownIsNoNewOne(String passage, boolean incident) {
        Finding f = only(passage);
        assertThat(f.kind() == FindingKind.INCIDENCIA).as(passage + " " + f.kind() + " " + f.kindEvidence()).isEqualTo(incident);
    }

    /**
     * Twenty-ninth session, by construction (invented sentences): a person turned away for a reason of the rules is the
     * mesa doing its job, unless the passage says the rule did not settle it — the mesa gave no guidance (what it tells
     * a person it turns away, denied) or a concession after the refusal grants the person what the reason denies. A
     * concession that tells the guidance, one that opens the sentence, and guidance given stay «sin novedad».
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A dos muchachas de otro pueblo no las dejaron opinar y nadie les dijo dónde les tocaba.          | incidencia
            Le negaron la papeleta por traer la credencial vencida, sin explicarle a dónde acudir.           | incidencia
            Al joven de la otra unidad no lo dejaron opinar y ninguno de la mesa le supo decir adónde ir. | incidencia
            No la dejaron opinar por ser de la colonia vecina, aunque lleva veinte años en la calle.           | incidencia
            Rechazaron a un señor por tener la credencial de otra alcaldía, aunque paga predial en el barrio. | incidencia
            No lo dejaron votar porque su credencial era de otra colonia, aunque le explicaron con calma a dónde ir. | conforme
            Una señora no aparecía en la lista y le explicaron que su credencial era de otra colonia.        | conforme
            Un señor traía la credencial vencida y no lo dejaron opinar; le explicaron a dónde acudir.        | conforme
            A dos jóvenes de otra colonia no los dejaron opinar, aunque con buen trato.                      | conforme
            """)
    void aRefusalTheRulesDidNotSettle(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Fortieth session, by construction (invented sentences): a refusal on a guess — the check the rule asks for
     * (looking the person up, reading the credential) denied — is an obstacle whatever reason it gives; the check told
     * without a denial is the procedure, and the refusal stays «sin novedad».
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            No la dejaron opinar porque «seguro era de otra unidad», y ni la buscaron en el listado.          | true
            A las 12:40 rechazaron a un joven por traer credencial de otro estado, sin revisarla siquiera.    | true
            Al señor de la colonia vecina no lo dejaron votar sin verificar su domicilio en la credencial.    | true
            No la dejaron opinar porque su credencial era de otra colonia; la buscaron dos veces en el listado. | false
            Revisaron su credencial, era de otra alcaldía, y no lo dejaron opinar.                            | false
            """)
    void aRefusalOnAGuessIsAnObstacle(String passage, boolean incident) {
        Finding f = only(passage);
        assertThat(f.kind() == FindingKind.INCIDENCIA).as(passage + " " + f.kind() + " " + f.kindEvidence())
                .isEqualTo(incident);
    }

    /**
     * Fortieth session, by construction: a "que" clause joined to the one before it ("Y que…", "También que…") retells
     * a fact when its verb is in the past, one-syllable preterites ("dio", "vio") written without their accent; in the
     * subjunctive it still asks for something.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Y que la presidenta ya lo sabía desde temprano, porque se lo avisaron, y no hizo nada.  | false
            TERCERA. Que el secretario no les dio ninguna explicación a las señoras de la fila.     | false
            También que la escrutadora vio al señor de las despensas y siguió comiendo.            | false
            Y que pongan una sombra para la fila de la tarde.                                      | true
            Y que la mesa tenga una hoja con los módulos cercanos.                                 | true
            """)
    void aJoinedQueInThePastRetellsAFact(String passage, boolean proposal) {
        Finding f = only(passage);
        assertThat(f.kind() == FindingKind.RECOMENDACION).as(passage + " " + f.kind() + " " + f.kindEvidence())
                .isEqualTo(proposal);
    }

    /**
     * Fortieth session, by construction: a problem named as the motive of a proposal, in a phrase that opens the
     * sentence with no verb in the past, is the proposal's reason; told with a past verb, or with no proposal after
     * it, it is still an incident.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Con la fila tan larga, sería bueno abrir una segunda mesa en la escuela.     | recomendacion
            Ante la falta de sillas para la gente mayor, sugiero que manden unas bancas.  | recomendacion
            Con la lluvia se mojaron las boletas, hay que traer lonas.                    | incidencia
            Con la fila tan larga, mucha gente se fue sin opinar.                          | incidencia
            Faltaron sillas para la gente mayor; sugiero que manden unas bancas.          | incidencia
            """)
    void aProblemNamedAsTheProposalsMotive(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /** A project that lost the count is a result, not something lost: «perder» tells a problem with its object. */
    @Test
    void aProjectThatLostIsNoProblem() {
        String passage = "En el cómputo, el proyecto de las luminarias perdió por tres opiniones y la presidenta pegó el "
                + "resultado en la reja.";
        assertThat(only(passage).kind()).as(only(passage).kindEvidence().toString()).isNotEqualTo(FindingKind.INCIDENCIA);
    }

    /** A cue that starts in the heading a passage was written under and ends in the passage is the heading's. */
    @Test
    void aCueAcrossTheHeadingIsNotThePassages() {
        Understanding u = Fixtures.RULES_ONLY.understand("INFORME DE LA MESA\nEl traslado en camión\n"
                + "Buscar un salón en planta baja para que las personas mayores suban solas.\n", "x.txt");
        assertThat(u.findings()).last().satisfies(f -> assertThat(f.kind()).as(f.kindEvidence().toString())
                .isEqualTo(FindingKind.RECOMENDACION));
    }

    /**
     * A problem cue that starts on a proposal's own verb is what the proposal asks for, not a problem seen; a proposal
     * after a problem told in a clause of its own leaves the problem an incident (invented sentences).
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Señalar con gis la mampara para que nadie se acerque a ver.                                      | recomendacion
            La mampara estaba pegada a la ventana y se veía el voto; hay que ponerla contra la pared.        | incidencia
            Hubo un señor repartiendo volantes junto a la fila. Que le enseñen a la mesa qué hacer en esos casos. | incidencia
            """)
    void aProblemCueOnTheProposalsVerbIsProposed(String passage, String kind) {
        assertThat(only(passage).kind().id()).as(only(passage).kindEvidence().toString()).isEqualTo(kind);
    }

    /**
     * Thirtieth session (invented sentences): whom something was set out for, described by what they could not do, is
     * who it served, not a problem — unless what was set out is denied; «menos mal» celebrates; «para otra vez» and
     * «que sepan» propose, with the problem they foresee inside the proposal. (Thirty-second session: the escrutador
     * who kept taking the urna down so that those who could not climb opined is a good practice, as the labelled sets
     * since -27 read a named person's habit told with its purpose.)
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Había una banca a la sombra para quienes no podían estar parados mucho tiempo.                  | conforme
            Pusieron una lupa en la mesa para los que no ven bien las letras chiquitas.                     | conforme
            El escrutador sacaba la urna a la banqueta para que los señores que no podían subir opinaran abajo. | buena_practica
            No había ni una silla para quienes no podían estar de pie.                                       | incidencia
            Los que no podían subir las escaleras se fueron sin opinar.                                      | incidencia
            Menos mal que el secretario trajo su propia engrapadora y el acta quedó completa.                | conforme
            Una de las funcionarias le contestó de mal modo a una señora que preguntaba.                     | incidencia
            Para otra vez, que la mesa tenga sillas para la gente de la fila.                                | recomendacion
            Y que sepan qué hacer cuando alguien reparte volantes en la fila.                                | recomendacion
            """)
    void whomSomethingWasSetOutForAndProposalsWithTheirProblemInside(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Thirtieth session (invented sentences): what the writer says of their own writing — an apology for its errors or
     * its delay, when or how it was written — judges the report, not the mesa (read by the kind rules alone: the
     * segmenter may leave such a line out of the findings altogether). An apology the mesa made, or one followed by
     * the mesa's problem, still tells it.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Escribo desde el celular del trabajo; perdón por los errores de dedo.                              | contexto
            Les escribo ya tarde porque apenas llegué de la obra.                                              | contexto
            Disculpen la letra, lo escribí con prisa en el camión.                                             | contexto
            Perdón por la tardanza del informe: la mesa abrió con una hora de retraso.                         | incidencia
            La presidenta pidió perdón por el retraso de la apertura.                                          | incidencia
            """)
    void whatTheWriterSaysOfTheirWritingJudgesNoMesa(String passage, String kind) {
        KindClassifier kinds = new KindClassifier(KindRules.load(Path.of("config", KindRules.FILE_NAME), Fixtures.ANALYZER));
        assertThat(kinds.classify(passage, AnalyzedText.of(Fixtures.ANALYZER, passage), java.util.List.of(), java.util.Set.of()))
                .hasValueSatisfying(k -> assertThat(k.kind().id()).as(passage + " " + k.evidence()).isEqualTo(kind));
    }

    /**
     * Thirtieth session (invented sentences): an attempt stopped by a request and the person who then marks alone; the
     * observer's opinion followed by what they ask, in the subjunctive; the mesa that said nothing about what happened
     * at the mampara denies its own response, not the problem (but nobody telling voters anything there is no problem).
     * Each with the control that reads the other way.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un señor quería pasar con su esposa a la mampara; la secretaria le pide esperar afuera y la señora marca sola. | conforme
            Un señor se metió con su esposa a la mampara y le dijo por cuál proyecto marcar.                   | incidencia
            Yo digo que a los de la mesa les expliquen qué hacer cuando llega gente en camioneta.              | recomendacion
            Yo digo que la mesa estuvo bien atendida, aunque faltó una mampara.                                | incidencia
            Dos hermanas pasaron juntas a la mampara y la mesa no les dijo nada.                                | incidencia
            Un matrimonio se metió a la mampara; nadie de la mesa le dijo nada.                                 | incidencia
            En la mampara nadie les dijo nada a los votantes: cada quien marcó solo.                            | conforme
            """)
    void anAttemptStoppedAnOpinionThatAsksAndAMesaThatSaidNothing(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Thirty-first session (invented sentences, in a few genres): a lack that names what was brought to end it — in a
     * relative clause or as the thing's adjective — tells the remedy; the lack told as a fact of its own, what was said
     * or seen to be missing and a lack in another clause stay problems.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A mediodía el capacitador trajo los crayones que faltaban.                                          | conforme
            Querido diario: hoy por fin llegaron las mamparas que hacían falta y se armó todo.                  | conforme
            Parte de obra, 10:15 h: se repuso el sello faltante de la urna.                                     | conforme
            Faltaban crayones toda la mañana.                                                                   | incidencia
            Trajeron las urnas, pero faltaban los crayones.                                                     | incidencia
            El capacitador llegó diciendo que faltaban boletas.                                                 | incidencia
            Llegó la secretaria y vio que faltaba el acta.                                                      | incidencia
            """)
    void aLackThatNamesWhatWasBroughtTellsTheRemedy(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Thirty-first session (invented sentences): a correction of the mampara followed, in the same sentence, by nobody
     * seeing any more tells the remedy; without a correction before it, or when what stopped is finding the mesa, it
     * does not. Passing by ("pasaron de largo") measures nothing long; a long queue still does. A problem the mesa has
     * recorded, said in the perfect tense, is pointed at as known, like one it recorded in the preterite.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Diario de campo, 11 h. La presidenta giró la cortina hacia el muro y ya nadie alcanzaba a ver la boleta. | conforme
            Receta de la jornada: acomodaron la mampara contra la pared y ya no se veía lo que marcaba cada quien.    | conforme
            Se fue la luz y ya no se veía nada.                                                                 | incidencia
            A las nueve la movieron a la calle de atrás y ya nadie la encontraba.                               | incidencia
            Sin pleitos ni gritos; tres patrullas pasaron de largo por la avenida.                              | conforme
            La fila fue larga toda la mañana.                                                                   | incidencia
            """)
    void aCorrectionThatEndedTheSeeingAndPassingBy(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /** Thirty-first session: the mesa's record of a problem told before, in the perfect tense, tells no new problem. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La secretaria ha anotado el retraso en el acta.                 | contexto
            La secretaria ha anotado en el acta que faltaron diez boletas.   | incidencia
            """)
    void aRecordInThePerfectTenseOfAProblemToldBefore(String passage, String kind) {
        KindClassifier kinds = new KindClassifier(KindRules.load(Path.of("config", KindRules.FILE_NAME), Fixtures.ANALYZER));
        java.util.Set<String> told = java.util.Set.copyOf(Fixtures.ANALYZER.terms("retraso"));
        assertThat(kinds.classify(passage, AnalyzedText.of(Fixtures.ANALYZER, passage), java.util.List.of(), told))
                .hasValueSatisfying(k -> assertThat(k.kind().id()).as(passage + " " + k.evidence()).isEqualTo(kind));
    }

    /**
     * Thirty-second session, by construction (invented sentences): what a named person of the mesa kept doing so that voters
     * could take part, told with its purpose, is a good practice without a word of praise; not when nobody is named
     * as doing it, when the passage tells a problem, when it is proposed, or when «para qué» asks.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            El secretario repartía un croquis de la colonia para que cada quien supiera cuál era su mesa.      | buena_practica
            Para que nadie perdiera su turno, la presidenta anotaba los nombres en una libreta.                | buena_practica
            Una funcionaria prestaba su lupa a los señores para que leyeran los proyectos ellos mismos.        | buena_practica
            La presidenta regañaba a los señores para que se apuraran y varios se fueron sin opinar.          | incidencia
            Sugiero que la presidenta reparta fichas para que nadie pierda su lugar.                           | recomendacion
            El presidente le preguntó al joven que para qué quería la boleta.                                  | contexto
            """)
    void whatAPersonOfTheMesaDidSoThatVotersCouldTakePart(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * … and the same act told with nobody named as doing it, or told once in the preterite, is the mesa doing its
     * work, no initiative.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Le llevaron la boleta a la banca para que opinara sentada.
            El secretario le acercó la urna a la señora para que opinara sentada.
            """)
    void theSameActWithNobodyNamedOrToldOnceIsNoInitiative(String passage) {
        assertThat(only(passage).kind()).as(passage).isNotEqualTo(FindingKind.BUENA_PRACTICA);
    }

    /**
     * Thirty-sixth session, by construction (invented sentences): a lack said with «sin» inside the clause another
     * negation denies is denied with it — two negations say the thing was there; a «sin» of its own clause, after a
     * comma or a «y» that starts another one, still tells a lack.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nunca dejaron pasar a nadie sin su credencial.                              | conforme
            No entregaron ninguna papeleta sin sello.                                   | conforme
            Ni a la vecina del puesto la dejaron pasar sin credencial.                  | conforme
            Votaron sin mampara toda la mañana.                                         | incidencia
            No alcanzaron las papeletas y varios vecinos se quedaron sin boleta.        | incidencia
            La mesa no tenía techo, sin toldo la gente se asoleó.                       | incidencia
            """)
    void aLackDeniedByTheClauseItIsIn(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Thirty-sixth session, by construction (invented sentences): the mesa that saw the problem and let it be is the
     * problem, whatever else the passage names; what the mesa saw and did something about, or only saw, is none.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            La escrutadora los veía desde su lugar y no les dijo nada en toda la mañana.   | incidencia
            El responsable se dio cuenta y se quedó callado; siguió recibiendo opiniones.   | incidencia
            Los de la mesa lo vieron repartir y ni se inmutaron.                            | incidencia
            La presidenta lo vio y le pidió que se retirara; el señor se fue.               | conforme
            """)
    void theMesaThatSawAndLetItBe(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Thirty-ninth session (invented sentences, in a few genres): a known damaged thing — pointed at with a definite
     * article — that the mesa set aside, replaced or recorded tells what the mesa did with it; the damage told as news,
     * with no handling, after a "que" or with another thing's article, stays a problem.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Según mi minuta, el secretario apartó las papeletas mojadas y siguió la recepción.             | conforme
            Querido diario: la presidenta cambió la urna rota por la de repuesto.                            | conforme
            Hoja de servicio: se retiró la mampara dañada y se armó la otra.                                 | conforme
            Llegaron las papeletas mojadas desde el distrito.                                                | incidencia
            Dejaron la mampara rota toda la mañana.                                                          | incidencia
            Anotaron en la bitácora que la urna venía rota.                                                  | incidencia
            Se anotaron en el acta tres boletas rotas.                                                       | incidencia
            """)
    void aKnownDamageHandledTellsTheHandling(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Thirty-ninth session (invented sentences, in a few genres): a lack of help told right after what a voter did is
     * how they did it, on their own; with no act of their own before it, or when it goes on to say whose help was
     * missing, it is still a lack.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reseña del día: una abuela con andadera votó ella sola, sin ayuda.                               | conforme
            Con la rampa nueva, un joven en silla de ruedas entró sin apoyo y marcó su boleta.                | conforme
            A las 12:10 una señora con bastón pudo opinar sin ayuda.                                          | conforme
            Un señor en silla de ruedas tuvo que subir sin ayuda por la escalera.                             | incidencia
            La señora de la andadera esperó sin apoyo toda la mañana.                                         | incidencia
            La rampa no servía y el señor subió sin ayuda de nadie.                                           | incidencia
            """)
    void anActDoneWithoutHelpIsNoLack(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Forty-first session (invented sentences, in a few genres): the wish that the other mesas do what this one did
     * praises the act told; advice is the plain word of a recommendation heading; slowness is not the glasses of
     * whoever serves, nor an accusation a receipt. Each with the case it must not change.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bitácora, 13:05: el escrutador repetía en voz alta cada proyecto antes de entregar la papeleta; vale la pena que todas las mesas lo hagan. | buena_practica
            La presidenta dejaba una jarra de agua para la fila: estaría bien que lo hicieran las otras casillas.      | buena_practica
            El secretario anotaba en el pizarrón la hora de cada corte y las demás mesas deberían hacer lo mismo.   | buena_practica
            Que todas las mesas tengan una carpa para el sol.                                                        | recomendacion
            Mi consejo: que ninguna mesa se quede sin sillas para la fila.                                           | recomendacion
            Nuestro consejo: una lona más grande sobre la fila de la tarde.                                          | recomendacion
            Consejo Ciudadano: estuvo presente una integrante toda la mañana.                                        | contexto
            La escrutadora, una señora de lentes y rebozo, revisó cada credencial con calma.                         | conforme
            La tableta iba lentísima y la fila no avanzaba.                                                          | incidencia
            Al terminar, el sistema me mandó un acuse con folio y la hora de mi opinión.                              | contexto
            Una señora acusó al secretario de tachar su nombre sin preguntarle.                                       | incidencia
            En la fila, él acusó a la presidenta de no dejarlo opinar.                                                | incidencia
            El listado se revisó muy lento y hubo quejas en la fila.                                                 | incidencia
            """)
    void theOtherMesasDoingTheSameAdviceAndSlowness(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Forty-fourth session (invented sentences, in a few genres): the mesa that did not ask whoever caused a problem to
     * stop or leave, or did not take the thing away, let it be — an incident; asked without an outcome it judges nothing
     * by itself, and a thing nobody moved from its place is no inaction (no problem is told). "Sin" lacks its own phrase: the clause after it
     * ("sin credencial le explicaron que no podía opinar") is told, not denied. The observer's verdict that a refusal
     * was right makes it the rule applied; courtesy alone does not.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bitácora 10:20 — el señor de los tamales se instaló junto a la mampara y nadie de la mesa le pidió que se moviera. | incidencia
            En la banqueta la secretaria le compró un elote al vendedor; nadie le pidió que dejara de vender ahí.  | incidencia
            En la reja colgaba una manta del proyecto 4; el presidente la miró y no la quitó.                       | incidencia
            Acta de hechos: el escrutador le pidió al vecino que dejara de grabar.                                  | contexto
            La urna quedó en su mesa toda la mañana y nadie la movió de su lugar.                                   | contexto
            Al señor con pasaporte y sin credencial le explicaron que así no podía opinar, y se fue tranquilo.      | conforme
            Un muchacho sin credencial preguntó y nadie le explicó por qué no podía opinar.                         | incidencia
            Con razón no dejaron opinar a la muchacha que traía la credencial vencida de su mamá.                    | conforme
            La trataron con calma, pero su nombre no aparecía en el listado y no pudo opinar.                       | incidencia
            """)
    void theMesaThatLetItBeTheScopeOfSinAndARefusalJudgedRight(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    /**
     * Forty-fourth session (invented sentences): a complaint told first and the correction after it, in one sentence,
     * tells the correction; a problem said to have gone away ended. A complaint nobody answered, or a correction
     * denied, stays the problem.
     */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Una vecina se quejó y el escrutador volteó la mampara hacia la barda.                                   | conforme
            Se lo señalé al presidente y la movieron junto a la pared.                                              | conforme
            Parte de las 12:40: la tableta se reinició y el problema desapareció.                                   | conforme
            Una vecina se quejó y el escrutador no volteó la mampara en toda la mañana.                             | incidencia
            Una vecina se quejó de que se veía la boleta desde la ventana y nadie hizo nada.                        | incidencia
            """)
    void aComplaintAnsweredByACorrection(String passage, String kind) {
        Finding f = only(passage);
        assertThat(f.kind().id()).as(passage + " " + f.kindEvidence()).isEqualTo(kind);
    }

    @Test
    void seenWithNothingLetBeJudgesNobody() {
        Finding f = only("El escrutador la vio llegar con su bastón y la saludó con gusto.");
        assertThat(f.kind()).as(f.kindEvidence().toString()).isNotEqualTo(FindingKind.INCIDENCIA);
    }

    @Test
    void theKindsFileLoads() {
        KindRules rules = KindRules.load(Path.of("config", KindRules.FILE_NAME), Fixtures.ANALYZER);
        assertThat(rules.negation.negators()).isNotEmpty();
        assertThat(rules.negation.reach()).isPositive();
    }
}
