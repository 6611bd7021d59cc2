package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

class SegmenterTest {

    /** The segmenter of the project's own home, built once: its patterns are compiled from config/segmentacion.yaml. */
    private static final Segmenter SEGMENTER = new Segmenter(new IllegibleText(),
            SegmentationVocabulary.load(Fixtures.CONFIG.resolve(SegmentationVocabulary.FILE_NAME)));

    private static List<String> findings(String text) {
        return segments(text).stream().map(Segmenter.Segment::text).toList();
    }

    private static List<Segmenter.Segment> segments(String text) {
        return segments(SEGMENTER, text);
    }

    private static List<Segmenter.Segment> segments(Segmenter segmenter, String text) {
        String clean = LineUnwrapper.unwrap(text);
        MetadataExtractor.Result meta = new MetadataExtractor(Fixtures.GAZETTEER, Fixtures.PRIVACY, 2022).extract(clean);
        return segmenter.segment(clean, meta.mentionSpans());
    }

    @Test
    void theWordsOfNonFindingsAreThoseOfTheVocabularyItIsGiven() throws IOException {
        String shipped = Files.readString(Fixtures.CONFIG.resolve(SegmentationVocabulary.FILE_NAME));
        String edited = shipped.replace("saludos_y_despedidas:\n", "saludos_y_despedidas:\n  - 'nos leemos luego'\n");
        Segmenter withTheEdit = new Segmenter(new IllegibleText(), SegmentationVocabulary.load(
                new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)), "editado.yaml"));
        String report = "La mesa abrió tarde porque faltaba la llave del salón.\n\nNos leemos luego, compañeras de la red.\n";
        assertThat(segments(SEGMENTER, report)).hasSize(2);
        assertThat(segments(withTheEdit, report)).extracting(Segmenter.Segment::text)
                .containsExactly("La mesa abrió tarde porque faltaba la llave del salón.");
    }

    @Test
    void aFormsSectionTitleInCapitalsIsNoPartOfTheQuestionUnderIt() {
        List<Segmenter.Segment> found = segments("""
                Formato de la brigada vecinal para la consulta
                Colonia: Las Palmas. Alcaldía: Tlalpan.
                3. ATENCIÓN A PERSONAS MAYORES
                ¿Les dieron el paso primero?
                Sí, y una funcionaria les acercó una silla de plástico mientras esperaban su turno.
                IV. CIERRE
                ¿Se pegaron los resultados afuera? No, se los llevaron en el paquete.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).noneMatch(t -> t.contains("ATENCIÓN") || t.contains("CIERRE"));
        assertThat(found).extracting(Segmenter.Segment::text)
                .anyMatch(t -> t.startsWith("¿Se pegaron los resultados afuera?"))
                .anyMatch(t -> t.contains("una funcionaria les acercó una silla"));
        assertThat(found).extracting(Segmenter.Segment::context).contains("IV. CIERRE");
    }

    @Test
    void aLabelEndingInAColonStillAsksWithTheQuestionUnderIt() {
        // "Pregunta 2:" is the question's own label, not a section's title: it stays with it
        List<String> found = findings("""
                Cuestionario de la persona observadora
                Pregunta 2:
                ¿Hubo propaganda cerca de la mesa? Sí, una lona de un proyecto de alumbrado colgada en la reja.
                """);
        assertThat(found).anyMatch(t -> t.contains("Pregunta 2") && t.contains("¿Hubo propaganda"));
    }

    @Test
    void aLetterKeepsOnlyItsFindings() {
        List<String> found = findings("""
                RED CIUDADANA DE OBSERVACIÓN "OJOS EN LA COLONIA", A.C.
                Calle Ermita Iztapalapa 1520, Col. Héroes de Churubusco, C.P. 09090
                Tel. 55 5612 3478 · contacto@ojos.org.mx

                Ciudad de México, a 4 de mayo de 2022

                Asunto: Informe de observación

                INSTITUTO ELECTORAL DE LA CIUDAD DE MÉXICO
                P R E S E N T E

                Por medio del presente informo lo observado el 1 de mayo de 2022 en la Unidad Territorial 07-091, alcaldía Iztapalapa, Distrito 24.

                La mesa se instaló a las 9:40 porque el mobiliario llegó tarde.

                Faltó una mampara.

                Sin otro particular, quedo a sus órdenes.

                Atentamente

                Rosa María Villalobos Cruz
                Persona observadora acreditada

                AVISO DE PRIVACIDAD: Los datos personales recabados serán protegidos conforme a la ley.
                """);
        assertThat(found).as("the introduction is context; letterhead, addressing, closing and signature are not findings")
                .containsExactly("Por medio del presente informo lo observado el 1 de mayo de 2022 en la Unidad Territorial "
                        + "07-091, alcaldía Iztapalapa, Distrito 24.",
                        "La mesa se instaló a las 9:40 porque el mobiliario llegó tarde.", "Faltó una mampara.");
    }

    @Test
    void aSiteMenuABylineAScanMarkerOrAnAccreditationAreNotFindings() {
        List<String> found = findings("""
                Inicio · Consultas anteriores · Mi perfil · Cerrar
                Portada / Observación 2022 / Informes
                Publicada el 2 de mayo por la redacción
                ***** página escaneada 2 *****
                Folio de acreditación: OBS-22-0193

                La mesa abrió a las 9:00 con todo el material.
                Red de informes vecinales · Contacto · Términos de uso
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:00 con todo el material.");
    }

    @Test
    void mailHeadersQuotedRepliesAndSignaturesAreNotFindings() {
        List<String> found = findings("""
                De: Laura Méndez <laura@example.org>
                Asunto: Informe SEI

                Buenas noches:

                La plataforma estuvo caída dos horas.

                Saludos,
                Laura
                Tel. 55 4318 2297

                El vie, 29 abr 2022 a las 10:02, Observación IECM <obs@iecm.mx> escribió:
                > Le recordamos incluir la instalación de la mesa.
                """);
        assertThat(found).containsExactly("La plataforma estuvo caída dos horas.");
        assertThat(findings("La mesa abrió a tiempo y sin problemas.\n--\nLic. Ana Cervantes\nEste correo es confidencial."))
                .containsExactly("La mesa abrió a tiempo y sin problemas.");
    }

    @Test
    void aReportSentUnderACoverNotesClosingIsKeptAndASignatureIsNot() {
        // a message's body that ends "Un abrazo." and the attached report read after it
        List<String> found = findings("""
                Hola, coordinación:
                Les mando mi informe en el archivo, por si no se abre bien.
                Un abrazo.

                REPORTE DE LA JORNADA
                Colonia del Parque, distrito cuarto.
                La urna llegó sin uno de sus sellos y la presidenta lo anotó en el acta.
                Los tres funcionarios trabajaron sin descanso hasta el cierre de la mesa.
                """);
        assertThat(found).contains("La urna llegó sin uno de sus sellos y la presidenta lo anotó en el acta.",
                "Los tres funcionarios trabajaron sin descanso hasta el cierre de la mesa.");
        // under a closing, lines that only name and place whoever signs, however long, stay a signature
        assertThat(findings("""
                La mesa cerró a las cinco y pegaron los resultados en la reja.

                Un abrazo.

                Ernestina Valdivia Orozco, observadora acreditada de la colonia del Parque
                Integrante de la red vecinal de observación de la alcaldía Coyoacán
                Tel. 55 2231 0098
                """)).containsExactly("La mesa cerró a las cinco y pegaron los resultados en la reja.");
    }

    @Test
    void aBorrowedGenresFieldAnsweredWithTheNextConsultationIsNoFinding() {
        List<String> found = findings("""
                Fecha de caducidad: la siguiente consulta.
                La mesa abrió a las 9:20 porque no encontraban la llave del salón.
                Próxima función: la consulta del año que viene.
                Para la próxima consulta, que pongan la mesa en la planta baja.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:20 porque no encontraban la llave del salón.",
                "Para la próxima consulta, que pongan la mesa en la planta baja.");
    }

    @Test
    void aForwardedReportUnderItsHeaderBlockIsKept() {
        List<String> found = findings("""
                Les reenvío lo que mandó la compañera de la mesa.

                ---------- Mensaje reenviado ---------
                De: Compañera <comp@example.org>
                Fecha: lun, 2 may 2022 a las 9:03
                Asunto: informe
                Para: Red <red@example.org>

                La mesa se instaló a las nueve con sus tres integrantes.
                """);
        assertThat(found).contains("La mesa se instaló a las nueve con sus tres integrantes.");
    }

    @Test
    void aTranscriptsSpeakerLineIsWhatTheObserverSaidNotHerName() {
        List<String> found = findings("""
                ENTREVISTADORA: ¿Cómo estuvo la apertura?
                OBSERVADORA: Abrieron tarde porque la responsable no traía las llaves del salón.
                Observadora: Carmen Ruiz Soto
                """);
        assertThat(String.join("\n", found)).contains("Abrieron tarde porque la responsable no traía las llaves")
                .doesNotContain("Carmen");
    }

    @Test
    void boilerplateWordsInsideRealFindingsDoNotDropThem() {
        assertThat(findings("Gracias a la policía se calmó la situación.\n\nMandé un correo a info@iecm.mx y nunca respondieron"))
                .containsExactly("Gracias a la policía se calmó la situación.", "Mandé un correo a info@iecm.mx y nunca respondieron");
    }

    @Test
    void aQuestionStaysWithItsAnswerEvenAfterABlankLine() {
        assertThat(findings("""
                1. ¿A qué hora se instaló la mesa?
                R: A las 9:05, sin contratiempos.

                2. ¿Hubo propaganda cerca de la mesa?

                No se observó ninguna.
                """)).containsExactly("1. ¿A qué hora se instaló la mesa? R: A las 9:05, sin contratiempos.",
                "2. ¿Hubo propaganda cerca de la mesa? No se observó ninguna.");
    }

    @Test
    void listItemsAreFindingsAndAHeadingGivesThemContextWithoutBeingOne() {
        assertThat(segments("""
                Recomendaciones

                - Hacer accesible la plataforma.
                - Difundir antes el calendario.
                """)).extracting(Segmenter.Segment::text, Segmenter.Segment::classified).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hacer accesible la plataforma.", "Recomendaciones: Hacer accesible la plataforma."),
                org.assertj.core.groups.Tuple.tuple("Difundir antes el calendario.", "Recomendaciones: Difundir antes el calendario."));
        assertThat(segments("Material\nSe contaba con 250 boletas y una urna.")).singleElement()
                .satisfies(s -> assertThat(s.classified()).isEqualTo("Material: Se contaba con 250 boletas y una urna."));
    }

    @Test
    void tablesOfContentsEmptyLabelsAndPersonalDataLinesAreNotFindings() {
        assertThat(findings("""
                Contenido
                1. Datos generales ........................ 1
                2. Desarrollo de la jornada ................ 2

                Desarrollo de la jornada: Incidencias Escrutinio Conclusiones Recomendaciones

                Clave de elector: ORAVRB80031509H400
                Calle Sur 12 número 33, junto al mercado

                7. Incidencias:
                8. Observaciones: ______________________
                9. Número de opiniones recibidas: 87
                """)).containsExactly("9. Número de opiniones recibidas: 87");
    }

    @Test
    void aHeadingGluedToItsTextIsSplitFromIt() {
        assertThat(segments("3. IncidenciasA las 13:30 un hombre insultó a las personas funcionarias.")).singleElement()
                .satisfies(s -> {
                    assertThat(s.text()).isEqualTo("A las 13:30 un hombre insultó a las personas funcionarias.");
                    assertThat(s.context()).isEqualTo("3. Incidencias");
                });
        assertThat(findings("1. Datos generalesObservadora: Marcela Quiroga Ledesma")).isEmpty();
    }

    @Test
    void notesOneLinePerThoughtAndChatMessagesAreFindingsOfTheirOwn() {
        assertThat(findings("""
                estuve desde las 9 en la mesa de la calle 24, abrio 9:20 porque no llegaba el mobiliario
                no habia cartel de los proyectos y la gente preguntaba que se votaba
                al final fueron 55 opiniones
                """)).hasSize(3);
        assertThat(findings("""
                Instalación: 9:50 (tarde, faltó mobiliario)
                Propaganda: no
                Fila: larga de 11 a 13 h
                """)).containsExactly("Instalación: 9:50 (tarde, faltó mobiliario)", "Propaganda: no", "Fila: larga de 11 a 13 h");
        assertThat(findings("""
                [1/5/22, 9:03:44] Lupita Obs: todavía no abren, falta la funcionaria que trae las llaves
                [1/5/22, 11:40:05] Lupita Obs: hay un señor repartiendo volantes del proyecto de la cancha
                """)).containsExactly("todavía no abren, falta la funcionaria que trae las llaves",
                "hay un señor repartiendo volantes del proyecto de la cancha");
    }

    @Test
    void headerLinesMadeOfMetadataAreNotFindings() {
        assertThat(findings("""
                REPORTE DE OBSERVACION
                ALC. COYOACAN   DTTO 30
                UT PASEOS DE TAXQUENA II   MRO 2
                1 DE MAYO 2022

                - POCA GENTE, APROX 25 OPINIONES EN TODO EL DIA
                """)).containsExactly("POCA GENTE, APROX 25 OPINIONES EN TODO EL DIA");
    }

    @Test
    void anIntroductionWithoutAPeriodIsNoHeaderLine() {
        // written without punctuation, the observer's own words make it an introduction, not a line of data
        assertThat(findings("""
                yo estuve de obserbadora en la colonia del valle de benito juarez el domingo 1 de mayo distrito 14

                la mesa abrio tarde porque no llegaba la llave
                """)).hasSize(2).first().asString().startsWith("yo estuve de obserbadora");
        assertThat(findings("""
                colonia del valle, benito juarez, distrito 14, domingo 1 de mayo de 2022, mesa receptora 2

                la mesa abrio tarde porque no llegaba la llave
                """)).containsExactly("la mesa abrio tarde porque no llegaba la llave");
    }

    @Test
    void wrappedLinesHyphenationAndPageBreaksAreUndone() {
        String text = "La mesa se instaló en el patio de la escuela y las personas funcionarias atendie-\n"
                + "ron con amabilidad a todas las personas que se acercaron a opinar durante la\n"
                + "mañana.\n\nUn grupo ofrecía llevar en automóvil\n\nPágina 1 de 2\n\na las personas mayores.";
        assertThat(findings(text)).containsExactly(
                "La mesa se instaló en el patio de la escuela y las personas funcionarias atendieron con amabilidad a todas las "
                        + "personas que se acercaron a opinar durante la mañana.",
                "Un grupo ofrecía llevar en automóvil a las personas mayores.");
    }

    @Test
    void unwrappingKeepsEveryOffset() {
        String text = "línea larga que llega hasta el margen derecho de la página impresa y sigue\nen la siguiente.\n\nOtra.";
        assertThat(LineUnwrapper.unwrap(text)).hasSameSizeAs(text).doesNotContain("y sigue\n");
        assertThat(LineUnwrapper.unwrap("Nombre: Ana\nAlcaldía: Tlalpan")).isEqualTo("Nombre: Ana\nAlcaldía: Tlalpan");
    }

    @Test
    void aParagraphWrittenInCapitalsIsUnwrappedLikeAnyOther() {
        String text = "EL ESCRUTINIO SE HIZO CON LA PATRULLA ENFRENTE Y CON MUCHOS GRITOS. NO ME\n"
                + "DEJARON ACERCARME A VER EL ACTA DE ESCRUTINIO NI A CONTAR LAS PAPELETAS.\n\n"
                + "UNA PATRULLA SE ESTACIONÓ EN LA ESQUINA DURANTE TODA LA TARDE DEL DOMINGO.";
        assertThat(findings(text)).containsExactly(
                "EL ESCRUTINIO SE HIZO CON LA PATRULLA ENFRENTE Y CON MUCHOS GRITOS. NO ME DEJARON ACERCARME A VER EL ACTA DE "
                        + "ESCRUTINIO NI A CONTAR LAS PAPELETAS.",
                "UNA PATRULLA SE ESTACIONÓ EN LA ESQUINA DURANTE TODA LA TARDE DEL DOMINGO.");
    }

    @Test
    void coverNotesSignOffsAndNotesAboutTheDocumentAreNotFindings() {
        List<String> found = findings("""
                Buenas tardes, les remito el reporte que levantó mi vecino en la mesa del mercado.

                (Pasado en limpio por la coordinación a partir de sus notas a mano)

                [la grabación se interrumpe unos segundos]

                Nota de voz 3 (11:05)

                La urna llegó sin sellos y la responsable la cerró con cinta.

                Otros comentarios: (sin respuesta)

                Quedamos atentos a cualquier aclaración.
                """);
        assertThat(found).as("a cover note, an editor's note, a voice note's header, an open field left unanswered and "
                + "a sign-off say nothing of the mesa").containsExactly("La urna llegó sin sellos y la responsable la cerró con cinta.");
    }

    @Test
    void theFormulasOfMinutesAreNotFindings() {
        List<String> found = findings("""
                Siendo las 18:00 horas se reunieron los integrantes del comité vecinal.
                TERCER PUNTO. Asuntos generales.
                Se informó que la mampara quedó frente a la fila y se veía cómo marcaba la gente.
                Se hace constar que la mesa cerró a las 17:00 con 98 opiniones.
                No habiendo otro asunto que tratar, se da por concluida la reunión a las 19:30.
                """);
        assertThat(found).as("an agenda item and the closing formula are about the meeting; «se hace constar que…» tells a fact")
                .containsExactly("Siendo las 18:00 horas se reunieron los integrantes del comité vecinal.",
                        "Se informó que la mampara quedó frente a la fila y se veía cómo marcaba la gente.",
                        "Se hace constar que la mesa cerró a las 17:00 con 98 opiniones.");
    }

    @Test
    void aHeadingInCapitalsHeadsWhatFollowsWhateverItsLength() {
        List<Segmenter.Segment> found = segments("""
                Les cuento cómo estuvo la jornada en la unidad.

                SEGUNDO TURNO DE OBSERVACIÓN (DE 14:00 AL CIERRE)
                A las cuatro se acabaron las boletas y mucha gente se fue sin opinar.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly("Les cuento cómo estuvo la jornada en la unidad.",
                "A las cuatro se acabaron las boletas y mucha gente se fue sin opinar.");
        assertThat(found.get(1).context()).isEqualTo("SEGUNDO TURNO DE OBSERVACIÓN (DE 14:00 AL CIERRE)");
    }

    @Test
    void whoeverCoordinatesAChatIsNotTheObserverEvenWithoutAYear() {
        List<String> found = findings("""
                [2/5 9:10] Coord Sur: buen día, ¿cómo va tu mesa?
                [2/5 9:12] Lety: abrieron 9:00, ya hay fila de veinte personas
                [2/5 9:40] Lety: un señor anda repartiendo volantes del proyecto 2 junto a la fila
                """);
        assertThat(found).containsExactly("abrieron 9:00, ya hay fila de veinte personas",
                "un señor anda repartiendo volantes del proyecto 2 junto a la fila");
    }

    @Test
    void aQuestionnaireExportInCsvIsReadAnswerByAnswerUnderItsQuestion() {
        List<Segmenter.Segment> found = segments("""
                Marca temporal,Alcaldía,Distrito,Instalación,¿Hubo propaganda?,Material,Comentarios libres
                2022/05/01 12:41:10 p. m. GMT-6,Iztacalco,XV,"Se instaló tarde, a las 9:25, porque la responsable llegó sin el acta.",No,,"Como 35 personas votaron en la mañana."
                2022/05/01 06:02:55 p. m. GMT-6,Iztacalco,XV,A tiempo,"Sí, un señor con bocina pasaba diciendo por cuál votar.","Faltaba la tinta indeleble, usaron un plumón.",
                """);
        assertThat(found).extracting(Segmenter.Segment::text).as("each answer is a finding; declared data and empty cells are not; "
                        + "an answer of a few words is read with its question, which is the form's and never quoted")
                .containsExactly("Se instaló tarde, a las 9:25, porque la responsable llegó sin el acta.", "No",
                        "Como 35 personas votaron en la mañana.", "A tiempo",
                        "Sí, un señor con bocina pasaba diciendo por cuál votar.", "Faltaba la tinta indeleble, usaron un plumón.");
        assertThat(found.get(1).classified()).isEqualTo("¿Hubo propaganda? No");
        assertThat(found.get(3).classified()).isEqualTo("Instalación: A tiempo");
        assertThat(found.get(0).context()).isEqualTo("Instalación");
        assertThat(found.get(4).context()).isEqualTo("¿Hubo propaganda?");
    }

    @Test
    void proseWithCommasIsNoCsvExport() {
        assertThat(findings("""
                Llegué tarde, como a las diez, con mi gafete, sin desayunar
                La mesa, la urna, la mampara, todo estaba en orden
                """)).as("two lines with as many commas, nothing quoted: notes, each a finding")
                .containsExactly("Llegué tarde, como a las diez, con mi gafete, sin desayunar",
                        "La mesa, la urna, la mampara, todo estaba en orden");
    }

    @Test
    void anInterviewersTurnsAreNoFindingsAndHerQuestionIsTheContextOfTheAnswer() {
        List<Segmenter.Segment> found = segments("""
                ENTREVISTADORA: ¿Hubo alguien haciendo campaña cerca?
                OBSERVADOR: Sí, había una lona enorme del proyecto de la barda colgada en el kiosco.
                OBSERVADOR: Y una señora con una lista iba anotando quién llegaba.
                LOCUTORA: Muchas gracias por su tiempo, nos vamos a una pausa musical.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "OBSERVADOR: Sí, había una lona enorme del proyecto de la barda colgada en el kiosco.",
                "OBSERVADOR: Y una señora con una lista iba anotando quién llegaba.");
        assertThat(found).extracting(Segmenter.Segment::context).containsExactly("¿Hubo alguien haciendo campaña cerca?", null);
    }

    @Test
    void twoObserversWritingInTurnsAndAQuestionnairesQuestionsKeepTheirFindings() {
        assertThat(findings("""
                ROSA: La mampara quedó bien puesta, contra la barda, nadie podía ver.
                MIGUEL: A eso de las dos se pelearon dos vendedores de elotes por el lugar.
                """)).as("both speakers observed: every turn is a finding").hasSize(2);
        assertThat(findings("""
                P: ¿Hubo propaganda cerca de la mesa?
                R: Sí, una manta del proyecto de luminarias en la reja.
                """)).as("a questionnaire's question and answer stay one finding")
                .containsExactly("P: ¿Hubo propaganda cerca de la mesa? R: Sí, una manta del proyecto de luminarias en la reja.");
    }

    @Test
    void anOfficialLettersReferenceLinesAddresseeAndDateInWordsAreNoFindings() {
        List<String> found = findings("""
                ASOCIACIÓN CIVIL CIUDADANÍA ACTIVA DEL NORPONIENTE, A.C.
                Oficio núm. CAN/OBS/014/2022
                Asunto: Se rinde informe de observación.
                Ciudad de México, a cuatro de mayo de dos mil veintidós.
                C. Titular de la Dirección Distrital III del Instituto Electoral de la Ciudad de México
                P r e s e n t e
                1. La mesa abrió sus puertas a las 9:40 horas, toda vez que la responsable no tenía la llave.
                2. Llamada núm. 3 de la observadora: la mampara se colocó de frente a la fila.
                Sin otro particular, reciba un cordial saludo.
                """);
        assertThat(found).as("a number or courtesy title in the letter's body is no reference line")
                .containsExactly("1. La mesa abrió sus puertas a las 9:40 horas, toda vez que la responsable no tenía la llave.",
                        "2. Llamada núm. 3 de la observadora: la mampara se colocó de frente a la fila.");
    }

    @Test
    void aSalutationWithASentenceAboutTheWritingOpensTheDocument() {
        assertThat(findings("""
                Querido diario: hoy fue mi primera vez como observadora y tengo que escribir todo antes de que se me olvide.
                La responsable era una señora súper organizada, explicaba todo con mucha paciencia.
                Bueno, diario, ya me voy a dormir, estoy muerta.
                """)).containsExactly("La responsable era una señora súper organizada, explicaba todo con mucha paciencia.");
        assertThat(findings("""
                Señor director: la mesa del pueblo abrió a las diez menos cuarto porque faltó la secretaria.
                """)).as("a salutation before what happened at the mesa")
                .containsExactly("Señor director: la mesa del pueblo abrió a las diez menos cuarto porque faltó la secretaria.");
    }

    @Test
    void aLogsHeaderAndItsEndAreNoFindingsAndAWrappedEntryIsOne() {
        List<String> found = findings("""
                BITÁCORA MINUTO A MINUTO — MRO EL YAQUI
                Observador acreditado. Reloj del celular. Domingo 1/05/22.
                08:31 Llegan las tres personas funcionarias con la caja del material.
                09:44 Pasa una camioneta con bocina anunciando el proyecto de pavimentación de la calle
                principal.
                09:48 La responsable sale y le pide al chofer que se retire; se retira.
                11:02 Un señor alcoholizado empieza a gritar que la consulta es un fraude.
                17:36 Total 212 opiniones, 4 nulas.
                17:45 Me retiro. Fin de la bitácora.
                """);
        assertThat(found).containsExactly("08:31 Llegan las tres personas funcionarias con la caja del material.",
                "09:44 Pasa una camioneta con bocina anunciando el proyecto de pavimentación de la calle principal.",
                "09:48 La responsable sale y le pide al chofer que se retire; se retira.",
                "11:02 Un señor alcoholizado empieza a gritar que la consulta es un fraude.", "17:36 Total 212 opiniones, 4 nulas.");
        assertThat(findings("""
                Observador acreditado en la mesa de la escuela, llegué temprano.
                10:20 hrs. persona con chaleco del proyecto entregando dípticos a la entrada.
                """)).as("without a log, a line above a time is no header").hasSize(2);
    }

    @Test
    void aThreadsCountDoesNotHideItsClosing() {
        assertThat(findings("""
                13/14 Sugerencia para el IECM: que las personas funcionarias puedan pedir apoyo a la policía.
                14/14 Fin del hilo. Si llegaste hasta aquí, gracias por leer y compartir 🙏
                """)).containsExactly("13/14 Sugerencia para el IECM: que las personas funcionarias puedan pedir apoyo a la policía.");
    }

    @Test
    void aRegistersCodeWithAFewWordsHeadsTheLinesUnderIt() {
        List<Segmenter.Segment> found = segments("""
                OBS-01. La mesa se instaló en la calle cerrada frente al deportivo.
                INC-01. Propaganda.
                Había una camioneta con lonas del proyecto de la ciclovía.
                OBS-03. Secreto del voto.
                La mampara estaba bien acomodada y nadie entraba acompañado.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "OBS-01. La mesa se instaló en la calle cerrada frente al deportivo.",
                "Había una camioneta con lonas del proyecto de la ciclovía.",
                "La mampara estaba bien acomodada y nadie entraba acompañado.");
        assertThat(found).extracting(Segmenter.Segment::context).containsExactly(null, "INC-01. Propaganda", "OBS-03. Secreto del voto");
    }

    @Test
    void howTheDocumentWasWrittenDictatedOrSignedIsNoFinding() {
        assertThat(findings("""
                Informe dictado a mi lector de pantalla. Soy persona ciega y observé la consulta con mi bastón.
                Lo escribimos entre los dos, cada quien su parte, como quedamos con la coordinación.
                No había plantilla braille para la papeleta.
                Hasta ahí lo que dijo, lo escribí como lo contó.
                Firmamos los dos, Rosa y Miguel, observadores de la red.
                """)).containsExactly("Soy persona ciega y observé la consulta con mi bastón.", "No había plantilla braille para la papeleta.");
    }

    @Test
    void aForwardingNoteIsNoFindingButAComplaintAboutAMessageIs() {
        assertThat(findings("""
                Buenos días, les reenvío la respuesta completa de nuestra observadora con lo que pidieron aclarar.

                Pos aquí le mando lo que vi en Ixtlahualtongo el domingo, allá arriba en Contreras.

                Les escribo porque el sistema me rechazó la credencial tres veces con el mensaje "datos no coinciden".
                """)).containsExactly("Les escribo porque el sistema me rechazó la credencial tres veces con el mensaje \"datos no coinciden\".");
    }

    @Test
    void aScannedFormsLabelsAreReadThroughTheScansDigits() {
        assertThat(findings("""
                Distrit0: XXlX Unidad territoria1: San Jose Buenavista
                3. Funci0narias y funci0narios: 1os tres presentes, atenci0n arnab1e.
                """)).containsExactly("3. Funci0narias y funci0narios: 1os tres presentes, atenci0n arnab1e.");
    }

    @Test
    void aThreadThatOnlyForwardsItsRepliesIsReadInTheQuotedMessages() {
        List<Segmenter.Segment> found = segments("""
                Buenos días, les reenvío la respuesta completa de nuestra observadora.
                Quedamos atentos a cualquier otra duda.

                El lun, 2 may 2022 a las 21:40, Red Ciudadana escribió:
                > ¿A qué hora abrió la mesa?
                >
                > El lun, 2 may 2022 a las 19:02, observadora Estanzuela escribió:
                > > Abrió a las 9:30, porque la mampara llegó sin patas.
                > > La propaganda era una manta del proyecto de cámaras amarrada en la reja.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly("Abrió a las 9:30, porque la mampara llegó sin patas.",
                "La propaganda era una manta del proyecto de cámaras amarrada en la reja.");
        assertThat(found.get(0).context()).as("the coordination's question is the context of the answer").isEqualTo("¿A qué hora abrió la mesa?");
    }

    @Test
    void aReplyWithItsOwnFindingsLeavesTheQuotedMessageOut() {
        assertThat(findings("""
                La mesa abrió a las nueve y no hubo propaganda.

                El lun, 2 may 2022 a las 21:40, Red Ciudadana escribió:
                > Recuerden revisar que la mampara no quede de frente a la fila.
                """)).containsExactly("La mesa abrió a las nueve y no hubo propaganda.");
    }

    @Test
    void aChecklistRowIsReadWithTheColumnItsMarkIsUnder() {
        List<Segmenter.Segment> found = segments("""
                Aspecto observado | Sí | No | Comentario
                a) ¿Había carteles de algún proyecto junto a la fila? | | X | Ninguno a la vista.
                b) ¿Llegó la urna con sus sellos? | X | | Sellada y con la etiqueta del
                distrito.
                c) ¿Se negó el paso a alguien? | | |
                """);
        assertThat(found).extracting(Segmenter.Segment::text).as("the header names columns; a row left blank says nothing")
                .containsExactly("a) ¿Había carteles de algún proyecto junto a la fila? X Ninguno a la vista.",
                        "b) ¿Llegó la urna con sus sellos? X Sellada y con la etiqueta del distrito.");
        assertThat(found).extracting(Segmenter.Segment::reading).containsExactly(
                "a) ¿Había carteles de algún proyecto junto a la fila? No. Ninguno a la vista.",
                "b) ¿Llegó la urna con sus sellos? Sí. Sellada y con la etiqueta del distrito.");
    }

    @Test
    void aFaqsQuestionIsTheContextOfItsAnswerAndANumberedOneStaysWithIt() {
        List<Segmenter.Segment> found = segments("""
                Dudas que nos hicieron llegar los vecinos sobre la jornada en la unidad habitacional.

                ¿Dónde se puso la mesa?

                Bajo la techumbre del estacionamiento, porque llovió toda la mañana.

                ¿Hubo quien no pudiera opinar?

                No, ninguno.

                4. ¿Se pegaron los resultados?
                Sí, en la caseta de vigilancia a las cinco y media de la tarde.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).contains(
                "Bajo la techumbre del estacionamiento, porque llovió toda la mañana.",
                "¿Hubo quien no pudiera opinar? No, ninguno.",
                "4. ¿Se pegaron los resultados? Sí, en la caseta de vigilancia a las cinco y media de la tarde.");
        assertThat(found).filteredOn(s -> s.text().startsWith("Bajo")).extracting(Segmenter.Segment::context)
                .containsExactly("¿Dónde se puso la mesa?");
    }

    @Test
    void aLabelsValueUnderItIsTheFindingEvenInLowerCase() {
        List<Segmenter.Segment> found = segments("""
                Inventario de lo que tuvo la mesa del mercado.

                Bancas prestadas:
                nomás llegaron dos y la gente esperó de pie bajo el sol.

                Por la tarde
                la fila creció hasta la esquina de la nevería.
                """);
        assertThat(found).filteredOn(s -> s.text().contains("bancas") || s.text().contains("nomás"))
                .as("the label is the value's context, not its first words").singleElement()
                .satisfies(s -> {
                    assertThat(s.text()).isEqualTo("nomás llegaron dos y la gente esperó de pie bajo el sol.");
                    assertThat(s.context()).isEqualTo("Bancas prestadas");
                });
        assertThat(found).extracting(Segmenter.Segment::text).as("a heading without a colon goes on in the sentence under it")
                .contains("Por la tarde la fila creció hasta la esquina de la nevería.");
    }

    @Test
    void titlesOfDashedPartsAreNoFindingsAndAFieldsHeadingIsTheContextOfItsValue() {
        List<Segmenter.Segment> found = segments("""
                Boletín para medios — Red Vecinal Oriente — 3 de mayo
                La red acompañó la consulta en la colonia con cuatro personas voluntarias durante todo el día.
                Rubro 4 — Trato a las personas mayores
                Valor: las dejaron pasar al frente de la fila y les acercaron una silla.
                Rubro 5 — Propaganda
                Respuesta: ninguna lona ni volante en los alrededores.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).as("no title is a finding")
                .noneMatch(t -> t.contains("Boletín") || t.startsWith("Rubro"));
        assertThat(found).filteredOn(s -> s.text().startsWith("Valor")).extracting(Segmenter.Segment::context)
                .containsExactly("Rubro 4 — Trato a las personas mayores");
        assertThat(found).filteredOn(s -> s.text().startsWith("Respuesta")).extracting(Segmenter.Segment::context)
                .containsExactly("Rubro 5 — Propaganda");
    }

    @Test
    void aChainOfForwardsKeepsTheMessageAtTheBottomAndDropsTheForwardersNotes() {
        List<String> found = findings("""
                Reenvío todo el hilo; lo que cuenta viene más abajo.

                -----Mensaje original-----
                De: Enlace Norte
                Enviado el: lunes, 2 de mayo de 2022 09:40
                Asunto: RV: informe mesa 3
                Para archivo, ¿ya lo tienen ustedes?

                ---------- Forwarded message ---------
                De: Brigadista mesa 3
                Date: dom, 1 may 2022 a las 20:02
                Subject: informe mesa 3
                A las diez todavía no llegaba la secretaria y la responsable abrió sola.
                Un señor con gorra del comité pedía a la fila que votaran por el domo.
                El conteo se hizo frente a la gente y la sábana quedó en la reja.
                """);
        assertThat(found).containsExactly("A las diez todavía no llegaba la secretaria y la responsable abrió sola.",
                "Un señor con gorra del comité pedía a la fila que votaran por el domo.",
                "El conteo se hizo frente a la gente y la sábana quedó en la reja.");
    }

    @Test
    void aReplyAboveAQuotedMessageStillEndsAtTheQuote() {
        List<String> found = findings("""
                La mesa abrió a las 9:20 y la responsable explicó el retraso a la fila.

                -----Mensaje original-----
                De: Coordinación
                Asunto: Solicitud de informe
                Por favor mándenos lo que vio en su mesa.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:20 y la responsable explicó el retraso a la fila.");
    }

    @Test
    void aWrittenComplaintsAddresseeFormulasAndPetitionAboutTheWritingAreNoFindings() {
        List<String> found = findings("""
                DENUNCIA CIUDADANA
                Ciudadano presidente del Consejo Distrital 14 del Instituto Electoral
                Presente.
                El que suscribe, vecino de la colonia y observador acreditado, expone los hechos que siguen:
                I. Que la mesa abrió a las 11:20 porque no llegaba el funcionario con las papeletas.
                II. Que un señor con gorra del comité repartía volantes en la fila.
                Por lo anteriormente expuesto, pido:
                PRIMERO. Se me tenga por presentado este escrito en tiempo y forma.
                SEGUNDO. Se capacite a quienes reciben la opinión sobre el retiro de propaganda.
                Protesto lo conducente.
                """);
        assertThat(found).containsExactly("I. Que la mesa abrió a las 11:20 porque no llegaba el funcionario con las papeletas.",
                "II. Que un señor con gorra del comité repartía volantes en la fila.",
                "SEGUNDO. Se capacite a quienes reciben la opinión sobre el retiro de propaganda.");
    }

    @Test
    void eachTurnOfADialogueWithDashesIsItsOwnFindingReadWithTheQuestionAsked() {
        List<Segmenter.Segment> found = segments("""
                —¿Qué encontró al llegar?
                —La mampara estaba de cara a la banqueta, cualquiera veía el voto.
                —¿Y alguien la movió?
                —Sí, el secretario la giró en cuanto se lo dije.
                —¿Qué más vio?
                —Nada raro después del mediodía, la fila avanzó tranquila.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "—La mampara estaba de cara a la banqueta, cualquiera veía el voto.",
                "—Sí, el secretario la giró en cuanto se lo dije.",
                "—Nada raro después del mediodía, la fila avanzó tranquila.");
        assertThat(found).extracting(Segmenter.Segment::context)
                .containsExactly("—¿Qué encontró al llegar?", "—¿Y alguien la movió?", "—¿Qué más vio?");
    }

    @Test
    void aSlidesTitleHeadsItsBulletsAndTheClosingSlideIsNoFinding() {
        List<Segmenter.Segment> found = segments("""
                Lámina 3 — Problemas del día
                • La urna llegó sin sellos y se selló frente a la fila
                • Un vecino grababa con el celular dentro de la mampara
                Lámina 4
                ¡Muchas gracias! ¿Dudas?
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "La urna llegó sin sellos y se selló frente a la fila", "Un vecino grababa con el celular dentro de la mampara");
        assertThat(found).extracting(Segmenter.Segment::context).containsOnly("Problemas del día");
    }

    @Test
    void aSpreadsheetSavedRowByRowWithMergedCellsIsOneFindingPerRow() {
        assertThat(findings("""
                BITACORA MESA 3,,,
                Tema,Hora,Qué pasó,Nota
                Apertura,08:55,La mesa abrió con el material completo,
                ,09:20,Llegó la tercera funcionaria con retraso,Regular
                Fila,11:00,Unas veinte personas esperando bajo el sol,
                ,,Nadie repartió agua,
                """)).as("the column that tells is the finding; the others name, time or grade it")
                .containsExactly("La mesa abrió con el material completo", "Llegó la tercera funcionaria con retraso",
                        "Unas veinte personas esperando bajo el sol", "Nadie repartió agua");
    }

    @Test
    void titlesSubjectsNotesOnAnsweringAndSignatureSpacesAreNoFindings() {
        assertThat(findings("""
                Re: Seguimiento de tu mesa — colonia El Olivo
                Jefa, contesto debajo de lo que me preguntaste.
                La mesa abrió a las 9:30 porque faltaba la urna.
                Folio de registro: ZX-2201-55
                Firma de la persona observadora y sello del colectivo
                """)).containsExactly("La mesa abrió a las 9:30 porque faltaba la urna.");
        assertThat(findings("""
                📋 Un domingo en la mesa: tres cosas que vi
                Llegué a las 8:40 y todavía no instalaban nada.
                """)).containsExactly("Llegué a las 8:40 y todavía no instalaban nada.");
        assertThat(findings("""
                Capturas del chat de TikTok de la colonia
                la mesa abrió tarde por la lluvia
                """)).as("a name in camel case is no heading glued to its text").containsExactly("la mesa abrió tarde por la lluvia");
    }

    @Test
    void aLineInCapitalsAfterAFinishedSentenceHeadsWhatFollowsInATextWithoutBlankLines() {
        List<Segmenter.Segment> found = segments("""
                Estuve en la mesa de la colonia toda la mañana.
                LO QUE ME PLATICARON (sin constarme)
                Una vecina dijo que regalaban despensas a dos cuadras.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly("Estuve en la mesa de la colonia toda la mañana.",
                "Una vecina dijo que regalaban despensas a dos cuadras.");
        assertThat(found.get(1).context()).isEqualTo("LO QUE ME PLATICARON (sin constarme)");
    }

    @Test
    void aNoteInTheMarginIsTheObserversOwnRemarkButAnEditorsNoteIsNoFinding() {
        assertThat(findings("""
                La fila creció mucho después de misa.
                [al margen: la responsable pidió sillas a la parroquia y se las prestaron]
                [el texto sigue en la hoja de atrás]
                (nota al pie: sugiero otra mampara para la próxima)
                que no estorbe la fila.
                """)).containsExactly("La fila creció mucho después de misa.",
                "[al margen: la responsable pidió sillas a la parroquia y se las prestaron]",
                "(nota al pie: sugiero otra mampara para la próxima)", "que no estorbe la fila.");
    }

    @Test
    void thanksRespectAndFarewellsBeforeASignatureAreNoFindings() {
        assertThat(findings("""
                A las diez ya había unas treinta personas formadas.
                Agradezco de antemano su atención a este reporte.
                Respetuosamente, el vecino de la esquina que observó todo el día.
                pues ya me voy, mañana les paso el acta, bendiciones
                Contacto para dudas: coordinación del colectivo.
                Informe redactado por el equipo de la brigada norte.
                """)).containsExactly("A las diez ya había unas treinta personas formadas.");
    }

    @Test
    void theShortVerblessLineUnderALettersFarewellSignsIt() {
        assertThat(findings("""
                La urna llegó sin sellos y la presidenta la cerró con cinta.
                Sin más por el momento, quedo a sus órdenes.
                Una costurera retirada de Santa Cruz Meyehualco.
                """)).containsExactly("La urna llegó sin sellos y la presidenta la cerró con cinta.");
        assertThat(findings("""
                La urna llegó sin sellos y la presidenta la cerró con cinta.
                Reciba un saludo cordial.

                Un vecino de la unidad, mirón de oficio
                """)).containsExactly("La urna llegó sin sellos y la presidenta la cerró con cinta.");
    }

    @Test
    void aLineThatTellsSomethingUnderAFarewellStaysAFinding() {
        assertThat(findings("""
                La mesa abrió a las nueve con sus tres funcionarios.
                Sin más por el momento, quedo a sus órdenes.
                Faltaron boletas en la tarde.
                """)).contains("Faltaron boletas en la tarde.");
        assertThat(findings("""
                La mesa abrió a las nueve con sus tres funcionarios.
                Sin otro particular, reciba un saludo.
                Ni una sola persona joven en todo el día.
                """)).as("a denial is an observation, not a signer").contains("Ni una sola persona joven en todo el día.");
        assertThat(findings("""
                La mesa abrió a las nueve con sus tres funcionarios.
                Una costurera retirada de Santa Cruz Meyehualco.
                La urna llegó sin sellos.
                """)).as("not under a farewell, not the last line").contains("Una costurera retirada de Santa Cruz Meyehualco.");
    }

    @Test
    void aSpeakerWhoMostlyAsksFramesTheDialogueWhateverTheirName() {
        List<Segmenter.Segment> found = segments("""
                Sistema: Bienvenida. ¿Dónde observaste?
                Vecina: En la mesa del mercado de la colonia Olivar, distrito 18.
                Sistema: ¿Abrió a tiempo?
                Vecina: No, abrió a las diez porque no había llave del local.
                Sistema: ¿Algo más que quieras contar?
                Vecina: Una señora repartía volantes de un proyecto junto a la fila.
                Sistema: Gracias, tu reporte quedó guardado.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "Vecina: En la mesa del mercado de la colonia Olivar, distrito 18.",
                "Vecina: No, abrió a las diez porque no había llave del local.",
                "Vecina: Una señora repartía volantes de un proyecto junto a la fila.");
        assertThat(found.get(1).context()).as("the question is what the answer says no to").isEqualTo("¿Abrió a tiempo?");
    }

    @Test
    void aFormsQuestionsAreNoSpeakerThatFramesADialogue() {
        assertThat(findings("""
                Pregunta: ¿Abrió a tiempo?
                Respuesta: Sí, a las nueve.
                Pregunta: ¿Hubo propaganda?
                Respuesta: No.
                Pregunta: ¿Faltó material?
                Respuesta: Faltaron dos mamparas.
                """)).hasSize(3).allSatisfy(f -> assertThat(f).startsWith("Pregunta: ¿"));
    }

    @Test
    void numberedLinesWithTheirContentWrittenUnderThemAreSectionNames() {
        assertThat(findings("""
                1. Apertura de la mesa del domingo.
                1.1 Abrió a las 9:20 en la explanada.
                1.2 Llegaron las tres personas funcionarias.
                2. Lo que se acordó después.
                2.1 Pedir al distrito una segunda mampara.
                """)).containsExactly("1.1 Abrió a las 9:20 en la explanada.", "1.2 Llegaron las tres personas funcionarias.",
                "2.1 Pedir al distrito una segunda mampara.");
        assertThat(findings("""
                1. Instalación.
                Resultado: se instaló a las nueve con todo el material.
                2. Incidentes que reportó la brigada.
                Resultado: un señor gritó a la secretaria y se fue.
                """)).containsExactly("Resultado: se instaló a las nueve con todo el material.",
                "Resultado: un señor gritó a la secretaria y se fue.");
        assertThat(findings("""
                1. Llegó tarde la urna.
                2. Sin mamparas.
                3. Mucha gente en la fila.
                """)).as("a numbered list of findings names no section").hasSize(3);
    }

    @Test
    void farewellsAndGreetingsWithWhoSpeaksAreNoFindingsInAnyGenre() {
        assertThat(findings("""
                ¡Buenas noches, radioescuchas! Aquí su reportera de la colonia Moctezuma.
                La mesa abrió a las nueve en punto.
                Sin mamparas.
                Llegó tarde la urna.
                Con la lluvia, la fila se deshizo y muchos se fueron sin opinar.
                Con esto me despido, vecinas, y gracias por escuchar.
                ¡Hasta la próxima, raza!
                Suerte y me avisan cualquier cosa.
                Si les sirvió, compártanlo. Fin.
                Con cariño, tu vecina de la esquina.
                """)).containsExactly("La mesa abrió a las nueve en punto.", "Sin mamparas.", "Llegó tarde la urna.",
                "Con la lluvia, la fila se deshizo y muchos se fueron sin opinar.");
    }

    @Test
    void aSpreadsheetRowIsItsProseCellUnderTheNamesOfTheOthers() {
        List<Segmenter.Segment> found = segments("""
                HOJA DE SEGUIMIENTO — MESA 3,,,
                Aspecto,Hora,Nota,Valoración
                Personas sin credencial,10:40,Dos personas se fueron porque no traían credencial,Mal
                Propaganda,11:00,"No vi carteles, volantes ni gente haciendo campaña",Bien
                Mampara,12:15,La mampara quedó de espaldas a la pared todo el día,Bien
                """);
        assertThat(found).extracting(Segmenter.Segment::text).contains("Dos personas se fueron porque no traían credencial",
                "No vi carteles, volantes ni gente haciendo campaña", "La mampara quedó de espaldas a la pared todo el día");
        Segmenter.Segment noId = found.stream().filter(f -> f.text().startsWith("Dos personas")).findFirst().orElseThrow();
        assertThat(noId.context()).isEqualTo("Personas sin credencial, 10:40, Mal");
        assertThat(noId.classified()).contains("Personas sin credencial").contains("no traían credencial");
    }

    @Test
    void formulasThatPresentOrDateAWritingAreNoFindings() {
        assertThat(findings("""
                La que firma, vecina de la colonia, expone los siguientes hechos:
                La mesa se instaló a las diez, una hora tarde.
                Lo que hago constar para los fines que haya lugar.
                Firmado en la casa de cultura a los tres días del mes de mayo.
                """)).containsExactly("La mesa se instaló a las diez, una hora tarde.");
        assertThat(findings("""
                Faltaron los siguientes materiales: boletas y una mampara.
                """)).as("a problem listed after its colon is a finding").hasSize(1);
    }

    @Test
    void aLongTitleInCapitalsStandsOutOnlyInATextWrittenInBothCases() {
        assertThat(findings("""
                RELATORÍA DE LA VISITA QUE HIZO LA BRIGADA VECINAL A LA MESA RECEPTORA DEL MERCADO
                La mesa abrió a las nueve y la fila avanzó rápido durante toda la mañana.
                A mediodía llegaron más vecinas con sus hijos y la responsable les explicó los proyectos con calma.
                Al cierre contaron las opiniones frente a quienes seguían ahí y pegaron el resultado en la puerta.
                """)).hasSize(3).noneMatch(f -> f.startsWith("RELATORÍA"));
        assertThat(findings("""
                LA MESA ABRIO HASTA LAS DIEZ PORQUE NO TRAIAN LA LLAVE DEL SALON DE LA ESCUELA
                PARA ESA HORA YA SE HABIAN IDO COMO VEINTE PERSONAS
                """)).hasSize(2);
    }

    @Test
    void anAsideInParenthesesDoesNotMakeATitleASentenceAndAReadingKeyIsNoFinding() {
        assertThat(findings("""
                Calificación de la mesa del parque (de 1 = muy mal a 5 = excelente, según lo que vi)
                Simbología: ✔ = se cumplió, ✘ = no se cumplió.

                Apertura: 2 — abrieron a las 9:50 porque no llegaba la llave.
                Secreto del voto: 5 — mampara contra la pared.
                """)).containsExactly("Apertura: 2 — abrieron a las 9:50 porque no llegaba la llave.",
                "Secreto del voto: 5 — mampara contra la pared.");
    }
    @Test
    void anInterviewerWhoOpensAndThanksAsWellAsAsksIsStillTheOneWhoAsks() {
        List<Segmenter.Segment> found = segments("""
                Carmen: Buenas tardes, platíquenos cómo le fue en la mesa.
                Don Rafa: Llegué a las ocho y la mesa abrió a tiempo, con las tres funcionarias.
                Don Rafa: A mediodía un señor repartía volantes de un proyecto junto a la fila.
                Carmen: ¿Alguien le dijo algo?
                Don Rafa: La responsable le pidió que se alejara y se fue.
                Carmen: ¿Y el conteo?
                Don Rafa: Contaron en voz alta y pegaron el resultado en la reja.
                Carmen: Le agradezco mucho su tiempo.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).as("the interviewer's turns are no findings")
                .noneMatch(t -> t.startsWith("Carmen:")).hasSize(4);
        assertThat(found.get(2).context()).isEqualTo("¿Alguien le dijo algo?");
    }

    @Test
    void aStageDirectionTellsWhatHappenedWhileANoteOnTheRecordingDoesNot() {
        assertThat(findings("""
                La mesa abrió a las nueve en la explanada.

                (Nota: a las once un grupo con gorras de un proyecto se acercó a la fila a repartir volantes.)

                [Fin del audio: 3 min 10 s]

                (risas y ruido de fondo)
                """)).containsExactly("La mesa abrió a las nueve en la explanada.",
                "(Nota: a las once un grupo con gorras de un proyecto se acercó a la fila a repartir volantes.)");
    }

    @Test
    void aTableRowWithItsCommentIsAFindingAndTheEndOfAnyWritingIsNot() {
        assertThat(findings("""
                La mesa estuvo en el kiosco del parque.
                Apertura | 2 | abrieron a las 9:40 porque no llegaba la llave
                Inicio | Informes | Contacto
                Fin del cuaderno. Lo paso en limpio el lunes.
                Fin de la votación a las 17:00, sin fila.
                """)).containsExactly("La mesa estuvo en el kiosco del parque.",
                "Apertura | 2 | abrieron a las 9:40 porque no llegaba la llave", "Fin de la votación a las 17:00, sin fila.");
    }
    @Test
    void aSentenceAboutTheDocumentItselfIsNoFinding() {
        assertThat(findings("""
                Este cuaderno no pretende calificar a nadie: sólo cuenta lo que vi.

                La mesa abrió a las 9:30 porque faltaba la mampara.

                En este informe también cuento que la fila llegó a la esquina.

                Guarde este correo para la próxima consulta.
                """)).containsExactly("La mesa abrió a las 9:30 porque faltaba la mampara.",
                "En este informe también cuento que la fila llegó a la esquina.");
    }

    @Test
    void aQuizQuestionIsTheContextOfAnAnswerThatSaysSomethingOnItsOwn() {
        List<Segmenter.Segment> found = segments("""
                Pregunta 3 (fácil): ¿Quién abrió el salón?
                Respuesta: el conserje, a las diez y cuarto, porque nadie más tenía la llave.
                2. ¿Dónde pusieron la urna? a) en la puerta b) en el patio c) en la cancha
                Respuesta correcta: b). La dejaron en el patio, lejos de la fila y a la sombra.
                4. ¿Hubo volantes?
                R: No.
                5. ¿Hubo fila?
                Respuesta: Sí, muy larga desde las once hasta la una de la tarde.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "Respuesta: el conserje, a las diez y cuarto, porque nadie más tenía la llave.",
                "Respuesta correcta: b). La dejaron en el patio, lejos de la fila y a la sombra.",
                "4. ¿Hubo volantes? R: No.",
                "5. ¿Hubo fila? Respuesta: Sí, muy larga desde las once hasta la una de la tarde.");
        assertThat(found.get(0).context()).isEqualTo("Pregunta 3 (fácil): ¿Quién abrió el salón?");
        assertThat(found.get(1).context()).startsWith("2. ¿Dónde pusieron la urna?");
    }

    @Test
    void shortNumberedRulesEachCommentedBelowAreHeadings() {
        List<Segmenter.Segment> found = segments("""
                LAS SIETE REGLAS DE ORO DE LA MESA
                I. Llegarás temprano.
                La secretaria llegó a las ocho y media y barrió el patio antes de armar la mesa.
                II. Respetarás la fila.
                A un vecino que se quiso meter lo regresaron a su lugar sin gritos ni empujones.
                III. Cuidarás las boletas.
                Las guardaron en la caja cerrada cada vez que alguien se levantaba de la mesa.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "La secretaria llegó a las ocho y media y barrió el patio antes de armar la mesa.",
                "A un vecino que se quiso meter lo regresaron a su lugar sin gritos ni empujones.",
                "Las guardaron en la caja cerrada cada vez que alguien se levantaba de la mesa.");
        assertThat(found.get(1).context()).isEqualTo("II. Respetarás la fila");
    }

    @Test
    void aNumberedListOfFindingsIsNotTakenForHeadings() {
        assertThat(findings("""
                1. La mesa abrió tarde.
                2. No hubo mampara especial.
                3. La fila fue corta.
                Después de comer llegó más gente y la fila dio vuelta a la manzana entera.
                """)).contains("1. La mesa abrió tarde.", "2. No hubo mampara especial.");
    }

    @Test
    void aGradeGivenToTheWritingOrTheGameIsNoFinding() {
        assertThat(findings("""
                La urna llegó sin sellos y la responsable la selló frente a todos.

                Calificación final: 8. Buena letra, faltan acentos.

                Puntaje obtenido por el equipo (sobre 20): 17.

                Puntuación: dos puntos por cada acierto.
                """)).containsExactly("La urna llegó sin sellos y la responsable la selló frente a todos.");
    }

    @Test
    void creditsDivisionsAndHowTheDocumentWasMadeAreNoFindings() {
        assertThat(findings("""
                Capítulo tercero, de la urna que no cerraba
                La urna no cerraba bien y la secretaria la amarró con un listón.

                Escena 2 (noche): «El conteo»
                Contaron las opiniones a las cinco y cuarto frente a seis vecinos.

                Escena para recordar: la responsable le leyó la papeleta a una señora que no veía bien.

                Ilustraciones: el grupo de dibujo del centro comunitario.
                Instrucciones: lea de arriba hacia abajo.
                Cuaderno hecho en casa por la observadora, sin fines de lucro.
                """)).containsExactly("La urna no cerraba bien y la secretaria la amarró con un listón.",
                "Contaron las opiniones a las cinco y cuarto frente a seis vecinos.",
                "Escena para recordar: la responsable le leyó la papeleta a una señora que no veía bien.");
    }

    @Test
    void theNoticesOfAChatExportAreNoFindingsButADatedLogKeepsItsLines() {
        assertThat(findings("""
                03/05/22, 06:40 - Los mensajes de este grupo están protegidos con cifrado.
                03/05/22, 06:41 - Rocío añadió a Beto
                03/05/22, 08:55 - Rocío: Ya llegué a la cancha, la mesa todavía sin toldo
                03/05/22, 09:30 - Beto: Ya hay como veinte personas formadas atrás de ti
                03/05/22, 09:32 - Rocío: Abrieron a las 9:30 con dos funcionarias nada más
                """)).containsExactly("Ya llegué a la cancha, la mesa todavía sin toldo", "Ya hay como veinte personas formadas atrás de ti",
                "Abrieron a las 9:30 con dos funcionarias nada más");
        assertThat(findings("""
                03/05/2022 09:10 - Llegué a la cancha y la mesa todavía no tenía toldo.
                03/05/2022 09:40 - Abrieron con dos funcionarias nada más.
                """)).containsExactly("03/05/2022 09:10 - Llegué a la cancha y la mesa todavía no tenía toldo.",
                "03/05/2022 09:40 - Abrieron con dos funcionarias nada más.");
    }

    @Test
    void aSheetOfQuestionsAndAnswersQuotesTheAnswerUnderItsQuestion() {
        List<Segmenter.Segment> found = segments("""
                Rubro,Lo que anotó la brigadista
                Colonia y alcaldía,"Santa Cruz, Iztapalapa"
                ¿Se instaló a tiempo?,"Sí, 8:55."
                ¿Faltó algo?,No
                ¿Hubo presión sobre los votantes?,Un señor con chaleco repetía el número del proyecto en la fila.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "Sí, 8:55.", "No", "Un señor con chaleco repetía el número del proyecto en la fila.");
        assertThat(found.get(1).classified()).as("a one-word answer is read with its question").isEqualTo("¿Faltó algo? No");
        assertThat(found.get(0).context()).isEqualTo("¿Se instaló a tiempo?");
        assertThat(found.get(2).context()).isEqualTo("¿Hubo presión sobre los votantes?");
    }

    @Test
    void aQuestionnaireColumnThatOnlyAsksWhereIsDeclaredData() {
        assertThat(findings("""
                Marca temporal,Colonia / UT y distrito,¿Hubo material completo?,¿Qué vio en la fila?
                01/05/2022 10:02:11,"Tepalcates, Iztapalapa, distrito 20",Sí completo,La fila llegaba hasta la tortillería y nadie daba turnos
                01/05/2022 15:40:09,la misma de la mañana,Faltó una mampara,Muy poca gente después de comer
                """)).noneMatch(f -> f.contains("Colonia") || f.contains("Tepalcates") || f.contains("misma de la mañana"));
    }

    @Test
    void aLineOpenedByAMarkOfWhatCouldNotBeReadHeadsNothing() {
        List<String> found = findings("""
                la mesa la pusieron junto al mercado y abrió a las nueve
                [ilegible] [borroso] como a las 3 [mancha]
                ya no hubo más gente en toda la tarde
                """);
        assertThat(found).contains("ya no hubo más gente en toda la tarde");
        assertThat(found).noneMatch(f -> f.startsWith("[ilegible]") && f.contains("gente"));
    }

    @Test
    void aYesOrNoFollowedByAClauseOfItsOwnStandsWithoutItsQuestion() {
        List<Segmenter.Segment> found = segments("""
                Pregunta 2: ¿Alguien repartió volantes?
                Respuesta: no; los de la planilla se quedaron del otro lado de la avenida toda la mañana.
                Pregunta 3: ¿Hubo fila?
                Respuesta: Sí, bastante larga antes de la comida y corta por la tarde.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "Respuesta: no; los de la planilla se quedaron del otro lado de la avenida toda la mañana.",
                "Pregunta 3: ¿Hubo fila? Respuesta: Sí, bastante larga antes de la comida y corta por la tarde.");
        assertThat(found.get(0).classified()).as("its no answers the question as written")
                .isEqualTo("Pregunta 2: ¿Alguien repartió volantes? Respuesta: no; los de la planilla se quedaron del otro lado de la avenida toda la mañana.");
    }

    @Test
    void aFormSectionOfAnyLengthHeadsItsItems() {
        List<Segmenter.Segment> found = segments("""
                Apartado F. Orden público y seguridad de quienes votan en la mesa
                F1. ¿Hubo riñas? No, la tarde transcurrió tranquila y sin gritos.
                F2. La patrulla pasó dos veces sin detenerse.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "F1. ¿Hubo riñas? No, la tarde transcurrió tranquila y sin gritos.", "F2. La patrulla pasó dos veces sin detenerse.");
        assertThat(found.get(0).context()).isEqualTo("Apartado F. Orden público y seguridad de quienes votan en la mesa");
    }

    @Test
    void closingsAndHugsWhateverTheirWordingAreNoFindings() {
        assertThat(findings("""
                A las once se acabaron las papeletas y tardaron una hora en traer más.

                Abrazo enorme y nos vemos el sábado en la asamblea.

                Si tienen alguna duda me escriben al rato.

                Ahí nos vidrios, compañeras.

                Bueno, ya me voy a cenar. Saluden a la maestra.

                Su seguro servidor, un vecino de la unidad.

                Gracias a todas.
                """)).containsExactly("A las once se acabaron las papeletas y tardaron una hora en traer más.");
    }

    @Test
    void aCoverNoteAfterAGreetingAndNotesOnTheCopyAreNoFindings() {
        assertThat(findings("""
                Qué tal, raza, ¿cómo les fue? Les mando el reporte de la mesa del mercado.

                Os envío mi informe, que lo tenía en borrador.

                Contestado por un alumno de la prepa durante su servicio social.

                Lo que dijo en lengua lo puse entre paréntesis, no le cambié nada.

                [Nota de la red: la hoja venía doblada; se transcribe como llegó.]

                Anexo: fotos del cartel de resultados.

                Con copia para la Comisión de Participación de la colonia.

                La urna llegó sin sellar y la responsable la selló frente a todos.

                Se da por desahogado el punto 2 y se pasa al punto 3 (asuntos generales).
                """)).containsExactly("La urna llegó sin sellar y la responsable la selló frente a todos.");
    }

    @Test
    void aChecklistSavedAsCsvKeepsTheNotesAndReadsThemWithTheStatementAndItsAnswer() {
        List<Segmenter.Segment> found = segments("""
                Punto a revisar,Sí/No,Comentario
                La urna llegó sellada,Sí,La revisamos entre los tres antes de abrir.
                Hubo personas fuera del listado,No,
                Se respetó la fila de personas mayores,Sí,Les dieron prioridad desde las nueve.
                La mampara quedó de espaldas a la calle,No,La pusieron frente a la ventana de la tienda.
                Sugerencias,,Conviene mandar más plumones.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).as("the statements are the form's, never the observer's words")
                .containsExactly("La revisamos entre los tres antes de abrir.", "No", "Les dieron prioridad desde las nueve.",
                        "La pusieron frente a la ventana de la tienda.", "Conviene mandar más plumones.");
        assertThat(found.get(1).classified()).isEqualTo("¿Hubo personas fuera del listado? No");
        assertThat(found.get(3).classified())
                .isEqualTo("¿La mampara quedó de espaldas a la calle? No. La pusieron frente a la ventana de la tienda.");
        assertThat(found.get(4).classified()).isEqualTo("Sugerencias: Conviene mandar más plumones.");
    }

    @Test
    void aQuestionnaireExportNeverQuotesItsQuestionsAndKeepsEveryShortAnswer() {
        List<Segmenter.Segment> found = segments("""
                Marca temporal,Mesa,¿Abrió puntual?,¿Hubo acarreo?,¿Mampara bien puesta?,¿Algo más?
                2022-05-01 10:00,MRO 3,Sí,No,"No, de frente a la fila",Todo en calma por ahora
                2022-05-01 14:00,MRO 3,Sí,"Sí, una camioneta con bocina",Sí,Se acabaron los plumones
                """);
        assertThat(found).extracting(Segmenter.Segment::text).as("a question printed on every row is no finding")
                .noneMatch(t -> t.contains("?"))
                .contains("No, de frente a la fila", "Sí, una camioneta con bocina", "Todo en calma por ahora");
        assertThat(found).extracting(Segmenter.Segment::classified).contains("¿Abrió puntual? Sí", "¿Hubo acarreo? No");
    }

    @Test
    void aMessageHeaderAnAnnexATableOfContentsAndNewOpeningsAndClosingsAreNotFindings() {
        assertThat(findings("""
                CUADERNO de campo y lo de la consulta
                Qué onda, compas de la red, aquí les va mi reporte del domingo.
                Redacta: vecina de la cuadra, observadora acreditada.
                Contenido: desarrollo, cierre y dos anexos.
                Mensaje 1 de 2 · Recibido: dom 01/05/2022 11:40 · Duración: 0:35
                La urna llegó sin sellos y la presidenta la selló con cinta frente a la fila.
                Anexo 1. Fotos de la mampara (tomadas con el celular).
                La mampara quedó junto a la ventana y desde la calle se veía cómo marcaban.
                Es cuanto, compañeros, y que Dios los bendiga.
                Eso fue lo que vimos, no hubo más.
                """)).containsExactly("La urna llegó sin sellos y la presidenta la selló con cinta frente a la fila.",
                "La mampara quedó junto a la ventana y desde la calle se veía cómo marcaban.");
    }

    @Test
    void aRubricsCriteriaArePrintedOnTheSheetOnlyTheEvidenceIsAFinding() {
        List<String> found = findings("""
                Aspecto evaluado,Puntos (0 a 3),Lo que se vio,Sugerencia
                A. Llegada del paquete,3,"El paquete llegó a las 8:15 con la cinta intacta, según la presidenta.",Ninguna.
                B. Orden de la fila,1,"La fila se cruzaba con la entrada del mercado y nadie la acomodó en toda la mañana.","Poner cinta en el piso, con flechas."
                C. Cierre,2,"Contaron en voz alta, pero el acta se llenó con lápiz y luego la pasaron a tinta.",Sin sugerencias.
                """);
        assertThat(found).contains("El paquete llegó a las 8:15 con la cinta intacta, según la presidenta.",
                "La fila se cruzaba con la entrada del mercado y nadie la acomodó en toda la mañana.");
        assertThat(found).noneMatch(f -> f.startsWith("A. Llegada") || f.startsWith("B. Orden"));
    }

    @Test
    void aScriptsDirectionsARecordingsFarewellAndBlanksToSignAreNotFindings() {
        assertThat(findings("""
                LOCUTOR: Buenas tardes, vecinos.

                CABINA: sube la rúbrica musical y se va a fondo.

                La presidenta de la mesa pidió a un señor que guardara su playera del partido antes de formarse.

                Audio 9 (0:11): Bueno, hijo, ya me regreso a la casa. Los quiero.

                Responsable de la mesa ____________ Testigo ____________
                """)).containsExactly("La presidenta de la mesa pidió a un señor que guardara su playera del partido antes de formarse.");
    }

    @Test
    void notesAboutTheWritingItselfAreNotFindings() {
        List<String> found = findings("""
                Cédula de seguimiento — brigada de la colonia

                Objetivo: registrar cómo funciona una mesa de la consulta en nuestra colonia.

                Entrevistó: un alumno de tercer semestre de Sociología.

                El escrutador dejó la urna sola casi media hora mientras iba por tortas.

                —Muchas gracias por la plática.

                Edit: gracias por todos los comentarios, no pensé que lo leyeran tantos.

                Pendiente: pasar en limpio, mandar las fotos a la coordinación.

                Pendiente: recomendar que la mesa se ponga bajo techo la próxima vez.

                Mando las fotos por separado. Quedo atenta a sus comentarios.

                Esto lo capturó mi sobrino en su computadora porque yo no sé.

                Transcripción automática: puede contener errores.

                Cierre del registro a las 18:20.
                """);
        assertThat(found).containsExactly("El escrutador dejó la urna sola casi media hora mientras iba por tortas.",
                "Pendiente: recomendar que la mesa se ponga bajo techo la próxima vez.");
    }

    @Test
    void aSocialPostsButtonsAndItsInvitationToCommentAreSiteChrome() {
        assertThat(findings("""
                Nadie le explicó a la señora de la silla de ruedas cómo votar y se regresó a su casa.

                ¿A ustedes qué les tocó ver? Los leo en comentarios.

                Qué buen resumen, vecina. · Me gusta · Responder
                """)).containsExactly("Nadie le explicó a la señora de la silla de ruedas cómo votar y se regresó a su casa.");
    }

    @Test
    void aTicketsHeaderOfItsCodeAndShortFieldsIsNotAFinding() {
        assertThat(findings("""
                INC-12 · Prioridad: alta · Área: cierre
                La urna se quedó sin cinta y la sellaron con masking tape.

                #08 · 16:40 · Estado: resuelto sin cambios
                Llegó la patrulla y retiró al señor que gritaba en la fila.

                Mesa 2 · 10:15 · Estado: abrió tarde porque no llegó la llave del salón
                """)).containsExactly("La urna se quedó sin cinta y la sellaron con masking tape.",
                "Llegó la patrulla y retiró al señor que gritaba en la fila.",
                "Mesa 2 · 10:15 · Estado: abrió tarde porque no llegó la llave del salón");
    }

    @Test
    void aTickedOptionIsTheFindingReadUnderTheQuestionItAnswers() {
        List<Segmenter.Segment> found = segments("""
                CUESTIONARIO PARA LA BRIGADA

                3. ¿La mampara permitía opinar en secreto?
                [ ] a) sí   [X] b) no — estaba de frente a la puerta y desde la calle se veía todo
                4. ¿Se pegaron los resultados?
                [X] a) sí   [ ] b) no — en la reja de la escuela, a las 17:40
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "[ ] a) sí [X] b) no — estaba de frente a la puerta y desde la calle se veía todo",
                "[X] a) sí [ ] b) no — en la reja de la escuela, a las 17:40");
        assertThat(found).extracting(Segmenter.Segment::context).containsExactly(
                "3. ¿La mampara permitía opinar en secreto?", "4. ¿Se pegaron los resultados?");
    }

    @Test
    void aLegendOfSymbolsAndAShiftHandoverAreNotFindings() {
        assertThat(findings("""
                ○ = nota · ● = hecho · ✗ = cancelado

                07:00 Recibo el servicio sin novedad del compañero de la noche.
                09:20 La mesa abrió con dos funcionarias porque la tercera se enfermó.
                19:00 Entrego turno al compañero de la noche, sin más novedades.
                """)).containsExactly("09:20 La mesa abrió con dos funcionarias porque la tercera se enfermó.");
    }

    @Test
    void howAWriterEndsOrThanksAndFieldsLeftEmptyAreNotFindings() {
        assertThat(findings("""
                Qué onda, compas. Les paso mi reporte de la mesa de la escuela.

                Con esto terminó la fila y cerraron la mesa a las cinco.

                Calificación general: ★★☆☆☆ (2 de 5)

                Respuesta del organizador: (sin respuesta)

                Agradezco infinitamente la amabilidad de la gente del barrio.

                Con esto concluyo mi relato de aquel domingo.

                Lo firmo como presidente de la asociación de colonos.

                pues bueno, eso fue todo, saludos 🙌
                """)).containsExactly("Con esto terminó la fila y cerraron la mesa a las cinco.");
    }

    @Test
    void aSentenceAnnouncingWhatFollowsUnderItsHeadingIsNotAFinding() {
        List<String> found = findings("""
                Con fundamento en lo anterior, me permito señalar los siguientes
                HECHOS
                PRIMERO.- Que la mesa abrió a las 9:40 porque nadie traía la llave del salón.
                Por lo anteriormente expuesto, se proponen las siguientes
                RECOMENDACIONES
                I. Que la llave del salón quede con la presidenta desde el sábado.
                """);
        assertThat(found).noneMatch(f -> f.contains("los siguientes") || f.contains("las siguientes"));
        assertThat(found).anyMatch(f -> f.contains("abrió a las 9:40")).anyMatch(f -> f.contains("quede con la presidenta"));
    }

    @Test
    void anAgendaARollCallAndWhatTheLawSaysAreNotFindings() {
        assertThat(findings("""
                ORDEN DEL DÍA: 1. Bienvenida. 2. Lo que vio el vecino observador en la mesa del parque. 3. Asuntos varios.

                Punto 1. Se pasó lista a las 19:10 y hay quórum con 31 vecinos.

                El reglamento de la consulta establece que la mampara debe quedar contra una pared y lejos de la fila.

                La convocatoria establece que se abre a las 9:00, pero la mesa del parque abrió a las 10:20.
                """)).containsExactly("La convocatoria establece que se abre a las 9:00, pero la mesa del parque abrió a las 10:20.");
    }

    @Test
    void aFormsLabelAloneOnItsLineHeadsTheAnswerUnderIt() {
        List<Segmenter.Segment> found = segments("""
                4. ¿Hubo propaganda cerca de la mesa?
                No, ninguna en toda la mañana.
                5. Recomendaciones:
                Que la mesa tenga una sombrilla para la fila de la tarde.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).contains("Que la mesa tenga una sombrilla para la fila de la tarde.")
                .noneMatch(t -> t.contains("Recomendaciones"));
    }

    @Test
    void theHostOfATimedTranscriptIsNoFinding() {
        List<Segmenter.Segment> found = segments("""
                00:00:04 Moderador: ¿Se oye bien? Arrancamos con la mesa del parque.
                00:00:15 Observadora 3: La mesa abrió a las nueve en punto y con todo el material.
                00:00:40 Moderador: ¿Y la fila cómo estuvo?
                00:00:48 Observadora 3: Larga al mediodía, pero avanzó rápido porque había dos mamparas.
                00:01:20 Moderador: ¿Algo más que agregar?
                00:01:29 Observadora 3: Que un señor quiso votar dos veces y la presidenta se lo impidió.
                00:02:02 Moderador: Gracias, seguimos con la otra.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).noneMatch(t -> t.contains("Moderador"))
                .anyMatch(t -> t.contains("Observadora 3: Larga al mediodía"));
    }

    @Test
    void aReviewersCommentsOnASharedDocumentAreNotTheObserversWords() {
        List<String> found = findings("""
                La urna llegó sin sellos y la responsable los puso frente a todos.

                [x]Comentario de la coordinación norte: ¿Quién trajo la urna? Aclara por favor.
                [x]Respuesta: La trajo el capacitador en su coche a las ocho.
                """);
        assertThat(found).noneMatch(t -> t.contains("Comentario"))
                .anyMatch(t -> t.contains("La trajo el capacitador"));
    }

    @Test
    void aViewersChatMessageInALiveStreamIsNoFindingButItsNoiseIsKept() {
        List<String> found = findings("""
                Aquí estamos en vivo desde la mesa de la escuela, ya hay como veinte personas formadas.

                <<mariposa_77: desde donde transmites??>>

                <<xq_zz1: qwpoi zzxv ñññ kkkk jjjj 000!!!>>

                La funcionaria revisa cada credencial antes de dar la papeleta.
                """);
        assertThat(found).noneMatch(t -> t.contains("mariposa_77")).anyMatch(t -> t.contains("xq_zz1"));
    }

    @Test
    void aQuestionInCapitalsNamesASectionAndANumberedEntryWithItsTimeHeadsIt() {
        List<Segmenter.Segment> found = segments("""
                1) ¿QUÉ OBSERVAMOS EN LA APERTURA?
                La mesa se instaló tarde porque el toldo no llegó a tiempo.

                Visita 2 — 13:20
                Regresé y la fila ya daba vuelta a la esquina del mercado.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).noneMatch(t -> t.contains("OBSERVAMOS") || t.contains("Visita 2"))
                .contains("La mesa se instaló tarde porque el toldo no llegó a tiempo.",
                        "Regresé y la fila ya daba vuelta a la esquina del mercado.");
    }

    @Test
    void aLogbooksNumberedNoteHeaderIsNoFinding() {
        List<String> found = findings("""
                La mesa abrió con retraso de veinte minutos por falta de una llave.

                ENTRADA No. 4 · 13:05 · TEMA: VISITA DEL CAPACITADOR
                El capacitador revisó las actas y se fue a la siguiente mesa.
                """);
        assertThat(found).noneMatch(t -> t.contains("ENTRADA No. 4"));
    }

    @Test
    void greetingsClosingsAndSelfReferencesOfNewGenresAreNoFindings() {
        List<String> found = findings("""
                Hey, aquí va mi report de la mesa del deportivo.

                El presente documento recoge lo que vi durante la jornada en el mercado.

                La mesa cerró a las cinco y media con el conteo a la vista de todos.

                Gracias por el espacio. Atentamente, una vecina de la unidad.

                Merci y saludos a la red, me gustó mucho participar.

                Un abrazo a todas las que nos leen. ¡Hasta la próxima!

                Se cierra la libreta. Sin más que asentar.

                Bueno, aquí se acaba la transmisión, denle like y compartan.
                """);
        assertThat(found).containsExactly("La mesa cerró a las cinco y media con el conteo a la vista de todos.");
    }

    @Test
    void whomTheWritingIsForATopListsTitleAndWhereItEndsAreNoFindings() {
        List<String> found = findings("""
                Para las compañeras del taller de costura (junta del viernes) y para la red vecinal

                TOP 3 de lo que pasó en la mesa del mercado

                La mesa abrió a tiempo y la fila se movió sin problema toda la mañana.

                ¿Quiere saber más? Pregunte en la tienda... no, ya, aquí acaba mi reporte.
                """);
        assertThat(found).containsExactly("La mesa abrió a tiempo y la fila se movió sin problema toda la mañana.");
    }

    @Test
    void aPossessiveSalutationAboutTheWritingAndAnExpectedResultAreNoFindings() {
        List<String> found = findings("""
                Mi Chayito querida: te escribo para contarte cómo me fue de observadora.

                Paso 1. Llegar a la mesa.
                Resultado esperado: la mesa abierta a las nueve.
                Resultado obtenido: la abrieron a las diez y cuarto porque no llegaba la urna.
                """);
        assertThat(found).noneMatch(t -> t.contains("Chayito") || t.contains("Resultado esperado"))
                .anyMatch(t -> t.contains("la abrieron a las diez y cuarto"));
    }

    @Test
    void eachLabelledAnswerOfAWorksheetIsAFindingReadWithItsQuestion() {
        List<Segmenter.Segment> found = segments("""
                La mesa de la plaza, contada como la guía de estudio de mi hija.

                1. ¿Qué pasó al abrir la casilla?
                R= Abrieron a las diez porque el toldo no llegaba desde la bodega.
                2. ¿Notaste algo fuera de lugar? Describe.
                R= Sí. Unos señores con chaleco del proyecto del gimnasio recorrieron la fila pidiendo el voto.
                R= Los funcionarios lo mandaron a la esquina y ya no volvió en toda la tarde.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).noneMatch(t -> t.contains("¿"))
                .contains("R= Abrieron a las diez porque el toldo no llegaba desde la bodega.",
                        "R= Los funcionarios lo mandaron a la esquina y ya no volvió en toda la tarde.");
        assertThat(found).filteredOn(s -> s.text().contains("esquina"))
                .extracting(Segmenter.Segment::context).containsExactly("2. ¿Notaste algo fuera de lugar? Describe.");
    }

    @Test
    void aBoardsGroupLabelAMealsHeadingAndANumberedEntrysNameHeadTheLinesUnderThem() {
        List<String> found = findings("""
                Así fue el día en la mesa de la cancha, apuntado como lo apunto todo.

                CARRIL: EN REVISIÓN
                La urna llegó sin sello y la sellaron con cinta canela delante de todos.

                TARDE (de 14:00 al cierre)
                Se acabaron las plumas a las cuatro y la gente prestaba la suya.

                Falla 2: la mampara se cae
                Estado: sin falla; la amarraron a la reja desde temprano.
                """);
        assertThat(found).noneMatch(t -> t.contains("CARRIL") || t.contains("TARDE") || t.contains("Falla 2"))
                .contains("La urna llegó sin sello y la sellaron con cinta canela delante de todos.",
                        "Se acabaron las plumas a las cuatro y la gente prestaba la suya.",
                        "Estado: sin falla; la amarraron a la reja desde temprano.");
    }

    @Test
    void aFilesCommentHeaderACertificatesClosingARatingAndTagsAreNoFindings() {
        List<String> found = findings("""
                # mesa_del_mercado.txt -- notas de quien acompañó a votar a su abuela
                # Formato: hora y lo que pasó, en una línea.

                La fila avanzaba lento porque solo había una mampara para todos.

                Motivo de la visita: ver cómo votaba la colonia este año.

                Atendió: la enfermera del centro de salud, observadora.

                Se expide la presente para los fines que a la red convengan.

                Tres estrellas de cinco.

                Hashtags: #miconsulta #vecinos #mercado

                gg wp, fin de la partida
                """);
        assertThat(found).containsExactly("La fila avanzaba lento porque solo había una mampara para todos.");
    }

    @Test
    void aSelfPresentationThatSendsTheReportIsNoFinding() {
        List<String> found = findings("""
                Buenas noches. Soy maestro jubilado y les mando el informe como si fuera una clase de historia.

                La mesa cerró a las cinco y el conteo se hizo en voz alta frente a los vecinos.
                """);
        assertThat(found).containsExactly("La mesa cerró a las cinco y el conteo se hizo en voz alta frente a los vecinos.");
    }

    @Test
    void aLogWrittenByHandKeepsTheLabelOfEachEntryWhileAChatLosesItsSender() {
        assertThat(findings("""
                02/05/2022 08:10 — Salida de almacén: la presidenta recoge las cajas con el sello roto.
                02/05/2022 09:35 — Demora: el conserje llega con las llaves del patio media hora tarde.
                02/05/2022 11:05 — Aviso: una vecina pregunta si puede votar con su pasaporte.
                02/05/2022 16:50 — Se cierra la mesa con once personas todavía formadas.
                """)).containsExactly(
                "02/05/2022 08:10 — Salida de almacén: la presidenta recoge las cajas con el sello roto.",
                "02/05/2022 09:35 — Demora: el conserje llega con las llaves del patio media hora tarde.",
                "02/05/2022 11:05 — Aviso: una vecina pregunta si puede votar con su pasaporte.",
                "02/05/2022 16:50 — Se cierra la mesa con once personas todavía formadas.");
        assertThat(findings("""
                02/05/22, 08:10 - Toño: Ya recogieron las cajas, una trae el sello roto
                02/05/22, 09:35 - Toño: El conserje llegó con las llaves media hora tarde
                02/05/22, 11:05 - Toño: Una vecina preguntó si podía votar con su pasaporte
                """)).containsExactly("Ya recogieron las cajas, una trae el sello roto",
                "El conserje llegó con las llaves media hora tarde", "Una vecina preguntó si podía votar con su pasaporte");
    }

    @Test
    void anAddresseeWithPresenteACertificatesClosingAndASignerWithAnAsideAreNoFindings() {
        List<String> found = findings("""
                Consejo Distrital 12 de la Ciudad de México. Presente.

                La mesa de la lechería abrió a las diez porque nadie traía la llave del local.

                Se extiende la presente a petición de la red para los usos que le convengan.

                Un abrazo, la tendera de la esquina (la de los tamales de los domingos).
                """);
        assertThat(found).containsExactly("La mesa de la lechería abrió a las diez porque nadie traía la llave del local.");
    }

    @Test
    void aCapitalQueOpensAWishOfItsOwnInNotesWithoutPunctuation() {
        assertThat(findings("""
                La mampara quedó de frente a la ventana del salón
                Que manden mamparas con sus patas completas
                Que avisen antes a los vecinos de la unidad
                """)).containsExactly("La mampara quedó de frente a la ventana del salón",
                "Que manden mamparas con sus patas completas", "Que avisen antes a los vecinos de la unidad");
        assertThat(findings("""
                La presidenta dijo a los de la fila
                que nadie podía votar sin credencial
                """)).containsExactly("La presidenta dijo a los de la fila que nadie podía votar sin credencial");
    }

    @Test
    void theLabelsOfAGenresOwnFrameAreNoFindingsButItsObservationsAre() {
        List<String> found = findings("""
                Hipótesis: si llegan las tres funcionarias a tiempo, la mesa abre a las nueve.

                Observación 1. La mesa abrió a las diez y diez porque la secretaria se perdió en el mercado.

                Moraleja: quien madruga encuentra la mesa cerrada.

                Abreviaturas: MRO = mesa receptora, PF = persona funcionaria.

                Vigencia de la cotización: treinta días naturales.
                """);
        assertThat(found).containsExactly(
                "Observación 1. La mesa abrió a las diez y diez porque la secretaria se perdió en el mercado.");
    }

    @Test
    void theFixedFormulasOfABorrowedEverydayGenreAreNoFindingsButTheFactsBesideThemAre() {
        List<String> found = findings("""
                FOLLETO DE LA MESA — léase con atención antes de votar.

                Soy de Rosario, Argentina, así que disculpen los modismos que se me escapen.

                La mesa abrió a las 9:40 porque no llegaba la llave del salón ejidal.

                Nota: el rendimiento pasado de esta mesa no garantiza filas cortas el año que viene.

                No olvide su credencial en la casa, que sin ella no hay boleta.

                Manténgase en un lugar fresco y lejos de los acarreadores.

                Ahí les dejo mi reporte, compañeros.

                Suya hasta la próxima jornada, la observadora.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:40 porque no llegaba la llave del salón ejidal.");
    }

    @Test
    void aGenresFormulaThatGoesOnToTellWhatHappenedAtTheMesaIsAFigureOfSpeechNotTheFrame() {
        List<String> found = findings("""
                Descanse en paz la lista nominal impresa, que los funcionarios nunca sacaron de la caja.

                Con profunda pena les cuento que a mediodía se acabaron las boletas y la fila esperaba en la banqueta.

                Con profunda pena, la colonia participa el sensible fallecimiento de la fila de la tarde.

                No olvide su credencial en la casa, que sin ella no hay boleta.
                """);
        assertThat(found).containsExactly(
                "Descanse en paz la lista nominal impresa, que los funcionarios nunca sacaron de la caja.",
                "Con profunda pena les cuento que a mediodía se acabaron las boletas y la fila esperaba en la banqueta.");
    }

    @Test
    void anInvitationsAndAnObituarysOpeningsAreTheirFrameAndAPlaysCastIsNoFinding() {
        List<String> found = findings("""
                Con gran alegría y con la venia del Instituto, tenemos el gusto de invitarle a nuestra jornada.

                Con hondo pesar, los vecinos de la colonia participan el sensible deceso de la Fila de la Mañana.

                REPARTO: el Presidente (un pastor), la Urna (una oveja), el Diablo (un acarreador).

                A las once llegó un señor repartiendo gorras de un proyecto junto a la urna.
                """);
        assertThat(found).containsExactly("A las once llegó un señor repartiendo gorras de un proyecto junto a la urna.");
    }

    @Test
    void inAChatWhereOneSenderWritesMostTheOthersMessagesAreNotTheObserversFindings() {
        List<String> found = findings("""
                02/05/22 9:10 - Chela Mercería: Ya estoy en la mesa del deportivo, abrieron a las 9 en punto
                02/05/22 9:12 - Toño: Mamá dónde dejaste las llaves del local
                02/05/22 9:40 - Chela Mercería: No llegaron las boletas del segundo paquete, están esperando
                02/05/22 10:05 - Chela Mercería: Ya llegaron las boletas, las trajo una camioneta del Instituto
                02/05/22 12:30 - Chela Mercería: Un muchacho repartía volantes de un proyecto pegado a la fila
                02/05/22 12:31 - Toño: Ya comiste algo o te llevo unas quesadillas con queso
                02/05/22 14:00 - Chela Mercería: La mampara estaba pegada a la pared, nadie veía nada
                02/05/22 17:20 - Chela Mercería: Cerraron a las 5 y pegaron los resultados en la reja
                """);
        assertThat(found).hasSize(6).noneMatch(f -> f.contains("llaves") || f.contains("quesadillas"));
    }

    @Test
    void inAChatOfObserversWhoWriteAlikeEveryMessageIsKept() {
        List<String> found = findings("""
                02/05/22 9:10 - Rocío: Abrieron a las 9:20 la mesa del mercado, faltaba la mampara
                02/05/22 9:12 - Julián: En la del kiosco ya había fila de veinte personas desde temprano
                02/05/22 11:40 - Rocío: Ya trajeron la mampara y la pusieron contra la pared
                02/05/22 12:05 - Julián: Un señor repartía gorras de un proyecto frente a la urna del kiosco
                """);
        assertThat(found).hasSize(4);
    }

    @Test
    void inAChatWhereOneSenderWritesMostAnotherSendersMessageThatTellsOfAMesaIsKept() {
        List<String> found = findings("""
                02/05/22 9:10 - Lucha Tortillería: Ya estoy en la mesa de la cancha, abrieron a las 9 en punto
                02/05/22 9:30 - Lucha Tortillería: La urna llegó sellada y contaron las papeletas enfrente de todos
                02/05/22 9:41 - Memo: En la mesa del kiosco no llegaron las mamparas y la gente marca en la banca
                02/05/22 10:15 - Lucha Tortillería: Un señor con gorra del proyecto de luminarias se paró junto a la fila
                02/05/22 10:16 - Memo: y tú ya desayunaste?
                02/05/22 11:50 - Lucha Tortillería: El presidente le pidió que se fuera y se fue sin pleito
                02/05/22 14:30 - Lucha Tortillería: La fila se acabó después de la comida, casi nadie vino
                02/05/22 17:10 - Lucha Tortillería: Cerraron a las 5 y pegaron el resultado en la puerta del salón
                """);
        assertThat(found).as("the second observer's fact is kept, her question is the others' talk")
                .anyMatch(f -> f.contains("no llegaron las mamparas")).noneMatch(f -> f.contains("desayunaste"));
    }

    @Test
    void theLastLineThatOnlySignsByTradeOrOriginIsNoFinding() {
        assertThat(findings("""
                La mesa abrió a las 9:10 en el patio de la primaria y la urna venía sellada.
                Una señora con playera de un proyecto repartía dulces en la fila y la presidenta la retiró.
                Ya nos vamos, gracias, la del puesto de jugos de la esquina.
                """)).as("a farewell and who signs it").hasSize(2);
        assertThat(findings("""
                La mesa abrió a las 9:10 en el patio de la primaria y la urna venía sellada.
                El tapicero de la calle Cedros.
                """)).containsExactly("La mesa abrió a las 9:10 en el patio de la primaria y la urna venía sellada.");
        assertThat(findings("""
                La mesa abrió a las 9:10 en el patio de la primaria y la urna venía sellada.
                Los de la mesa muy amables con las señoras grandes.
                """)).as("a judgement of the mesa at the end is a finding").hasSize(2);
    }

    @Test
    void aRiddlesAnswerOnlyNamesWhatItsCluesTold() {
        List<String> found = findings("""
                Llegué doblada en un paquete y a mediodía ya no alcanzaba para la gente de la fila. ¿Quién soy?
                Respuesta: la papeleta, que se acabó a las doce.
                La fila creció mucho en la tarde. ¿Por qué?
                Respuesta: porque cerraron la otra mesa de la colonia y mandaron a todos para acá.
                """);
        assertThat(found).anyMatch(f -> f.startsWith("Llegué doblada en un paquete"))
                .noneMatch(f -> f.contains("la papeleta, que se acabó"))
                .as("an answer to why explains, and is kept").anyMatch(f -> f.contains("cerraron la otra mesa"));
    }

    @Test
    void theFramesOfABillAnInvoiceAndAProgrammeAreNoFindings() {
        List<String> found = findings("""
                RECIBO DE OPINIÓN — Mesa del mercado
                La mesa abrió a las 9:05 con las tres personas funcionarias completas.
                A las 11:00 se acabaron los plumones y la gente marcó con lápiz prestado.
                Subtotal de fallas: dos. Forma de pago: en abonos de paciencia.
                Precio: una mañana de domingo.
                Páguese en la siguiente consulta; este recibo no es válido como comprobante fiscal.
                Se ruega no tirar los volantes en la banqueta.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:05 con las tres personas funcionarias completas.",
                "A las 11:00 se acabaron los plumones y la gente marcó con lápiz prestado.");
    }

    @Test
    void whoNarratesOrApologisesForHowSheWritesIsNoFinding() {
        List<String> found = findings("""
                CRÓNICA TAURINA DE LA MESA
                Comenta: una observadora acreditada que de niña iba a la plaza con su abuelo.
                Soy cubana, llevo diez años aquí, así que perdonen si digo cosas de allá.
                La mesa salió al ruedo a las 9:00 con la urna sellada y las mamparas en su sitio.
                Cualquier duda me escriben, que ando en el taller toda la semana.
                """);
        assertThat(found).containsExactly("La mesa salió al ruedo a las 9:00 con la urna sellada y las mamparas en su sitio.");
    }

    @Test
    void theEndOfTheBorrowedGenreAndAStatutesTitleAreNoFindings() {
        List<String> found = findings("""
                REGLAMENTO DE LA MESA
                TÍTULO PRIMERO. DE LA APERTURA
                La mesa abrió a las 9:20 porque la llave del salón la traía el conserje.
                Y aquí se acaba el reglamento, que lo demás lo escriban ustedes.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:20 porque la llave del salón la traía el conserje.");
    }

    @Test
    void riddlesOneAfterAnotherAreEachAFinding() {
        List<String> found = findings("""
                Nadie gritó, nadie empujó y la patrulla pasó de largo toda la mañana. ¿Cómo estuvo la fila?
                Me taparon con una cortina y nadie vio lo que marcaban detrás de mí. ¿Quién soy?
                Respuesta: la mampara del salón.
                """);
        assertThat(found).hasSize(2).noneMatch(f -> f.contains("Respuesta"));
    }

    @Test
    void aFirstLineNamedInCapitalsAndGlossedIsTheTitle() {
        List<String> found = findings("""
                RECETARIO DE LA CONSULTA, como lo cocinamos en la unidad
                La mesa abrió a las 9:30 porque el toldo llegó tarde y sin lazos.
                Este recetario lo escribió una vecina observadora.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:30 porque el toldo llegó tarde y sin lazos.");
    }
    @Test
    void aLabelInCapitalsRepeatedOverEachPartIsTheGenresFrameAndNoFinding() {
        List<String> found = findings("""
                SE VENDE: una urna usada.
                La urna llegó con un sello roto y la presidenta la cerró con cinta canela.
                SE VENDE: la fila de la mañana.
                A las diez había treinta personas esperando bajo el sol.
                SE VENDE: un toldo sin lazos.
                El toldo se cayó dos veces con el viento de la tarde.
                """);
        assertThat(found).containsExactly("La urna llegó con un sello roto y la presidenta la cerró con cinta canela.",
                "A las diez había treinta personas esperando bajo el sol.", "El toldo se cayó dos veces con el viento de la tarde.");
    }

    @Test
    void speakersInCapitalsWhoSaySentencesAreNoRepeatedHeadings() {
        List<String> found = findings("""
                ROSA: La mesa abrió a las nueve en punto.
                TOÑO: La urna venía sellada y completa.
                ROSA: Nadie hizo campaña en la fila.
                TOÑO: El conteo cuadró a la primera.
                ROSA: Pegaron el resultado en la reja.
                TOÑO: Y el paquete se fue al distrito.
                """);
        assertThat(found).hasSize(6);
    }

    @Test
    void whatABorrowedGenreSaysItIsForIsNoFinding() {
        List<String> found = findings("""
                El domingo me tocó la mesa del mercado y lo apunto como manual de un juego.

                OBJETIVO DEL JUEGO
                Que cada vecina deje su opinión en la urna sin que nadie la apure.

                RONDA DE LA MAÑANA
                La mesa abrió a las 9:40 porque el escrutador no encontraba las llaves.
                """);
        assertThat(found).noneMatch(f -> f.contains("sin que nadie la apure"))
                .anyMatch(f -> f.contains("9:40"));
    }

    @Test
    void farewellsOneAfterAnotherAndTheirSignerAreNoFinding() {
        List<String> found = findings("""
                La presidenta atendió a todas las personas mayores primero y con paciencia.
                Cualquier dudita me avisan, aquí ando.
                Los quiero mucho, su tía. Saludos a los niños.
                """);
        assertThat(found).containsExactly("La presidenta atendió a todas las personas mayores primero y con paciencia.");
    }

    @Test
    void aFactAfterAFarewellIsStillAFinding() {
        List<String> found = findings("""
                La presidenta atendió a todas las personas mayores primero y con paciencia.
                Te quiero mucho, tu hermana. La urna se quedó sin sello toda la tarde y nadie lo anotó en el acta.
                """);
        assertThat(found).anyMatch(f -> f.contains("sin sello"));
    }

    @Test
    void theFormulasOfLabelsContractsAndNoticesAreNoFindings() {
        List<String> found = findings("""
                La mesa abrió a las 9:05 en el patio de la escuela, con las tres personas funcionarias.
                Cifras preliminares, sujetas a revisión.
                Consérvese a la sombra y lejos de la lluvia.
                Conserve esta tarjeta con su comprobante.
                Los números de este cuadro son aproximados.
                Interesadas, favor de comunicarse con la coordinación.
                Leído que fue el presente, lo firman de conformidad quienes en él intervienen.
                Con el cariño de su vecina de la tienda.
                FIN. Gracias por leer hasta aquí.
                No olvidar: pan dulce y tortillas.
                Promedio general: 8.5, aprobado.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:05 en el patio de la escuela, con las tres personas funcionarias.");
    }

    @Test
    void whatTheMesaDidWithTheSameWordsIsStillAFinding() {
        List<String> found = findings("""
                La mesa abrió a las 9:05 en el patio de la escuela, con las tres personas funcionarias.
                Las papeletas de esta mesa llegaron sin folio y la presidenta lo anotó en el acta.
                Promedio de espera: cuarenta minutos en la fila de la tarde.
                Los funcionarios firmaron de conformidad el acta a las 17:30.
                """);
        assertThat(found).hasSize(4);
    }

    @Test
    void aTitleInCapitalsWithAnEditionInParenthesesIsNoFinding() {
        List<String> found = findings("""
                «LA MESA»: INSTRUCCIONES PARA ARMARLA (versión del barrio de San Juan)
                La mesa se armó a las 8:50 y abrió a las 9:00 con todo el material.
                """);
        assertThat(found).containsExactly("La mesa se armó a las 8:50 y abrió a las 9:00 con todo el material.");
    }

    @Test
    void aNumberedSectionOfTheWritingsFrameIsNoFinding() {
        List<String> found = findings("""
                I. PLANTEAMIENTO. Se pide valorar si la mesa del parque cumplió con lo que marca el manual.
                II. HECHOS. La mesa abrió a las 9:45 porque no llegaba la escrutadora.
                """);
        assertThat(found).containsExactly("II. HECHOS. La mesa abrió a las 9:45 porque no llegaba la escrutadora.");
    }

    @Test
    void anAnswerThatDeniesAVerbStandsApartFromItsQuestion() {
        List<Segmenter.Segment> found = segments("""
                4. ¿Hubo gente haciendo campaña cerca de la mesa?
                R: No vimos a nadie repartiendo volantes ni pegando carteles en la cuadra.
                5. ¿Hubo incidentes?
                R: No.
                """);
        // the quote is the answer alone; what it says is still read with its question
        assertThat(found.get(0).text()).startsWith("R: No vimos");
        assertThat(found.get(0).classified()).contains("¿Hubo gente haciendo campaña");
        assertThat(found.get(1).text()).contains("¿Hubo incidentes?");
    }

    @Test
    void anUntickedChecklistItemIsAFindingOfItsOwn() {
        List<String> found = findings("""
                REVISIÓN DE LA CASILLA, ANTES DE ENTREGAR LAS LLAVES
                [x] Las tres personas funcionarias llegaron antes de las nueve.
                [ ] No había cartel con los proyectos en ningún lado de la mesa, ni afuera ni adentro
                [ ] El escrutador se fue a comer dos horas y nadie lo cubrió.
                """);
        // an item left unticked is what did not go as it should: each box starts an item, however the line before ended
        assertThat(found).contains("[ ] No había cartel con los proyectos en ningún lado de la mesa, ni afuera ni adentro",
                "[ ] El escrutador se fue a comer dos horas y nadie lo cubrió.");
        assertThat(Fixtures.UNDERSTANDER.understand("[ ] El escrutador se fue a comer dos horas y nadie lo cubrió.", "lista.txt")
                .findings()).hasSize(1);
    }

    @Test
    void anOptionNobodyTickedIsNoChecklistItem() {
        assertThat(QuestionAnswer.isChecklistItem("[ ] Sí [X] No — hubo una lona del proyecto en la entrada")).isFalse();
        assertThat(QuestionAnswer.isChecklistItem("[ ] se abrió tarde")).isFalse();
        assertThat(QuestionAnswer.isChecklistItem("Afluencia: [ ] Alta [X] Media [ ] Baja")).isFalse();
        assertThat(QuestionAnswer.isChecklistItem("[ ] La urna llegó con un sello despegado")).isTrue();
        assertThat(QuestionAnswer.withoutUntickedOptions("[ ] se abrió tarde")).isEqualTo("[ ]               ");
    }

    @Test
    void aPlaysStageDirectionsTellWhatHappenedAtTheMesa() {
        List<String> found = findings("""
                LA MESA DEL KIOSCO — obra en un acto

                (Suena la marimba.)
                LA SECRETARIA. — Buenos días, vecinos, pasen a formarse.
                (Una señora reparte calendarios del proyecto del mercado a toda la fila.)
                (El presidente de la mesa tarda media hora en encontrar la llave de la urna.)
                (Nadie se pelea en toda la tarde y el público aplaude al final.)
                """);
        assertThat(found).contains("(Una señora reparte calendarios del proyecto del mercado a toda la fila.)",
                "(El presidente de la mesa tarda media hora en encontrar la llave de la urna.)",
                "(Nadie se pelea en toda la tarde y el público aplaude al final.)");
        assertThat(found).doesNotContain("(Suena la marimba.)");
    }

    @Test
    void anEditorsNoteInAReportIsNoFindingEvenIfItNamesTheMesa() {
        List<String> found = findings("""
                La mesa abrió a las 9:10 en la explanada, con las tres personas funcionarias.

                (lo escribí atrás de un volante que me dieron en la fila del mercado)

                A las cinco contaron en voz alta y pegaron los resultados en la reja.
                """);
        assertThat(found).containsExactly("La mesa abrió a las 9:10 en la explanada, con las tres personas funcionarias.",
                "A las cinco contaron en voz alta y pegaron los resultados en la reja.");
    }

    @Test
    void aGenresFieldThatTellsOfTheMesaIsAnObservation() {
        List<String> found = findings("""
                GUÍA DEL TALLER DE OBSERVACIÓN
                Objetivo: aprender a mirar una consulta de principio a fin.
                Objetivo cumplido: la urna llegó sellada y los funcionarios la mostraron vacía a la fila.
                """);
        assertThat(found).containsExactly("Objetivo cumplido: la urna llegó sellada y los funcionarios la mostraron vacía a la fila.");
    }

    @Test
    void aDivisionsTitleWithAnAsideInParenthesesHeadsWhatFollows() {
        List<Segmenter.Segment> found = segments("""
                CUADERNO DEL TALLER DE OBSERVACIÓN

                Módulo 3. Cierre (tiempo: media hora)
                Contaron en voz alta a las cinco y pegaron la sábana en la puerta del salón.
                Módulo 4. Lo que pasó con la fila de la tarde
                Hubo fila de cuarenta minutos entre la una y las tres de la tarde.
                """);
        assertThat(found).extracting(Segmenter.Segment::text).containsExactly(
                "Contaron en voz alta a las cinco y pegaron la sábana en la puerta del salón.",
                "Hubo fila de cuarenta minutos entre la una y las tres de la tarde.");
        assertThat(found.get(0).context()).startsWith("Módulo 3. Cierre");
    }

    @Test
    void aRowOfTheBorrowedGenresOwnFieldsIsNoFinding() {
        List<String> found = findings("""
                BOLETO DE AUTOBÚS — RUTA DE LA CONSULTA
                Andén: 4   Salida: 8:30   Asiento: ventana
                Urna: sellada   Mampara: una sola   Funcionarios: dos
                La mesa abrió a las 9:20 porque el escrutador llegó tarde.
                """);
        assertThat(found).doesNotContain("Andén: 4 Salida: 8:30 Asiento: ventana");
        assertThat(found).anyMatch(f -> f.startsWith("Urna: sellada"));
    }

    @Test
    void aLetteredQuestionAnsweredInASentenceOfItsOwnIsTheAnswersContext() {
        List<Segmenter.Segment> found = segments("""
                HOJA DE SEGUIMIENTO DE LA BRIGADA
                A. ¿Cuándo empezó a recibir opiniones la mesa? ¿Por qué?
                Empezó hasta las 10:40 porque la llave del salón la tenía el conserje y llegó tarde.
                B. ¿Hubo quien presionara a los votantes?
                Sí, un señor con gorra del comité les decía a quién elegir.
                C. ¿Llegó el material completo?
                R. Faltaron las mamparas y usaron cajas de cartón como pantalla.
                """);
        assertThat(found).anySatisfy(s -> {
            assertThat(s.text()).startsWith("Empezó hasta las 10:40");
            assertThat(s.context()).isEqualTo("A. ¿Cuándo empezó a recibir opiniones la mesa? ¿Por qué?");
        });
        assertThat(found).extracting(Segmenter.Segment::text).noneMatch(t -> t.contains("¿Cuándo empezó"));
        // a yes or no says what the question asks, and the form's «R.» marks an answer read with it: one finding each
        assertThat(found).extracting(Segmenter.Segment::text)
                .anyMatch(t -> t.contains("¿Hubo quien presionara a los votantes?") && t.contains("un señor con gorra"))
                .anyMatch(t -> t.contains("¿Llegó el material completo?") && t.contains("cajas de cartón"));
    }

    @Test
    void aFormExportsTimeBeforeItsCellsIsNoChatSender() {
        List<String> found = findings("""
                Hora de envío,Pregunta del formulario,Lo que contestó
                02/05/2022 08:15:40,¿Cómo estaba el lugar?,"A las 8:30, con sol, ya había sillas y un toldo."
                02/05/2022 08:15:40,¿Quién atendía?,"Tres vecinos capacitados; uno llegó a las 9:20, tarde."
                02/05/2022 08:15:40,¿Hubo algo raro?,Una camioneta repartía gorras del proyecto del parque.
                02/05/2022 08:15:40,¿Cómo acabó?,Contaron a la vista de todos y pegaron el resultado en la reja.
                """);
        assertThat(found).contains("A las 8:30, con sol, ya había sillas y un toldo.",
                "Tres vecinos capacitados; uno llegó a las 9:20, tarde.");
        // a chat export's sender is still who wrote, not what was observed
        List<String> chat = findings("""
                [1/5/22, 9:14:02] Rosa Elena: ya abrieron la mesa, con las tres personas
                [1/5/22, 9:20:40] Rosa Elena: hay una lona del proyecto de la cancha en la esquina
                [1/5/22, 9:31:15] Toño: aquí no hay fila todavía, vengan
                """);
        assertThat(chat).noneMatch(f -> f.contains("Rosa Elena"))
                .anyMatch(f -> f.contains("hay una lona del proyecto de la cancha"));
    }

    @Test
    void aFieldNamedConfidentialityIsObservedButANoticeOfConfidentialityIsNot() {
        List<String> found = findings("""
                Apertura: la mesa abrió a las 9:05 en el kiosco.
                Confidencialidad: nadie vio cómo marcaban, la mampara quedó contra la pared.
                Seguridad: un hombre gritó a las 14:00 y se fue solo, sin tocar la urna.
                """);
        assertThat(found).anyMatch(f -> f.contains("nadie vio cómo marcaban")).anyMatch(f -> f.contains("un hombre gritó"));
        List<String> mail = findings("""
                La mesa abrió a las 9:05 en el kiosco y la fila fue corta toda la mañana.

                Confidencialidad: este correo y sus anexos son para uso exclusivo de quien los recibe.
                Si lo recibió por error, bórrelo y avise a quien lo envió.
                """);
        assertThat(mail).noneMatch(f -> f.contains("uso exclusivo") || f.contains("bórrelo"));
    }

    @Test
    void aSpreadsheetsLaterCellThatTellsAThingOfItsOwnIsAFindingButAGradeIsNot() {
        List<Segmenter.Segment> found = segments("""
                BITÁCORA DE REVISIÓN,Mesa de la colonia Las Flores
                Rubro,Lo que vi,Nota del revisor
                Apertura,La mesa abrió a las 9:10 con las tres personas en su lugar,Puntual
                Material,Llegaron las boletas contadas y la urna sellada desde temprano,Completo según lo pedido
                Propaganda,Un señor pegó carteles del proyecto del gimnasio en el poste de enfrente,Nadie de la mesa le pidió que los quitara y ahí siguieron todo el día
                Cierre,Contaron frente a los vecinos y pegaron el resultado en la puerta,Sin observaciones
                """);
        assertThat(found).anySatisfy(s -> {
            assertThat(s.text()).isEqualTo("Nadie de la mesa le pidió que los quitara y ahí siguieron todo el día");
            assertThat(s.context()).isEqualTo("Propaganda");
        });
        // a short grade beside the prose says how it went, as a heading does: no finding of its own
        assertThat(found).extracting(Segmenter.Segment::text).doesNotContain("Completo según lo pedido", "Puntual");
        assertThat(found).anySatisfy(s -> assertThat(s.context()).isEqualTo("Material, Completo según lo pedido"));
    }

    @Test
    void aBorrowedGenresNameInCapitalsWithItsPlaceAfterADashIsTheTitle() {
        assertThat(findings("""
                BITÁCORA DE VUELO - Piloto de la mesa, domingo 1/05/2022 - Tlalpan, Dtto. XIV
                La mesa abrió a las 9:30 porque no llegaba la llave del salón.
                """)).containsExactly("La mesa abrió a las 9:30 porque no llegaba la llave del salón.");
        assertThat(findings("""
                «CARTAS AL VECINO» — sección del boletín de la U. Hab. con lo que vieron sus lectores
                La mampara quedó junto a la ventana y desde la calle se veía lo que marcaban.
                """)).containsExactly("La mampara quedó junto a la ventana y desde la calle se veía lo que marcaban.");
        assertThat(findings("""
                URNA SIN SELLO - la Pdta. la cerró con cinta canela
                Todo lo demás transcurrió en orden.
                """)).as("a verb: the first line tells").hasSize(2);
        assertThat(findings("""
                MESA TRES - Todo en orden desde la apertura.
                Cerraron a las cinco.
                """)).as("a sentence ended").hasSize(2);
    }

    @Test
    void theLineAnExportPrintsAboveAChatsFirstMessageIsNoFinding() {
        assertThat(findings("""
                Esta conversación está protegida por la aplicación de mensajes.
                2/5/22 09:00 - Ana: ya abrieron la mesa del deportivo
                2/5/22 09:10 - Ana: hay fila de unas veinte personas
                2/5/22 09:20 - Ana: ya no hay fila, pasan rápido
                """)).containsExactly("ya abrieron la mesa del deportivo", "hay fila de unas veinte personas",
                "ya no hay fila, pasan rápido");
        assertThat(findings("""
                La mesa abrió con media hora de retraso.
                Después todo transcurrió en calma y cerraron a las cinco.
                """)).as("no chat: the first line is the report's").hasSize(2);
    }

    @Test
    void aGridOfLettersIsNoFinding() {
        assertThat(findings("""
                B O L E T A S / U R N A X Q / F I L A Z W
                FILA: a las once había más de cuarenta personas esperando al sol.
                """)).containsExactly("FILA: a las once había más de cuarenta personas esperando al sol.");
    }

    @Test
    void aPersonalDataLabelFollowedByWhatHappenedIsAFinding() {
        assertThat(findings("""
                CREDENCIAL: a dos señoras no las encontraron en el listado y se fueron sin opinar.
                Ocupación: maestra jubilada
                Credencial para votar: IDMEX2345678901 vigente hasta el año que viene
                """)).containsExactly("CREDENCIAL: a dos señoras no las encontraron en el listado y se fueron sin opinar.");
    }

    @Test
    void aHeadingGluedToItsLineEndsTheReachOfTheHeadingAbove() {
        List<Segmenter.Segment> found = segments("""
                REPORTE DE LA JORNADA
                Apertura
                La mesa abrió a las 9:05 en la explanada del mercado.
                Secreto del voto
                Cada persona marcó sola detrás de la mampara.
                Propaganda
                Un señor repartía volantes de un proyecto en la fila.
                Orden
                Ningún pleito en todo el día.
                """);
        assertThat(found).filteredOn(s -> s.text().contains("marcó sola")).extracting(Segmenter.Segment::context)
                .containsExactly("Secreto del voto");
        assertThat(found).filteredOn(s -> s.text().contains("volantes") || s.text().contains("pleito"))
                .hasSize(2).extracting(Segmenter.Segment::context).doesNotContain("Secreto del voto");
    }

    @Test
    void theCountedFrameOfABorrowedGenreIsNoFinding() {
        List<String> found = findings("""
                BITÁCORA DE LA COCINA: así se guisó la jornada

                Paso 1, el caldo, 8:40
                Llegaron los tres funcionarios y armaron la mesa bajo el toldo del mercado.
                Paso 2, la sazón, 10:15
                Un señor con altavoz pedía votar por la cancha y nadie de la mesa le dijo nada.
                Paso 3: _ _ _ A → SAL (al gusto)
                Cada quien marcó su boleta detrás de la mampara, sin nadie cerca.
                """);
        assertThat(found).noneMatch(f -> f.startsWith("Paso"))
                .contains("Llegaron los tres funcionarios y armaron la mesa bajo el toldo del mercado.");
        assertThat(findings("""
                Ronda 1: la mesa abrió a las nueve con los tres funcionarios.
                Ronda 2: llegaron las boletas completas y la urna sellada.
                Ronda 3: se contó en voz alta frente a los vecinos.
                """)).as("counted lines that tell, one after another").hasSize(3);
        assertThat(findings("""
                Punto 1. Abrieron tarde porque no encontraban la llave del salón
                La presidenta pidió una copia al encargado.
                Punto 2. Faltaron boletas a mediodía
                Las trajeron de la mesa de al lado.
                Punto 3. Un señor repartía volantes en la fila
                Se fue cuando lo vio la policía.
                """)).as("a counted line that says a sentence").anyMatch(f -> f.startsWith("Punto 1"));
    }

    @Test
    void aHandwrittenLineCutByTheDamageStandsAlone() {
        List<Segmenter.Segment> found = segments("""
                hoja que llene en la tienda, mesa de la colonia, domingo 1 de mayo
                pusieron la mesa a las 9 y abrieron con los tres funcionarios
                al mediodia vino el señor [ilegible] con su [mancha] y le dijo a la
                unos vecinos se quejaron de que no estaban en la lista
                ya tarde la presidenta [ilegible] con los de
                contaron a las 5 y pegaron el resultado en la reja
                """);
        assertThat(found).extracting(Segmenter.Segment::text)
                .contains("pusieron la mesa a las 9 y abrieron con los tres funcionarios",
                        "al mediodia vino el señor [ilegible] con su [mancha] y le dijo a la",
                        "unos vecinos se quejaron de que no estaban en la lista",
                        "ya tarde la presidenta [ilegible] con los de",
                        "contaron a las 5 y pegaron el resultado en la reja");
    }

    @Test
    void labelsGlossedAfterAnEllipsisFrameWhatIsNotedUnderThem() {
        List<String> found = findings("""
                GUÍA RÁPIDA PARA EL INFORME
                LLEGADA ... quién y a qué hora
                abrieron 9:15, faltaba el secretario
                URNA ... cómo venía
                llegó sin sellos, la taparon con cinta delante de todos
                FILA … cuánta gente
                como veinte personas a mediodía
                """);
        assertThat(found).noneMatch(f -> f.startsWith("LLEGADA") || f.startsWith("URNA") || f.startsWith("FILA"))
                .contains("abrieron 9:15, faltaba el secretario", "llegó sin sellos, la taparon con cinta delante de todos");
        assertThat(findings("""
                APERTURA: tarde
                abrieron a las 9:40 porque no llegaba la llave
                MATERIAL: incompleto
                faltaron veinte boletas
                SEGURIDAD: sin problemas
                nadie se peleó en toda la tarde
                """)).as("a field and its answer, after a colon").anyMatch(f -> f.contains("MATERIAL: incompleto"));
    }

    /**
     * Forty-third round: a single capitalised word on its line, above a whole sentence or a field of its own, names a
     * section of the borrowed genre and is no part of the finding under it (an invented recipe card and a ship's log).
     * A word above a short answer, or above a line that goes on in lower case, stays with it.
     */
    @Test
    void aWordAboveAWholeSentenceNamesItsSectionAndIsNoPartOfIt() {
        List<Segmenter.Segment> card = segments("""
                RECETA DE LA JORNADA EN LA MESA DEL MERCADO
                Ingredientes
                La urna llegó sellada y las boletas venían completas en su paquete.
                Horneado
                Tiempo de espera: la fila tardó una hora porque faltó una mampara.
                Decorado
                Un señor con chaleco del comité repartía volantes de un proyecto junto a la fila.
                La presidenta le pidió que se retirara y el señor se fue con sus volantes.
                """);
        assertThat(card).extracting(Segmenter.Segment::text)
                .noneMatch(f -> f.startsWith("Ingredientes") || f.startsWith("Horneado") || f.startsWith("Decorado"))
                .contains("La urna llegó sellada y las boletas venían completas en su paquete.",
                        "Tiempo de espera: la fila tardó una hora porque faltó una mampara.",
                        "Un señor con chaleco del comité repartía volantes de un proyecto junto a la fila.");
        assertThat(card).filteredOn(s -> s.text().startsWith("Un señor con chaleco"))
                .extracting(Segmenter.Segment::context).as("the section's name still says what the line is under")
                .containsExactly("Decorado");
        assertThat(card).filteredOn(s -> s.text().startsWith("La presidenta le pidió"))
                .extracting(Segmenter.Segment::context).as("it heads the sentence it was written over, as when the two were one")
                .containsOnlyNulls();

        assertThat(findings("""
                Bitácora del muelle, domingo de la consulta.

                Material
                completo y con sellos, aunque la mampara venía rota de una pata.
                """)).as("a word above a line that goes on in lower case stays with it")
                .anyMatch(f -> f.startsWith("Material") && f.contains("completo y con sellos"));
        assertThat(findings("""
                Bitácora del muelle, domingo de la consulta.

                Apertura
                Tarde.
                """)).as("a word above its short answer stays with it")
                .anyMatch(f -> f.startsWith("Apertura") && f.contains("Tarde"));
    }
}
