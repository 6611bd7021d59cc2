package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * The topic vocabulary of the twelfth round (config/taxonomia.yaml), each entry written for a way of saying things
 * that the eleventh and tenth labelled sets missed — word families, verb forms, numbers written in words,
 * abbreviations, English code-switching — and tried here on invented sentences of none of them; and the contexts in
 * which those words are no topic.
 */
class TopicVocabularyTest {

    private static Set<String> topics(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence().keySet();
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Un vecino repetía en la fila que el del mercado era el bueno.                 | proselitismo
            Regalaban boletos del cine a quien votara por el parque.                     | proselitismo
            Los del comité hicieron campaña toda la mañana en la esquina.                | proselitismo
            A mi compadre lo amenazaron para que votara por las luminarias.              | proselitismo
            Una banda tocaba para el proyecto del kiosco junto a la fila.                | proselitismo
            En la unidad repartieron doscientos pesos por voto.                          | proselitismo
            sra c/ volantes x el proy. del parque en la esquina                          | proselitismo
            Desde la ventana de enfrente todos vieron su boleta.                         | secreto_voto
            Un joven miraba desde la barda a quienes votaban.                            | secreto_voto
            El sobrino se ofreció a votar por la señora en su celular.                   | secreto_voto
            La abuela votó solita, sin que nadie la acompañara.                          | secreto_voto
            La secretaria le pidió que se retirara de la fila.                           | funcionariado
            fx le dice q se vaya y se va                                                  | funcionariado
            El escrutador descolgó las lonas cuando se lo pedimos.                       | funcionariado
            Alguien rayó la barda de la escuela con aerosol.                             | seguridad
            Unos chavos aventaron piedras hacia la mesa.                                 | seguridad
            Había como veinte personas formadas.                                         | participacion
            Llevamos como cien en toda la mañana.                                        | participacion
            Se forma fila desde temprano.                                                | participacion
            Cuentan las papeletas frente a los vecinos.                                  | escrutinio
            Al final todo cuadró con el acta.                                            | escrutinio
            Muchos se enteraron ese mismo día por el perifoneo.                          | difusion
            Que avisen con anticipación la fecha de la consulta.                         | difusion
            Hace falta una plática informativa antes de la jornada.                      | difusion
            La observadora no fue autorizada a permanecer junto a la urna.               | observacion
            Me retiré unos metros porque la responsable me pidió distancia.              | observacion
            Antes de abrir, la responsable mostró la urna vacía.                         | instalacion
            A man in a wheelchair could not reach the table.                             | accesibilidad
            Three neighbours weren't in the listado.                                     | identificacion
            Las chavas de la mesa muy educadas con todos los vecinos.                    | funcionariado
            El presidente se durmió un buen rato después de la comida.                   | funcionariado
            Nombraron a un joven de la fila porque faltaba uno.                          | funcionariado
            Una suplente llegó a las diez a cubrir el hueco.                             | funcionariado
            Los de la comisión andaban comprando votos afuera del mercado.               | proselitismo
            Un licenciado les fue a decir que votaran por el alumbrado.                  | proselitismo
            Colgaron una lona de la diputada frente a la escuela.                        | proselitismo
            Ni grillos ni nada de eso hubo por aquí.                                     | proselitismo
            La mampara quedó frente a la puerta de la tienda.                            | secreto_voto
            La mampara estaba contra el muro del salón.                                  | secreto_voto
            Después de moverla ya nadie pudo ver lo que marcaban.                        | secreto_voto
            Su nieta le dicta el voto a la abuela desde afuera.                          | secreto_voto
            La jornada estuvo tranquila de principio a fin.                              | seguridad
            Sin broncas en toda la tarde.                                                | seguridad
            Pasó la peregrinación con música y nadie molestó a la mesa.                  | seguridad
            """)
    void aWayOfSayingItPlacesThePassageInItsTopic(String passage, String topic) {
        assertThat(topics(passage)).as(passage).contains(topic);
    }

    @Test
    void theSameWordsOutsideTheirContextAreNoTopic() {
        assertThat(topics("Hubo una campaña informativa de la consulta en el mercado.")).doesNotContain("proselitismo");
        assertThat(topics("Un niño tiró la mampara con el balón, nadie herido.")).doesNotContain("secreto_voto");
        assertThat(topics("Una persona ciega votó sola con la plantilla braille.")).doesNotContain("secreto_voto").contains("accesibilidad");
        assertThat(topics("La mesa quedó frente al módulo de vigilancia.")).doesNotContain("seguridad");
        assertThat(topics("Un señor decía que votaran por las cámaras de seguridad.")).doesNotContain("seguridad").contains("proselitismo");
        assertThat(topics("Llegó un grupo de quince personas en una combi.")).doesNotContain("participacion");
        assertThat(topics("Estaban las tres personas funcionarias desde temprano.")).doesNotContain("participacion");
        assertThat(topics("La mesa está a dos cuadras del mercado, todo bien.")).doesNotContain("escrutinio");
        assertThat(topics("Me retiro a las seis, fin de la bitácora.")).doesNotContain("observacion");
        assertThat(topics("La observadora, con su gafete, platicaba con la responsable.")).doesNotContain("observacion");
        assertThat(topics("Pusieron carteles del mismo proyecto en la fuente.")).doesNotContain("difusion").contains("proselitismo");
        assertThat(topics("La responsable les explicó que su credencial era de otra sección.")).doesNotContain("funcionariado");
        // a platform one climbs is no internet vote; the one that fails or lets people vote is
        assertThat(topics("Subieron la mesa a la plataforma de madera del auditorio.")).doesNotContain("remota");
        assertThat(topics("La plataforma se cayó y nadie pudo registrarse.")).contains("remota");
        // an answer that says the aspect does not apply says nothing about it
        assertThat(topics("Fallas del sistema de voto por internet: no aplica, la mesa es presencial.")).isEmpty();
        // a voter not minding the wait is no disorder
        assertThat(topics("La señora dijo que no le molestaba esperar en la fila.")).doesNotContain("seguridad");
    }

    /**
     * The sixteenth round: the calm of the day and disorder named in passing place a passage in seguridad, and a screen
     * against a wall or a vote nobody could see in secreto_voto, but none of them makes an incident of another aspect a
     * serious one: they say the aspect went well.
     */
    @Test
    void whatSaysTheAspectWentWellMakesNoSeriousIncident() {
        Finding calm = Fixtures.onlyFinding("Todo tranquilo, la única bronca fue que la fila no avanzaba en dos horas.");
        assertThat(calm.topics()).doesNotContain("seguridad");
        Finding screen = Fixtures.onlyFinding("La urna llegó sin sello, pero la mampara quedó pegada a la reja del patio.");
        assertThat(screen.kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(screen.topics()).contains("material").doesNotContain("secreto_voto");
        assertThat(Fixtures.onlyFinding("Todo en calma durante la mañana en la mesa.").topics()).contains("seguridad");
    }

    /**
     * The sixteenth round: a passage that only tells how the problem before it was dealt with names it with a pronoun;
     * it is about that problem (the labelling criteria), and a passage that tells something of its own is not.
     */
    @Test
    void aHandlingTakesTheTopicOfTheProblemItHandles() {
        List<Finding> moved = Fixtures.RULES_ONLY.understand("""
                La mampara quedó frente a la puerta de la tienda y desde la calle se veía cómo marcaban.

                A los veinte minutos la voltearon y ya quedó bien.
                """, "atencion.txt").findings();
        assertThat(moved).hasSize(2);
        assertThat(moved.get(1).topics()).contains("secreto_voto");
        assertThat(moved.get(1).evidence().get("secreto_voto")).containsExactly("atiende el hallazgo 1");
        List<Finding> left = Fixtures.RULES_ONLY.understand("""
                Un hombre con gorra del proyecto de la cancha invitaba a la fila a votar por ese proyecto.

                La secretaria habló con él y se retiró sin decir nada.

                Luego una vecina en silla de ruedas pidió ayuda para subir y se fue contenta.
                """, "atencion.txt").findings();
        assertThat(left).hasSize(3);
        assertThat(left.get(1).topics()).contains("proselitismo");
        assertThat(left.get(2).topics()).as("tells something of its own").doesNotContain("proselitismo");
    }

    /**
     * The thirteenth round: an object of the aspect named in passing is no topic (the guideline: a topic needs
     * something of substance about it); each sentence beside one that does say something about the aspect.
     */
    @Test
    void namingAnObjectOfTheAspectIsNotSayingSomethingAboutIt() {
        // marking the credential is the routine after opining; the marker running out is material
        assertThat(topics("Se terminó la tinta y con un plumón siguieron marcando las credenciales."))
                .doesNotContain("identificacion").contains("material");
        assertThat(topics("La credencial del joven ya venía marcada y no lo dejaron opinar otra vez.")).contains("identificacion");
        // not knowing how to read is no lack of information; announcing one's own project is campaigning
        assertThat(topics("La secretaria leía las opciones en voz baja a quienes no sabían leer.")).doesNotContain("difusion");
        assertThat(topics("Un joven en bicicleta anunciaba su proyecto por toda la calle.")).doesNotContain("difusion");
        assertThat(topics("Nadie sabía que había consulta ese domingo.")).contains("difusion");
        // the SEI's system that does not let someone in is the internet vote, not the observer's access
        assertThat(topics("La página no me dejó entrar otra vez para opinar por internet.")).doesNotContain("observacion");
        assertThat(topics("La responsable no me dejó acercarme a ver el conteo.")).contains("observacion");
        // reconciling the ballots left over with the opinions is the count; where the screen stands is secrecy
        assertThat(topics("Las boletas que sobraron cuadraron con las opiniones del acta.")).doesNotContain("material");
        assertThat(topics("Recomiendo revisar la ubicación de la mampara antes de abrir.")).doesNotContain("material");
        assertThat(topics("Sobraron muy pocas boletas, casi no alcanzan.")).contains("material");
        // an elevator or a railing counts when missing or broken on the way to the mesa, not as a place to post things
        assertThat(topics("El administrador pegó en el elevador un aviso para votar por el proyecto 3.")).doesNotContain("accesibilidad");
        assertThat(topics("La mesa quedó en el tercer piso y el elevador no servía.")).contains("accesibilidad");
        // starting or going on receiving opinions is the opening or the mesa carrying on, not turnout
        assertThat(topics("La mesa empezó a recibir opiniones a las nueve y cuarto.")).doesNotContain("participacion");
        assertThat(topics("Aunque se fue la luz, siguieron recibiendo opiniones con linternas.")).doesNotContain("participacion");
        assertThat(topics("Se recibieron 150 opiniones en todo el día.")).contains("participacion");
    }

    @Test
    void aDeniedProblemKeepsItsTopicInAFindingThatIsNoIncident() {
        Finding f = Fixtures.onlyFinding("No se registraron riñas durante la jornada.");
        assertThat(f.kind()).isNotEqualTo(FindingKind.INCIDENCIA);
        assertThat(f.topics()).contains("seguridad");
        assertThat(Fixtures.onlyFinding("La señora no tenía ninguna discapacidad.").topics()).doesNotContain("accesibilidad");
    }

    @Test
    void whatTheOfficialsDidAboutAnIncidentGoesOnTellingIt() {
        List<Finding> findings = Fixtures.RULES_ONLY.understand("""
                Un señor repartía volantes del proyecto del deportivo a la entrada.

                Después de eso la responsable le pidió que se fuera, pero siguió ahí.
                """, "seguimiento.txt").findings();
        assertThat(findings).hasSize(2);
        assertThat(findings.get(1).topics()).contains("funcionariado", "proselitismo");
    }

    /**
     * The fifteenth round: who the words are about. The observer's badge is a condition for observing when someone
     * asks for it, checks it or it is missing; worn, or missing on an official, it is not.
     */
    @Test
    void theObserversBadgeIsAboutObservingOnlyWhenAskedForCheckedOrForgotten() {
        assertThat(topics("Desde la banqueta, con mi gafete colgado, apunté quién llegaba.")).doesNotContain("observacion");
        assertThat(topics("El escrutador anduvo sin gafete toda la mañana.")).doesNotContain("observacion");
        assertThat(topics("Antes de dejarme pasar, la secretaria revisó mi gafete.")).contains("observacion");
        assertThat(topics("Olvidé mi gafete en la casa y tuve que ir por él.")).contains("observacion");
        // the observer who warns someone acts; being warned (or not) is a condition for observing
        assertThat(topics("La observadora avisó al responsable que ya no quedaba tinta.")).doesNotContain("observacion");
        assertThat(topics("Nadie le avisó a la observadora que la mesa se había cambiado de calle.")).contains("observacion");
    }

    /** Who took part in an act is not how many came to opine. */
    @Test
    void takingPartInAnActIsNoTurnout() {
        assertThat(topics("El conteo se hizo con la participación de tres vecinas como testigos.")).doesNotContain("participacion");
        assertThat(topics("La participación fue muy baja toda la mañana.")).contains("participacion");
    }

    /**
     * The fifteenth round: a loudspeaker, leaflets or posters that campaign are the medium of propaganda, not
     * information about the consultation (config: {@code cede_ante}); a recommendation may ask for both.
     */
    @Test
    void theMediumOfPropagandaIsNoInformationAboutTheConsultation() {
        Finding campaign = Fixtures.onlyFinding("Una camioneta con perifoneo hizo propaganda toda la mañana frente a la escuela.");
        assertThat(campaign.topics()).contains("proselitismo").doesNotContain("difusion");
        Finding informed = Fixtures.onlyFinding("Desde el sábado hubo perifoneo del instituto sobre la consulta en toda la colonia.");
        assertThat(informed.topics()).contains("difusion");
        Finding asked = Fixtures.onlyFinding("Sugiero que haya perifoneo de la consulta y que se retire la propaganda de la esquina.");
        assertThat(asked.kind()).isEqualTo(FindingKind.RECOMENDACION);
        assertThat(asked.topics()).contains("difusion", "proselitismo");
    }

    /**
     * The seventeenth round: the observer's own purpose or to-do ("me acredité para observar", "revisar gafete") and a
     * bare "me dejaron ver" after the counting just told say nothing of the conditions for observing; what was had
     * for observing, or what was let seen, does.
     */
    @Test
    void theObserversOwnPurposeIsNoConditionForObserving() {
        assertThat(topics("Me inscribí en el curso del instituto para observar la consulta de mi barrio.")).doesNotContain("observacion");
        assertThat(topics("Nos dieron un buen lugar para observar, junto a la urna.")).contains("observacion");
        assertThat(topics("No tuve ningún problema para observar en toda la jornada.")).contains("observacion");
        assertThat(topics("Contaron despacio, papeleta por papeleta, y me dejaron ver desde la orilla.")).doesNotContain("observacion");
        assertThat(topics("Al final me dejaron ver todo el llenado del acta.")).contains("observacion");
        assertThat(topics("08:30 Desayunar, revisar gafete y salir a la mesa.")).doesNotContain("observacion");
    }

    /**
     * The seventeenth round: an official's request that the one causing a problem then obeyed tells how the problem
     * was handled (config: {@code atencion_cumplida}), not how the officials did; a request not made, or not obeyed,
     * tells how they acted.
     */
    @Test
    void aHandlingThatWorkedIsNoFindingAboutTheOfficials() {
        assertThat(Fixtures.onlyFinding("El secretario le pidió que se retirara con sus volantes y el joven obedeció.").topics())
                .doesNotContain("funcionariado");
        assertThat(Fixtures.onlyFinding("La escrutadora les dijo que se alejaran de la urna y los dos señores se fueron a la banca.").topics())
                .doesNotContain("funcionariado");
        assertThat(Fixtures.onlyFinding("El secretario le pidió que se retirara con sus volantes, pero el joven no hizo caso.").topics())
                .contains("funcionariado");
        assertThat(Fixtures.onlyFinding("El secretario nunca le pidió que se retirara y el joven se fue hasta el mediodía.").topics())
                .contains("funcionariado");
        assertThat(Fixtures.onlyFinding("A las 11:00 la secretaria se retiró de su puesto una hora sin dejar relevo.").topics())
                .as("the official who leaves is absent").contains("funcionariado");
    }

    /**
     * The twenty-fifth round: doing what was asked is also told with the verb «hacer» ("le pidió que guardara la lona y
     * lo hizo"); not doing it ("y no lo hizo") still tells how the officials acted.
     */
    @Test
    void doingWhatWasAskedWithTheVerbHacerIsAHandlingThatWorked() {
        assertThat(Fixtures.onlyFinding("La presidenta le pidió que se quitara la gorra del proyecto y lo hizo enseguida.").topics())
                .doesNotContain("funcionariado");
        assertThat(Fixtures.onlyFinding("El secretario les pidió que se formaran lejos de la mampara y así lo hicieron.").topics())
                .doesNotContain("funcionariado");
        assertThat(Fixtures.onlyFinding("La presidenta le pidió que se quitara la gorra del proyecto y no lo hizo.").topics())
                .contains("funcionariado");
    }

    /**
     * The twenty-fifth round: the Institute's trainer («capacitador», «capacitadora») brings material, fetches the
     * package or is called for help; naming them judges nobody of the mesa. Officials trained or not still are, and so
     * is an official who had to leave.
     */
    @Test
    void theInstitutesTrainerIsNoJudgementOfTheOfficials() {
        assertThat(topics("El presidente llamó a la capacitadora porque faltaban marcadores.")).doesNotContain("funcionariado");
        assertThat(topics("La secretaria esperó al capacitador para entregarle el paquete.")).doesNotContain("funcionariado");
        assertThat(topics("El escrutador no estaba capacitado para contar las papeletas.")).contains("funcionariado");
        assertThat(topics("La responsable se veía muy bien capacitada.")).contains("funcionariado");
        // … and an official who had to leave is an absence, whoever is called to cover it
        assertThat(topics("A media tarde la escrutadora se tuvo que ir y llamaron a la capacitadora.")).contains("funcionariado");
    }

    /**
     * The twenty-fifth round: an official answering badly someone who asked about the projects tells how voters were
     * treated (config: {@code cede_ante}); people who did not know the projects are still the consultation's publicity.
     */
    @Test
    void aQuestionAnsweredBadlyIsHowTheOfficialsTreatedVoters() {
        Finding rude = Fixtures.onlyFinding("El presidente le respondió de malos modos a una vecina que preguntaba por los proyectos.");
        assertThat(rude.topics()).contains("funcionariado").doesNotContain("difusion");
        assertThat(Fixtures.onlyFinding("Nadie sabía qué proyectos había y la secretaria tampoco los explicó.").topics())
                .contains("difusion");
        assertThat(Fixtures.onlyFinding("Los funcionarios llegaron puntuales, pero casi nadie sabía qué proyectos había.").topics())
                .contains("difusion");
    }

    /** The twenty-fifth round: the opening's acta tells the opening, not the counting. */
    @Test
    void theOpeningsActaIsNoCounting() {
        assertThat(topics("La hora del retraso quedó escrita en el acta de apertura.")).doesNotContain("escrutinio");
        assertThat(topics("El acta de escrutinio se llenó con dos tachones.")).contains("escrutinio");
    }

    /** The seventeenth round: the publicness of an act ("con orden y publicidad") is no publicity of the consultation. */
    @Test
    void thePublicnessOfAnActIsNoPublicityOfTheConsultation() {
        assertThat(topics("El cómputo se llevó a cabo con orden y publicidad ante los vecinos.")).doesNotContain("difusion");
        assertThat(topics("Faltó publicidad de la consulta en toda la colonia.")).contains("difusion");
    }

    /**
     * The eighteenth round: a topic's word in another sense, or about another thing, is no evidence of the topic — the
     * screen checked for where it stands (the secret of the vote), a phone stolen from someone who had just voted, a
     * link that opens on a screen, the closing words of a written report, the public of an act, printed matter taken
     * away from the one handing it out.
     */
    @Test
    void aTopicWordInAnotherSenseIsNoEvidenceOfTheTopic() {
        assertThat(topics("Revisé otra vez la mampara: seguía contra la pared y no se ve nada desde la banqueta."))
                .doesNotContain("material");
        assertThat(topics("Revisé la mampara y traía una pata rota.")).contains("material");
        assertThat(topics("Al muchacho que iba saliendo de votar le robaron el celular.")).doesNotContain("remota");
        assertThat(topics("Mi vecino pudo opinar desde su celular en diez minutos.")).contains("remota");
        assertThat(topics("A las 10:15 el enlace de la consulta abre sin problema en las dos computadoras."))
                .doesNotContain("instalacion");
        assertThat(topics("La mesa abre a las 9:05 sin problema.")).contains("instalacion");
        assertThat(topics("Comentario de cierre: agradezco a los vecinos su paciencia.")).doesNotContain("escrutinio");
        assertThat(topics("Cierre de la bitácora a las 19:10.")).doesNotContain("escrutinio");
        assertThat(topics("Ese domingo de la consulta vino mucho público a la cancha.")).doesNotContain("difusion");
        assertThat(topics("No publicaron las fechas de la consulta en ningún lado.")).contains("difusion");
        assertThat(topics("La secretaria le retiró los trípticos que le quedaban y el señor se fue.")).doesNotContain("difusion");
        assertThat(topics("Nunca llegaron los trípticos para los vecinos.")).contains("difusion");
    }

    /**
     * The eighteenth round: an official who yells at someone tells how the officials treat people, not a disorder;
     * someone who yells at an official does.
     */
    @Test
    void anOfficialWhoYellsIsConductNotDisorder() {
        assertThat(topics("El secretario le gritaba a la gente que se formara rápido.")).doesNotContain("seguridad")
                .contains("funcionariado");
        assertThat(topics("Un señor enojado le gritó a la secretaria que era una vendida.")).contains("seguridad");
    }
}
