package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/** Names where people write them, and places named after people left alone (config/privacidad is the vocabulary). */
class PersonNamesTest {

    private final PersonNames names = new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER);
    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<String> found(String text) {
        return names.find(text).stream().map(Mention::value).toList();
    }

    private List<String> personal(String text, KnownPersonalData known) {
        return detector.detect(text, names.find(text), known).stream().map(PersonalData::text).toList();
    }

    @Test
    void selfIntroductionsInAnyCaseWithOrWithoutAccents() {
        assertThat(found("Yo, Teófila Garduño Rivas, de 40 años, fui observadora.")).containsExactly("Teófila Garduño Rivas");
        assertThat(found("soy Maricarmen Olea obsevadora de la red")).containsExactly("Maricarmen Olea");
        assertThat(found("Buenas tardes, mi nombre es Abigail Tenorio y observé la MRO-02.")).containsExactly("Abigail Tenorio");
        assertThat(found("mi nombre es dolores huerta, soy observadora")).containsExactly("dolores huerta");
        assertThat(found("ME LLAMO OFELIA RENTERIA Y SOY OBSERVADORA")).containsExactly("OFELIA RENTERIA");
        assertThat(found("Quien suscribe, Eleuterio Mancilla Fonseca, con CURP …")).containsExactly("Eleuterio Mancilla Fonseca");
        assertThat(found("La que suscribe, Rigoberta Anzures Melgar, presenta su informe.")).containsExactly("Rigoberta Anzures Melgar");
    }

    @Test
    void labelsAnywhereInALineGluedToAHeadingOrWithTheValueOnTheNextLine() {
        assertThat(found("Datos generalesObservadora: Xochiquetzal Arriaga Nolasco")).containsExactly("Xochiquetzal Arriaga Nolasco");
        // a surname's field holds a surname, even one upper-case word the lists lack, on its line or the next; its label
        // closes the field before it on a form's line
        assertThat(found("DATOS DE LA PERSONA\nNOMBRE(S): OFELIA MARISOL APELLIDO PATERNO: EK APELLIDO MATERNO:\nCHABLÉ"))
                .contains("OFELIA MARISOL", "EK", "CHABLÉ");
        assertThat(found("Primer apellido: Tzab\nSegundo apellido:\nKUYOC")).contains("Tzab", "KUYOC");
        // a surname's label with no name after it, or a word that says there is none, names nobody
        assertThat(found("Apellido: no lo quiso dar.\nAPELLIDO PATERNO: NINGUNO")).isEmpty();
        // an upper-case heading glued to the name after it: the last capital before the lower case opens the name
        assertThat(found("RESUMEN DE LA OBSERVACIÓNEusebia Tlapanco Ruelas, Tláhuac")).containsExactly("Eusebia Tlapanco Ruelas");
        // acronyms and plurals of acronyms stay one word and no name
        assertThat(found("El IECM mandó los PDFs tarde y la UNAM prestó el salón.")).isEmpty();
        assertThat(found("Folio 12 · Persona observadora: Wenceslao Pichardo   Acreditación: CVOE-0815"))
                .containsExactly("Wenceslao Pichardo");
        assertThat(found("Nombre de la persona observadora:\nIng. Abundio Larrañaga Solórzano")).containsExactly("Abundio Larrañaga Solórzano");
        assertThat(found("NOMBRE: ROSALINDA ECHAVARRÍA TEJEDA")).containsExactly("ROSALINDA ECHAVARRÍA TEJEDA");
        assertThat(found("Contacto del funcionario: Rubén Ortiz Cota")).containsExactly("Rubén Ortiz Cota");
        assertThat(found("Integrantes: Apolonia Zermeño Lugo, Teodomiro Cázares y Bernardina Oyervides"))
                .containsExactly("Apolonia Zermeño Lugo", "Teodomiro Cázares", "Bernardina Oyervides");
    }

    @Test
    void officialsAndPrivatePersonsWithOrWithoutATitle() {
        assertThat(found("El funcionario Evaristo Quintanar llegó tarde.")).containsExactly("funcionario Evaristo Quintanar");
        assertThat(found("La responsable, Jacinta Morquecho, me pidió la acreditación.")).containsExactly("Jacinta Morquecho");
        assertThat(found("la secretaria de la mesa, Leonor Izquierdo Salcedo, acomodó la mampara")).containsExactly("Leonor Izquierdo Salcedo");
        assertThat(found("Luego el Lic. Zamudio dijo que cerraran; la C. Pascuala Tinoco firmó.")).contains("Zamudio")
                .anySatisfy(n -> assertThat(n).endsWith("Pascuala Tinoco"));
        assertThat(found("La señora Anzures tomó fotografías.")).as("a person, though Anzures is also a colonia")
                .containsExactly("Anzures");
        assertThat(found("Por la mañana llegó Yatzil Orduña Baez y nos dijo que faltaban boletas.")).containsExactly("Yatzil Orduña Baez");
    }

    @Test
    void signaturesBylinesMailHeadersAndDisplayNames() {
        assertThat(found("La mesa abrió tarde.\n\nSaludos,\nCasimiro")).containsExactly("Casimiro");
        assertThat(found("Por Anselma Quiñones Ibarrola (anselma@x.mx): comparto lo que vi.")).containsExactly("Anselma Quiñones Ibarrola");
        assertThat(found("Publicado por Nicanor Villaseñor")).containsExactly("Nicanor Villaseñor");
        assertThat(found("De: Casimiro Yáñez Bocanegra <casimiro@x.mx>\nCc: Herminio Valdivia <h@x.mx>, \"Tostado, Genoveva\" <g@x.mx>"))
                .containsExactly("Casimiro Yáñez Bocanegra", "Herminio Valdivia", "Tostado", "Genoveva");
        assertThat(found("El mar, 3 may 2022 a las 18:22, Tiburcio Ensástegui Lara <t@gmail.com> escribió:"))
                .containsExactly("Tiburcio Ensástegui Lara");
        assertThat(found("Leopoldina Garnica: en la MRO-02 la mesa abrió tarde.")).containsExactly("Leopoldina Garnica");
        assertThat(found("Hola Genoveva:\nTe cuento que …")).containsExactly("Genoveva");
    }

    @Test
    void placesNamedAfterPeopleAndPublicRolesStayReadable() {
        assertThat(found("""
                La mesa se instaló en la Escuela Primaria "Benito Juárez", en la colonia Miguel Hidalgo, sobre la calle
                Cuauhtémoc, frente al Mercado Lázaro Cárdenas, cerca del Hospital General Dr. Manuel Gea González y de la
                Secundaria Técnica No. 45 "Sor Juana Inés de la Cruz". La consejera presidenta y el Secretario Ejecutivo
                visitaron la alcaldía Venustiano Carranza. Después fuimos a Miguel Hidalgo y a Gustavo A. Madero.
                """)).isEmpty();
    }

    @Test
    void onceANameIsKnownEveryFormOfItIsFound() {
        KnownPersonalData known = KnownPersonalData.of(List.of("José Ángel Ledesma Villagómez", "G. Alvear", "55 4187 2290"));
        String text = "JOSE ANGEL LEDESMA firmó; el señor Ledesma pidió el acta; José Ledesma se fue. Lo firmó Gumersindo Alvear. "
                + "Llamen al 55-41-87-22-90. La calle Ledesma no tiene nada que ver.";
        assertThat(personal(text, known)).contains("JOSE ANGEL LEDESMA", "señor Ledesma", "José Ledesma", "Gumersindo Alvear",
                "55-41-87-22-90").doesNotContain("calle Ledesma");
        assertThat(personal("en la alcaldía Miguel Hidalgo", KnownPersonalData.of(List.of("Miguel Hidalgo Pérez")))).isEmpty();
    }

    @Test
    void disguisedContactDataAndIdentityDocuments() {
        assertThat(personal("escriban a crisanto.mhuerta[at]protonmail.com o a cmhuerta arroba gmail punto com", KnownPersonalData.NONE))
                .containsExactly("crisanto.mhuerta[at]protonmail.com", "cmhuerta arroba gmail punto com");
        assertThat(personal("celular: cinco cinco, dos ocho, cuatro uno, siete siete, nueve cero", KnownPersonalData.NONE))
                .containsExactly("cinco cinco, dos ocho, cuatro uno, siete siete, nueve cero");
        assertThat(personal("WhatsApp 55 uno dos, 34 56 78 90 o 55.12.34.56.78", KnownPersonalData.NONE))
                .containsExactly("55 uno dos, 34 56 78 90", "55.12.34.56.78");
        assertThat(personal("Casa: 55–4187–2290; oficina: 5541—8722", KnownPersonalData.NONE)).as("dashes of any kind")
                .containsExactly("55–4187–2290", "5541—8722");
        assertThat(personal("CURP GOPL 850312 HDFRRS 09; clave ROMRFD-85010109-H-100", KnownPersonalData.NONE))
                .containsExactly("GOPL 850312 HDFRRS 09", "ROMRFD-85010109-H-100");
        assertThat(personal("DISTRITO 20 – 01/05/2022", KnownPersonalData.NONE)).as("a dash between words is no phone").isEmpty();
        assertThat(personal("Credencial para votar: 1234567890123, clave GMVLMR80 07050 1M100", KnownPersonalData.NONE))
                .contains("1234567890123");
        assertThat(personal("votaron 150 personas el 01/05/2022 entre 9:00 y 17:00 en la MRO-03 (UT 07-123)", KnownPersonalData.NONE)).isEmpty();
    }
    @Test
    void namesInTablesUnderAHeaderOfNames() {
        assertThat(found("\tNombre\tCargo\tTeléfono\n\n\tAraceli Quiñones Tapia\tPresidenta\t55 1234 0001\n\n"
                + "\tGildardo Ochoa\tSecretario\t—\n\nLa mesa abrió a las 9:00.")).as("a given name missing from the list too")
                .containsExactly("Araceli Quiñones Tapia", "Gildardo Ochoa");
        assertThat(found("Integrante | Función\nWilfrido Zepeda | escrutador\nOtilia Carmona | suplente"))
                .containsExactly("Wilfrido Zepeda", "Otilia Carmona");
    }

    @Test
    void namesGluedToAHeadingWithNicknamesInQuotesOrSurnameFirst() {
        assertThat(found("Desarrollo de la jornadaLa mesa abrió.\nFirmaSILVIA RENTERIA PADILLA")).containsExactly("SILVIA RENTERIA PADILLA");
        assertThat(found("José \"Pepe\" Larios se acercó a la mesa; también Juan (el Güero) Sotelo."))
                .containsExactly("José \"Pepe\" Larios", "Juan (el Güero) Sotelo");
        assertThat(found("López Ruiz, Juan: todo bien en mi mesa.\nMejía, J. A.: propongo una circular."))
                .containsExactly("López Ruiz, Juan", "Mejía, J. A.");
        assertThat(found("InformeJuanPerezLopez pdf")).as("a file name written in CamelCase").containsExactly("JuanPerezLopez");
    }

    @Test
    void thirdPersonsAnnouncedByAPhraseAndLowerCaseWriters() {
        assertThat(found("oigan, un tal Efrén Gallardo le dice a la gente que vote por el 3")).containsExactly("Efrén Gallardo");
        assertThat(found("el de la mesa, un señor de apellido Quintero, no sabía llenar el acta")).containsExactly("Quintero");
        assertThat(found("La niña Ximena, de 8 años, repartía volantes con su mamá Rocío Camacho.")).containsExactly("Ximena", "Rocío Camacho");
        assertThat(found("soy roberto tovar, observador en cuauhtemoc")).containsExactly("roberto tovar");
        assertThat(found("soy observadora de la mesa 3 y vi que todo salió bien")).isEmpty();
    }

    @Test
    void signatureBlocksAndAMessageSignedWithAGivenName() {
        assertThat(found("Sin incidentes.\n\n_______________________\nTeodora Villaseñor Gil\nObservadora electoral"))
                .containsExactly("Teodora Villaseñor Gil");
        assertThat(found("La mesa cerró a las 17:00.\nEustolia Ramírez Cano\nPersona observadora acreditada")).containsExactly("Eustolia Ramírez Cano");
        assertThat(found("Abrieron a las 9:00. Al final contaron 120 opiniones.\nPaty")).containsExactly("Paty");
        assertThat(found("todo tranquilo en la mesa, cerraron a las 5. saludos!! att. chabela")).containsExactly("chabela");
        assertThat(found("Les agradezco mucho. Atte. Eusebio Tapia Ruelas")).containsExactly("Eusebio Tapia Ruelas");
        assertThat(found("Muchas gracias, Coyoacán. Saludos a todos.")).isEmpty();
    }

    @Test
    void placesThatBeginWithAPlacePhraseOrSitOnTheLineBeforeStayReadable() {
        assertThat(found("La Casa de Cultura Jaime Sabines estaba cerrada y el Centro de Salud \"Dr. Gustavo Baz Prada\" también.")).isEmpty();
        assertThat(found("La mesa debía instalarse en el patio de la Escuela Primaria\n«Profra. Carmen Serdán», pero no abrieron.")).isEmpty();
        assertThat(found("SOY GERARDO PONCE LUNA, OBSERVADOR EN LA MRO-07 DE LA UT 07-150 SANTA\nCRUZ MEYEHUALCO, DTTO. 9"))
                .containsExactly("GERARDO PONCE LUNA");
        assertThat(found("B. Funcionarios\nLlegaron los tres.\nC. Material\nFaltaron boletas.")).as("items of a list").isEmpty();
    }

    @Test
    void everyFormOfAKnownNameInitialsShortFormsAndSurnamesAlone() {
        KnownPersonalData known = KnownPersonalData.of(List.of("Leonel Arriaga Fonseca", "José Alfredo Mejía Carrasco",
                "Perla Jazmín Orduña Ríos", "Patricia Elizondo Ruiz", "Silvia Rentería Padilla"));
        assertThat(personal("Fotos y texto: L. Arriaga. Arriaga tomó las fotos en la esquina de la calle Arriaga.", known))
                .as("the street named Arriaga stays").containsExactly("L. Arriaga", "Arriaga");
        assertThat(personal("Firmó J. A. Mejía; Mejía, J. A. lo confirmó.", known)).contains("J. A. Mejía", "Mejía, J. A.");
        assertThat(personal("Perla Orduña registró la hora junto a la escuela \"Niños Héroes\".", known)).contains("Perla Orduña");
        assertThat(personal("Hola Lore, les paso mi informe.\nPaty", known)).contains("Paty");
        assertThat(personal("ObservacionesSilvia Rentería observó el cierre.\nFirmaSILVIA RENTERIA PADILLA", known))
                .contains("Silvia Rentería", "SILVIA RENTERIA PADILLA");
    }

    @Test
    void aGivenNameAloneWherePeopleStandItsShortFormsAndDiminutives() {
        assertThat(found("Ya le avisé a Maricela y lo revisé con Evaristo antes de enviarlo.")).containsExactly("Maricela", "Evaristo");
        assertThat(found("Concha: yo traigo las sillas.\nHumberto, ¿quién lleva la lista?")).containsExactly("Concha", "Humberto");
        assertThat(found("El vecino de enfrente, Panchito, ayudó a cargar la urna; luego llegó Lupita.")).containsExactly("Panchito", "Lupita");
        assertThat(found("Un abrazo, Chente.")).containsExactly("Chente");
        assertThat(found("Renata llegó a las nueve y Fabiola abrió la mesa.")).as("a person's verb after a sentence's first word")
                .containsExactly("Renata", "Fabiola");
    }

    @Test
    void aLoneGivenNameThatIsAlsoAPlaceADevotionOrAnOrdinaryWordStaysReadable() {
        assertThat(found("""
                Rosa mexicano era el color de las mamparas. Frente a la Basílica de Guadalupe y en Santa Cruz pusieron mesas;
                en Esperanza no hubo; en la colonia Tránsito tampoco. Los Reyes y San Martín abrieron tarde; la Guerrero también.
                Mandé el reporte por WhatsApp. La mesa de Martín Carrera (UT MARTIN CARRERA I) abrió a las 9.
                """)).isEmpty();
        KnownPersonalData known = KnownPersonalData.of(List.of("Tránsito Pineda Ortega"));
        assertThat(personal("Fuimos a la colonia Tránsito. Saludos cordiales, Tránsito.", known))
                .as("a colonia shares her name: only the person is removed").containsExactly("Tránsito");
    }

    @Test
    void courtesyTitlesAreRedactedWithTheNameButProfessionsAndRolesStayReadable() {
        List<String> found = personal("Abrió la Sra. Quintanar Ibáñez; don Heriberto Roldán trajo sillas y el Ing. Roldán "
                + "las acomodó. El doctor Bermejo Sáenz y la funcionaria Yadira Ugalde atendieron.", KnownPersonalData.NONE);
        assertThat(found).contains("Sra. Quintanar Ibáñez", "don Heriberto Roldán", "Ing. Roldán", "Bermejo Sáenz", "funcionaria Yadira Ugalde");
        assertThat(found).noneMatch(p -> p.contains("doctor"));
    }

    @Test
    void aReportThatWritesNamesInLowerCaseHasItsPartialFormsFoundInLowerCase() {
        String chat = "buenas, soy tomasa ugalde rios de la red\nel responsable se llama heriberto roldan\n"
                + "ok tomasa, avisale a roldan que ya llegamos";
        assertThat(personal(chat, KnownPersonalData.NONE)).contains("tomasa ugalde rios", "heriberto roldan", "tomasa", "roldan");
        // where names are capitalized, a lower-case word stays a word
        assertThat(personal("Soy Rosa Quintanar Ugalde, observadora. Pintaron la pared de rosa.", KnownPersonalData.NONE))
                .containsExactly("Rosa Quintanar Ugalde");
        // an e-mail or a phone spelt out in words is no name written in lower case: its words stay readable elsewhere
        assertThat(personal("quedaban cinco boletas", KnownPersonalData.of(List.of("yadira ugalde",
                "cinco cinco uno dos tres cuatro cinco seis", "yadira arroba correo punto com")))).isEmpty();
    }

    @Test
    void oneLowerCaseNameAfterARoleOrAnAnnouncementWhenTheClauseEndsThere() {
        assertThat(found("el de la mesa se llama leonel y la capacitadora se llama marisol, los dos amables"))
                .containsExactly("leonel", "marisol");
        assertThat(found("la vecina marisol rentó la lona")).isEmpty();
    }

    @Test
    void aNameSetApartByCommasAfterATitleWrittenAsANoun() {
        assertThat(found("Una señora, Yoloxóchitl, vendía atole; después un señor, Tranquilino, pidió la palabra."))
                .containsExactly("Yoloxóchitl", "Tranquilino");
        assertThat(found("La señora, muy molesta, se fue.")).isEmpty();
    }

    @Test
    void userNamesWithAnAbbreviatedSurnameButNotFileNames() {
        assertThat(found("comentario de marisol_gtz: todo en orden")).containsExactly("marisol_gtz");
        assertThat(found("adjunto marisol.pdf y leonel.txt")).isEmpty();
    }

    @Test
    void nicknamesAnnouncedByAPhraseWithTheirArticleOrInQuotes() {
        assertThat(found("Un joven apodado \"el Tlacuache\" cargó las urnas.")).containsExactly("el Tlacuache");
        assertThat(found("el de la tienda, al que todos llaman Chapulín, regalaba refrescos")).containsExactly("Chapulín");
        assertThat(found("UNA SEÑORA CONOCIDA COMO \"LA GÜERA\" REPARTÍA DESPENSAS")).containsExactly("LA GÜERA");
        assertThat(found("le dicen así por la colonia")).as("nothing named after the cue").isEmpty();
        assertThat(found("es conocido como \"el Parque Hundido\"")).as("a place known by a name").isEmpty();
    }

    @Test
    void aNicknameTheWriterGivesWithSoyIsHers() {
        assertThat(found("Me llamo Ovidio Tenango pero en el tianguis soy el Tornado, pregunten por mí.")).contains("el Tornado");
        assertThat(found("Entre las vecinas soy la Catrina desde hace años.")).contains("la Catrina");
    }

    @Test
    void anOfficeOrATitleAfterSoyIsNoNickname() {
        assertThat(found("Yo soy la Presidenta de la casilla 14 y abrí a tiempo.")).isEmpty();
        assertThat(found("Ahora soy el Representante del partido en la casilla.")).isEmpty();
        assertThat(found("La casilla era la Especial de la escuela.")).isEmpty();
    }

    @Test
    void aPenNameAnnouncedBeforeAColonIsTheWritersName() {
        assertThat(found("Lo publico con mi seudónimo de cronista: Tlacuache Veloz.")).contains("Tlacuache Veloz");
        assertThat(found("Mi seudónimo es secreto: no lo digo aquí.")).isEmpty();
    }

    @Test
    void lowerCaseNamesAfterARelationOrARoleWithAWordMissingFromTheLists() {
        assertThat(found("llegue con mi hermana lorena basave y nos formamos")).containsExactly("lorena basave");
        assertThat(found("la encargada leticia zubiria me pidio la credencial")).containsExactly("encargada leticia zubiria");
        assertThat(found("una señora, maria elena cuevas, se quejo del sol")).containsExactly("maria elena cuevas");
        assertThat(found("la vecina marisol rentó.")).as("a verb in the past is no surname").isEmpty();
        assertThat(found("el responsable de la mesa llego tarde y cerro temprano")).isEmpty();
    }

    @Test
    void userNamesAfterAnAtSignThatNameAPersonOrAuthorAComment() {
        assertThat(found("@pancho.tlalpan: ahí estuve yo también")).containsExactly("@pancho.tlalpan");
        assertThat(found("gracias a @lupita_89 por las fotos")).containsExactly("@lupita_89");
        assertThat(found("Síguenos en @IECM_CDMX para más información")).isEmpty();
    }

    @Test
    void aFormOfLabelsAndValuesInCellsIsNoTableOfNames() {
        assertThat(found("\tNombre(s)\tCasilda\n\n\tPrimer apellido\tZubieta\n\n\tSegundo apellido\tAlmaraz\n"))
                .containsExactly("Casilda", "Zubieta", "Almaraz");
    }

    @Test
    void aNameTheReportsOwnAddressSpells() {
        assertThat(names.echoesOfAddresses("Entregado: Audomaro Quiñones Lezama (coordina) — correo aquinones@red.example",
                List.of("aquinones@red.example"))).extracting(Mention::value).containsExactly("Audomaro Quiñones Lezama");
        assertThat(names.echoesOfAddresses("nota: soy eustaquio larrinaga, en la mesa\nmi correo elarrinaga arroba red punto example",
                List.of("elarrinaga arroba red punto example"))).extracting(Mention::value).containsExactly("eustaquio larrinaga");
        assertThat(names.echoesOfAddresses("Nombre\tRamiro Ochoa Pérez", List.of("rochoa@red.example")))
                .as("a label beside the name is no part of it").extracting(Mention::value).containsExactly("Ramiro Ochoa Pérez");
        assertThat(names.echoesOfAddresses("La mesa de Tlalpan Centro abrió.", List.of("mesa.tlalpan@iecm.example"))).isEmpty();
    }

    @Test
    void aGivenNameNoListKnowsIsHersWhereHerOwnAddressSpellsItAtAFullNamesStart() {
        // three capitalized words the address's part opens, anywhere; two on the address's own line
        assertThat(names.echoesOfAddresses("Coordinó la fila Tlanextli Okonkwo Sarrazin, como cada año.",
                List.of("tlanextli.k@red.example"))).extracting(Mention::value).containsExactly("Tlanextli Okonkwo Sarrazin");
        assertThat(names.echoesOfAddresses("Contacto: Tlanextli Okonkwo | tlanextli.ok@red.example",
                List.of("tlanextli.ok@red.example"))).extracting(Mention::value).containsExactly("Tlanextli Okonkwo");
        // two words on another line, a part inside a run (not its start), or a place's name stay readable
        assertThat(names.echoesOfAddresses("Le llevé agua a Tlanextli Okonkwo.\nMi correo: tlanextli.m@red.example",
                List.of("tlanextli.m@red.example"))).isEmpty();
        assertThat(names.echoesOfAddresses("Se reunieron en Plaza Okonkwo Norte Sarrazin.",
                List.of("okonkwo@red.example"))).isEmpty();
        assertThat(names.echoesOfAddresses("Fuimos al Museo Soumaya Plaza Carso a las diez.",
                List.of("soumaya.visitas@red.example"))).isEmpty();
    }

    @Test
    void aTitlesPeriodOrAListNumberEndsNoPlaceContext() {
        assertThat(personal("Se instaló en la Escuela Primaria Profr. Rafael Ramírez Castañeda.", KnownPersonalData.NONE)).isEmpty();
        assertThat(personal("1) Ana Lugo — mesa: Pedregal de San Nicolás\n2) Audomaro Quiñones Lezama (coordina) — aquinones@red.example",
                KnownPersonalData.NONE)).contains("Audomaro Quiñones Lezama");
    }

    @Test
    void aTextWrittenWithoutCapitalsHasTheKnownNamesFoundInLowerCase() {
        String chat = "[02/05/22, 10:00] Ana Ruiz: ya llegue a la mesa\n[02/05/22, 10:01] Toño Vela: ok zuleima ahi te veo\n"
                + "[02/05/22, 10:02] Ana Ruiz: gracias, abrieron tarde\n";
        assertThat(personal(chat, KnownPersonalData.of(List.of("Zuleima Ortiz")))).contains("zuleima");
        assertThat(personal("Abrieron tarde.\nLa mesa cerró a las 5.\nPintaron de rosa la pared.", KnownPersonalData.of(List.of("Rosa Ortiz"))))
                .as("capitalized writing: a lower-case word stays a word").isEmpty();
        assertThat(personal("la mesa estaba en la otra colonia\nzubiria le explico bien y se fue\ncerraron tarde",
                KnownPersonalData.of(List.of("ramon zubiria")))).as("the place word ended the line before").contains("zubiria");
        assertThat(personal("perfecto chuy, avisa", KnownPersonalData.of(List.of("chuy"))))
                .as("a name found in lower case is found so in any text of its report").containsExactly("chuy");
    }

    @Test
    void aSurnameAnnouncedByDeApellidoInAnyCase() {
        assertThat(found("me atendió una joven de apellido zúñiga, que venía del módulo")).containsExactly("zúñiga");
        assertThat(found("El suplente, de apellido Ocampo y muy amable, abrió la urna.")).containsExactly("Ocampo");
        assertThat(found("un señor de apellido que no recuerdo")).isEmpty();
    }

    @Test
    void lowerCaseIntroductionsWhoseGivenNameIsNotInTheLists() {
        assertThat(found("buenas noches, les habla eustaquia cardona de la brigada norte")).containsExactly("eustaquia cardona");
        assertThat(found("soy wenceslao santoyo y estuve en la mesa")).containsExactly("wenceslao santoyo");
        assertThat(found("soy vecina de la colonia y estuve en la mesa")).isEmpty();
        assertThat(found("les habla la coordinación de la brigada")).isEmpty();
    }

    @Test
    void aLowerCaseNameAfterARelationBeforeAPronounAndItsVerb() {
        // the relation a given name comes with goes with it (aRelationAndAGivenNameGoTogetherAFullNameStandsAlone)
        assertThat(found("ya tarde mi sobrina jimena me prestó el teléfono")).containsExactly("mi sobrina jimena");
    }

    @Test
    void whoSpeaksInAChatExportIsAPersonUnlessItIsAnOffice() {
        assertThat(found("[3/5/22 19:02] pancho: ya llegue a la casilla\n[3/5/22 19:03] Coordinación Sur: gracias"))
                .containsExactly("pancho");
        assertThat(found("03/05/2022, 7:04 p. m. - Chabelita: ya cerraron")).containsExactly("Chabelita");
    }

    @Test
    void theOtherPeopleOfAListWhoseItemsAreMostlyPeople() {
        assertThat(found("Equipo de la jornada\n1. Patricia Gudiño Peña — mesa 3\n2. Eleazar Quiroga Mora — mesa 4\n"
                + "3. Teodulfo Zamarripa Iturbe — mesa 5")).contains("Teodulfo Zamarripa Iturbe");
        assertThat(found("Asistentes (Rosalía Benítez Mora, Xicoténcatl Ayala y Eufemia Tapia) firmaron el acta."))
                .containsExactly("Rosalía Benítez Mora", "Xicoténcatl Ayala", "Eufemia Tapia");
        assertThat(found("Mesas visitadas\n1. Patricia Gudiño Peña — mesa 3\n2. Eleazar Quiroga Mora — mesa 4\n"
                + "3. Escuela Primaria Benito Juárez — mesa 5")).doesNotContain("Benito Juárez", "Escuela Primaria Benito Juárez");
    }

    @Test
    void aLongGivenNameCutToItsFirstSyllablesOnceTheNameIsKnown() {
        assertThat(personal("Filomena Cortés Ruiz llegó temprano. Más tarde Filo cerró la mesa.", KnownPersonalData.NONE))
                .contains("Filo");
        assertThat(personal("Filomena Cortés Ruiz llegó temprano. el filo de la mesa estaba roto.", KnownPersonalData.NONE))
                .doesNotContain("filo");
    }

    @Test
    void aNameTheNeighbouringAddressSpellsInPart() {
        assertThat(personal("Contacto alterno — Eutimio Zaldívar, eutimio.z@correo.example", KnownPersonalData.NONE))
                .anySatisfy(p -> assertThat(p).contains("Eutimio Zaldívar"));
        assertThat(personal("avisar a cuco zaldivar de la mesa, escribe a c.zaldivar@correo.example", KnownPersonalData.NONE))
                .anySatisfy(p -> assertThat(p).contains("cuco zaldivar"));
    }

    @Test
    void anOfficeInAMessageHeaderOrAShortWordEndingASentenceIsNoPerson() {
        assertThat(found("De: Coordinación Iztapalapa:\nya recibimos su informe")).isEmpty();
        assertThat(personal("La mesa estaba sobre Calzada de Tlalpan Sur. Ortega llegó a las 10.",
                KnownPersonalData.of(java.util.List.of("Jacinto Ortega Lira")))).contains("Ortega");
        assertThat(found("Informe de la mesa en la calle Gral. Felipe Ángeles, esquina con Sur 20.")).isEmpty();
    }

    @Test
    void tablesChatsAndFormsAsExportedWithNamesOfPeopleNeverListed() {
        // the header row is no label and value; the phone in the next cell is no street number after the name
        assertThat(found("Brigada\n\t#\tNombre\tCelular\tMesa\n\n\t1\tGumaro Tepale\t55 5555 0101\tMesa 3\n\n"
                + "\t2\tRefugia Ochoterena\t55 5555 0102\tMesa 4\n")).containsExactly("Gumaro Tepale", "Refugia Ochoterena");
        // a dotted date, and the speaker's user name in parentheses
        assertThat(found("Chat\n12.05.2022 09:10 Pepis (@pepis_lara): ya abrieron\n12.05.2022 09:12 Pepis (@pepis_lara): ok"))
                .contains("Pepis", "@pepis_lara");
        // a one-word value under a label is not a name wrapped onto the next line
        assertThat(found("Datos\nPrimer apellido: Zamacona\nSegundo apellido: Yáñez\n")).contains("Zamacona", "Yáñez");
        assertThat(found("Un hombre que se identificó como Tlacaélel Moreno pidió el voto; un joven llamado Eulogio repartía volantes."))
                .containsExactly("Tlacaélel Moreno", "Eulogio");
        assertThat(found("Se cuenta con un proyecto llamado Luminarias Solares en la colonia.")).isEmpty();
    }

    @Test
    void aRoleAbbreviatedOrFollowedByACopulaAnnouncesItsHolder() {
        assertThat(found("func.: resp. M. A. Solórzano; secr. Leocadia Ybarra Nájera.")).contains("M. A. Solórzano", "Leocadia Ybarra Nájera");
        assertThat(found("la resp es Dalia Quiñones, super bien")).containsExactly("Dalia Quiñones");
        assertThat(found("la responsable fue graciela y el secretario no llegó")).containsExactly("graciela");
        // what follows the copula is no holder
        assertThat(found("El responsable es muy amable y la secretaria fue puntual.")).isEmpty();
        assertThat(found("La responsable es la Escuela Primaria Benito Juárez, que prestó el patio.")).isEmpty();
        // only an abbreviated role has a period before its holder: after a whole word the period ends the sentence
        assertThat(found("Llegó la secretaria. Pintaron la pared de blanco.")).isEmpty();
        // a lone initial after a role is no name
        assertThat(found("El secretario B. llegó tarde.")).isEmpty();
    }

    @Test
    void aTableWhoseHeaderLostItsLeadingTabAndPersonShapedCellsInATableOfPeople() {
        assertThat(found("Marca temporal\tNombre completo\tTeléfono\n\t2022/05/01 7:15 p. m.\tLeopoldina Urquiza Real\t55 5555 0303\n"))
                .containsExactly("Leopoldina Urquiza Real");
        String table = "\tmesa\tresponsable\tsuplente\tlugar\n\n\tMRO 03-011\tAurora Peñafiel\tR. Zaragoza\tEscuela Benito Juárez\n\n"
                + "\tMRO 03-012\tAnacleta Ruvalcaba\tgerardo \"el profe\" tinoco\tMercado Miguel Hidalgo\n";
        assertThat(found(table)).contains("Aurora Peñafiel", "R. Zaragoza", "Anacleta Ruvalcaba", "gerardo \"el profe\" tinoco")
                .noneMatch(n -> n.contains("Juárez") || n.contains("Hidalgo") || n.contains("MRO"));
    }

    @Test
    void whatIsCoordinatedWithANameOrSaidToBeTheSamePersonIsAName() {
        assertThat(found("Equipo de Amparo Villalobos (coordinadora) y Cipriano Yáñez Ortega")).contains("Cipriano Yáñez Ortega");
        assertThat(found("Integraron la mesa\tMarcela y Jacinta Berumen\tsin incidentes")).contains("Marcela", "Jacinta Berumen");
        assertThat(personal("la responsable era la Chaparra, o sea Hortensia Lujano, la de la tienda.", KnownPersonalData.NONE))
                .anySatisfy(p -> assertThat(p).contains("Hortensia Lujano"));
        // a place or a public figure coordinated with a person stays readable
        assertThat(found("La mesa de Amparo Villalobos Cruz y Escuela Secundaria Técnica 84 quedaron juntas."))
                .noneMatch(n -> n.contains("Escuela") || n.contains("Técnica"));
        assertThat(found("Amparo Villalobos Cruz, de 50 años, y Benito Juárez")).noneMatch(n -> n.contains("Benito"));
    }

    @Test
    void nicknamesOfAnimalsQuotedBesideANameOrInParentheses() {
        assertThat(found("Al ratito llegó el Tecolote con su bocina.")).containsExactly("el Tecolote");
        assertThat(found("Compramos en la tienda El Gallo de la esquina.")).isEmpty();
        assertThat(found("tambien andaba rigoberto \"el chino\" salas tomando fotos")).containsExactly("rigoberto \"el chino\" salas");
        assertThat(personal("PERSONA QUE INDUJO EL VOTO: \"EL TOPO\" ARREDONDO, LIDER DE LA ZONA",
                KnownPersonalData.of(List.of("Remigio Arredondo")))).contains("\"EL TOPO\" ARREDONDO");
        assertThat(personal("Contacto: Ma. de la Luz Quezada (\"Lucha\") 55 5555 0404", KnownPersonalData.NONE))
                .anySatisfy(p -> assertThat(p).endsWith("(\"Lucha\")"));
    }

    @Test
    void aNicknameSetAfterANameWithItsArticleAndWhatTellsItApartGoesWithTheName() {
        assertThat(personal("Guía del recorrido: Herminia Tovar Ledesma («la Güera de las trajineras»), muy amable.",
                KnownPersonalData.NONE)).anySatisfy(p -> assertThat(p).endsWith("(«la Güera de las trajineras»)"));
        assertThat(personal("El velador, Anacleto Rubio Salas (el Tecolote del mercado) abrió el portón.", KnownPersonalData.NONE))
                .anySatisfy(p -> assertThat(p).endsWith("(el Tecolote del mercado)"));
        assertThat(personal("Cocinera: Maclovia Ruiz Tello \"la Chata\" trajo tamales.", KnownPersonalData.NONE))
                .anySatisfy(p -> assertThat(p).endsWith("\"la Chata\""));
        // a place, an office or a kin in parentheses after the name stays readable
        assertThat(personal("Votó Anacleto Rubio Salas (de Tlalpan) y Herminia Tovar (la Presidenta de la mesa).", KnownPersonalData.NONE))
                .noneMatch(p -> p.contains("Tlalpan") || p.contains("Presidenta"));
        assertThat(personal("Lo acompañó Anacleto Rubio Salas (el Centro de Salud) temprano.", KnownPersonalData.NONE))
                .noneMatch(p -> p.contains("Centro"));
    }

    @Test
    void theInitialOfASecondSurnameAfterANameButNotACivilAssociation() {
        assertThat(personal("--\nRebeca Castañeda M.\nCoordinación", KnownPersonalData.NONE)).contains("Rebeca Castañeda M.");
        assertThat(personal("Firma: Rebeca Castañeda\tM. Ortiz llegó", KnownPersonalData.NONE)).doesNotContain("Rebeca Castañeda\tM.");
    }

    @Test
    void shortFormsAndInitialsOfAKnownName() {
        assertThat(personal("Yolanda Pichardo abrió la mesa. Después Yola contó las boletas.", KnownPersonalData.NONE)).contains("Yola");
        assertThat(personal("Fernanda Ybarra Cota llegó. Fer cerró la mesa.", KnownPersonalData.NONE)).contains("Fer");
        assertThat(personal("Soledad Ibarra Nava abrió. Sol de mediodía y mucha gente.", KnownPersonalData.NONE)).doesNotContain("Sol");
        assertThat(personal("Concepción Ibarra Nava abrió. Con su hermana llegó tarde.", KnownPersonalData.NONE)).doesNotContain("Con");
        assertThat(personal("Observadora: Rosa Elvia Cantú\nTodo en orden.\nfdo. REC", KnownPersonalData.NONE)).contains("REC");
        assertThat(personal("Entrevista de Cirilo Bautista\nC.B.: ¿Quién estaba?", KnownPersonalData.NONE)).contains("C.B.");
        // found as initials alone, or spelled by the given name and first surname of a known name
        assertThat(personal("A.Q.: Una muchacha.", KnownPersonalData.of(List.of("Anastasio Quezada Lomelí")))).contains("A.Q.");
        assertThat(personal("C.B.: ¿Y quién más?", KnownPersonalData.of(List.of("C.B.")))).contains("C.B.");
        assertThat(personal("La asociación civil (A.C.) dio su C.P. al comité.", KnownPersonalData.of(List.of("Ana Cruz", "Carlos Pérez"))))
                .noneMatch(p -> p.contains("A.C") || p.contains("C.P"));
        // the initials of a known person are no clave of the domain nor a mesa
        assertThat(personal("MRO 07-183 cerró a las 17:05", KnownPersonalData.of(List.of("Mario Rodríguez Ortega")))).isEmpty();
    }

    @Test
    void whoWritesSaysSoAndPeopleKnownByWhatTheyDo() {
        assertThat(found("lupita aqui, ya en la mesa del jardín")).containsExactly("lupita");
        assertThat(found("hola aqui estamos ya en la mesa")).isEmpty();
        assertThat(found("informe de la mesa, lo escribe rosalba treviño")).containsExactly("rosalba treviño");
        assertThat(found("Por Anselmo Quiroga · fotos de la redacción")).containsExactly("Anselmo Quiroga");
        assertThat(found("Una vecina denunció que Anacleto Rivas le ofreció despensa.")).containsExactly("Anacleto Rivas");
        assertThat(found("Lamentamos que Bartolo Zamarripa y su familia repartieran despensas.")).containsExactly("Bartolo Zamarripa");
        assertThat(found("La Escuela Benito Juárez nos prestó sillas y el Mercado Melchor Múzquiz y su gente ayudaron.")).isEmpty();
    }

    @Test
    void courtesyTitlesGoWithTheName() {
        assertThat(personal("Mañana le mando esto a la maestra Hortensia Lujano.", KnownPersonalData.NONE)).contains("maestra Hortensia Lujano");
        assertThat(personal("The responsable was Mr. Arnulfo Peña, honestly.", KnownPersonalData.NONE)).contains("Mr. Arnulfo Peña");
        assertThat(personal("Rosario Aranda fue conmigo; la tía Chayo también.", KnownPersonalData.NONE)).contains("tía Chayo");
        assertThat(personal("La maestra de ceremonias abrió el acto.", KnownPersonalData.NONE)).isEmpty();
    }

    @Test
    void aRelationAndAGivenNameGoTogetherAFullNameStandsAlone() {
        assertThat(personal("Nos abrió la bodega su suegra Herculana, muy amable.", KnownPersonalData.NONE)).contains("su suegra Herculana");
        assertThat(personal("Lo acompañaba un tal Gervasio, que no votó.", KnownPersonalData.NONE)).contains("un tal Gervasio");
        assertThat(personal("Me ayudó mi concuño Anatolio a contar.", KnownPersonalData.NONE)).contains("mi concuño Anatolio");
        assertThat(personal("Vino mi hija Rebeca Solís Paredes a votar.", KnownPersonalData.NONE)).contains("Rebeca Solís Paredes")
                .noneMatch(p -> p.contains("hija"));
        // found once with the relation, the relation goes with the name again, and no word of it is taken for a name
        assertThat(personal("Su hijo llegó tarde. Luego su hijo Abdón votó.", KnownPersonalData.of(List.of("su hijo Abdón"))))
                .containsExactly("su hijo Abdón");
    }

    @Test
    void honorificsOfTheOriginalPeoplesGoWithTheName() {
        assertThat(personal("NOS RECIBIÓ TATA FELICIANO EN LA CASA DEL PUEBLO", KnownPersonalData.NONE)).contains("TATA FELICIANO");
        assertThat(personal("la nana Tencha repartía tamales a los que votaban", KnownPersonalData.NONE)).contains("nana Tencha");
    }

    @Test
    void aQuotedNicknameBesideANameMakesItAPersonsName() {
        assertThat(found("Llegó Anacarsis \"el Tejón\" Ugalde con volantes.")).contains("Anacarsis \"el Tejón\" Ugalde");
        assertThat(found("QUIEN REPARTIA ERA \"EL CAMPECHANO\" OLVERA, DEL COMITÉ")).contains("\"EL CAMPECHANO\" OLVERA");
        assertThat(found("Afuera estaba \"Memo\" Iturbe tomando fotos.")).contains("\"Memo\" Iturbe");
        assertThat(found("Dicen que \"la Pinta\" cobraba por votar.")).contains("la Pinta");
        assertThat(found("Ahí andaba el Pingüino (así le dicen a Anacleto Rubalcava) con una lista."))
                .contains("el Pingüino", "Anacleto Rubalcava");
        // a quoted name that belongs to a place or a thing
        assertThat(found("Votamos en la Escuela \"Benito Juárez\" Anexa y comimos en la fonda \"la Chiquita\".")).isEmpty();
        assertThat(found("Ganó el proyecto \"la Esperanza\" de la colonia.")).isEmpty();
    }

    @Test
    void tablesWhoseHeaderSaysTheyHoldPeople() {
        assertThat(found("Mesa 3\n\tCargo / Position\tNombre / Name\tTeléfono / Phone\n\tVocal / Member\tAdjoa Mensah-Tetteh\t55 1234 5678"))
                .contains("Adjoa Mensah-Tetteh");
        // a surname that is also a place word, and a phone in the next cell that is no street number
        assertThat(found("Hoja de la brigada\n\tPersona\tFunción\tContacto\n\tHermilo Plaza\tEscrutador\t55 1111 2222"))
                .contains("Hermilo Plaza");
        assertThat(found("Directorio\n\tPersona\tFunción\tCelular\n\tSaturnina Oxte\tVocal\t55 4321 8765")).contains("Saturnina Oxte");
        // a row cut short by a broken cell still reads under its header
        assertThat(found("folio\tnombre\ttelefono\tlugar\n\t7\tCenobia Huesca\t55 2222 1111 (casa) Mercado Sonora\tsin dato"))
                .contains("Cenobia Huesca");
    }

    @Test
    void knownGivenNamesInLowerCase() {
        assertThat(found("nos atendio gumaro y despues llego anselma ruiz\nla mesa abrio tarde\nno habia boletas"))
                .contains("gumaro", "anselma ruiz");
        assertThat(found("la rosa de la mesa\nla luz se fue\nluego la parroquia de san martin abrio")).isEmpty();
        assertThat(found("«No hay boletas», gritó eusebia desde la fila.")).contains("eusebia");
        assertThat(personal("Estuve con Anselma Pérez Ocaña en la mesa.\nanselma me prestó su pluma.", KnownPersonalData.NONE))
                .contains("Anselma Pérez Ocaña", "anselma");
    }

    @Test
    void creditsOfAPublicationNameWhoDidIt() {
        assertThat(found("Boletín 4 de la red · fotos de Gaudencia Morales · edición de Luz Tepoz")).contains("Gaudencia Morales", "Luz Tepoz");
        assertThat(found("La foto de Miguel Hidalgo en la escuela. Edición de mayo. Texto de la Coordinación Territorial.")).isEmpty();
    }

    @Test
    void aLabelsValueEndsWhereADescriptionTakesOver() {
        assertThat(found("Acompañante: Teodulfo Marroquín, alumno de la Escuela de Artes y Oficios."))
                .containsExactly("Teodulfo Marroquín");
        assertThat(found("Integrantes: Casimira Ocampo, Tiburcio Escamilla y Gilberta Olvera"))
                .containsExactly("Casimira Ocampo", "Tiburcio Escamilla", "Gilberta Olvera");
    }

    @Test
    void aPeriodAfterAWholeWordEndsTheSentenceBeforeACapital() {
        assertThat(found("C.c.p. Lic. Gaudencio Ferrer, secretario de la cooperativa. Membrete de la Casa del Pueblo."))
                .containsExactly("Gaudencio Ferrer");
        assertThat(found("—Muchas gracias. Imagen: archivo de la radio.")).isEmpty();
    }

    @Test
    void aNameInCapitalsDoesNotRunOnIntoItsSentence() {
        assertThat(found("0815 SR. CASIMIRO VILLALOBOS PIDE FIRMA A VECINOS.")).containsExactly("CASIMIRO VILLALOBOS");
        assertThat(found("OBSERVADOR: CASIMIRO ESCAMILLA TALAVERA")).containsExactly("CASIMIRO ESCAMILLA TALAVERA");
    }

    @Test
    void peopleNamedByWhoseRelativesTheyAreOrBySeeingThem() {
        // the epithet that tells him apart goes with the name (PersonNamesColloquialMentionsTest)
        assertThat(found("dice que es sobrino de Chencho el de la tienda")).contains("Chencho el de la tienda");
        assertThat(found("En la fila vi a Tiburcio Escamilla con las boletas.")).containsExactly("Tiburcio Escamilla");
        assertThat(found("Atendió: agente L. Quintero, de la mesa de ayuda.")).containsExactly("agente L. Quintero");
        assertThat(found("Notes by Bryce Aldana-Whitfield (text me anytime)")).containsExactly("Bryce Aldana-Whitfield");
    }

    @Test
    void aGivenNameMissingFromTheListsBeforeTwoKnownSurnames() {
        assertThat(found("Viernes 9. Wendolyne Carrillo Fuentes no encontró su casilla.")).containsExactly("Wendolyne Carrillo Fuentes");
        assertThat(found("Llegamos a la Unidad Habitacional Carrillo Fuentes temprano.")).isEmpty();
        assertThat(found("Llegamos a la unidad Carrillo Fuentes temprano.")).isEmpty();
    }

    @Test
    void aTimeAfterANameIsNoStreetNumber() {
        assertThat(found("audio de Gilberta Ocampo 07 15\nya estoy en la mesa")).containsExactly("Gilberta Ocampo");
        assertThat(found("Vive en la calle Gilberta Ocampo 15, cerca del mercado.")).isEmpty();
    }

    @Test
    void aShortFormTheAddressSpellsIsFoundInLowerCase() {
        KnownPersonalData known = KnownPersonalData.of(List.of("Teresita Olvera", "tere.olvera arroba correo punto example"));
        assertThat(personal("mándenle el acta a tere, ella la sube", known)).contains("tere");
        assertThat(personal("mándenle el acta a tere, ella la sube", KnownPersonalData.of(List.of("Teresita Olvera"))))
                .doesNotContain("tere");
    }

    @Test
    void whoSomeoneWasIsSaidByTheWholeNameInLowerCase() {
        assertThat(found("el que vendía tamales era anacleto pinzón, vive en la otra cuadra\nla mesa abrió tarde\nno había boletas"))
                .contains("anacleto pinzón");
        assertThat(found("lo que más había era gente formada, nada más\nla mesa abrió tarde\nno había boletas")).isEmpty();
    }

    @Test
    void anOfficeRightBeforeTheNameGoesWithItButARoleSetApartOrWithoutANameStaysReadable() {
        assertThat(found("Convoca: Supervisora Rosalba Quiñones")).containsExactly("Supervisora Rosalba Quiñones");
        assertThat(found("Lo presentó la Concejala Marisela Ontiveros Gálvez ante el pleno.")).containsExactly("Concejala Marisela Ontiveros Gálvez");
        assertThat(found("Me contestó la operadora Brenda, muy amable.")).containsExactly("operadora Brenda");
        assertThat(found("El funcionario Evaristo Quintanar llegó tarde.")).containsExactly("funcionario Evaristo Quintanar");
        assertThat(found("No venía; lo trajo el capacitador Jonás Arreola")).containsExactly("capacitador Jonás Arreola");
        assertThat(found("El grupo que coordinó la hermana Clementina Arizmendi agradece.")).containsExactly("hermana Clementina Arizmendi");
        assertThat(found("Pág. 9: el escrutador, Isauro Beltrán, llegó a las once.")).containsExactly("Isauro Beltrán");
        assertThat(found("Vino también mi hermana Leonor Izquierdo a votar.")).containsExactly("Leonor Izquierdo");
        assertThat(found("La consejera presidenta inauguró la jornada.")).isEmpty();
    }

    @Test
    void aFigureKnownWorldwideByADignityStaysReadable() {
        assertThat(found("Como pidió el Papa Francisco, recemos por quienes sirven.")).isEmpty();
        assertThat(found("Vino mi Papa Francisco Ledesma a votar.")).isNotEmpty();
    }

    @Test
    void aFamilyNamedByItsSurnames() {
        assertThat(found("«Pongan dibujos en la papeleta.» De: la familia Ocotitla Rayón.")).containsExactly("familia Ocotitla Rayón");
        assertThat(found("J'habite chez la famille Urquiza, près du marché.")).containsExactly("famille Urquiza");
        assertThat(found("La Clínica de Medicina Familiar atendió; el DIF (Desarrollo Integral de la Familia) también.")).isEmpty();
    }

    @Test
    void whatSomeoneSaidTheirNameWasAndAUserNameWithInitials() {
        assertThat(found("Sustituta de la fila: dijo llamarse Sagrario Núñez Peña. Cambio.")).containsExactly("Sagrario Núñez Peña");
        assertThat(found("El sagrario de la parroquia estaba abierto.")).isEmpty();
        assertThat(found("* 09:30, 2 may 2022 Usuario:TeofiloA (corrigió la hora de apertura)")).containsExactly("TeofiloA");
        assertThat(found("Lo mandé por WhatsApp y por el sistema SIPOT.")).isEmpty();
    }

    @Test
    void aSurnameMissingFromTheListsAfterATitleInLowerCase() {
        assertThat(found("la responsable fue la senora aurelia tlatenchi y el secretario un joven eustolio"))
                .containsExactly("aurelia tlatenchi", "eustolio");
        assertThat(personal("la responsable fue la senora aurelia tlatenchi y el secretario un joven eustolio", KnownPersonalData.NONE))
                .contains("senora aurelia tlatenchi", "joven eustolio");
    }

    @Test
    void aPlaceWordAfterAGivenNameIsASurnameWhenNoPlaceNameFollows() {
        assertThat(found("Asistentes: Rocío Calzada, Emilio Tapia y Ana Gómez.")).contains("Rocío Calzada");
        assertThat(found("Nos vimos en la Calzada de Tlalpan, frente al metro.")).isEmpty();
    }

    @Test
    void listsOfAttendeesUserNamesWithATagAndMarriedNames() {
        assertThat(found("Asisten: ROSENDO IBARRA, XOCHIPILLI TENAMAXTLE")).containsExactly("ROSENDO IBARRA", "XOCHIPILLI TENAMAXTLE");
        assertThat(found("[streamer lupita_ortiz_mx] hola chat")).contains("lupita_ortiz_mx");
        assertThat(found("Firmó Amparo Villaseñor viuda de Trejo, vecina de la cuadra.")).contains("Amparo Villaseñor viuda de Trejo");
        // a widower said so names his late wife's family the same way; a widower's lower-case «de la maestra» names none
        assertThat(found("Dio fe del acta Ramiro Tello viudo de Anaya, jubilado del ramo.")).contains("Ramiro Tello viudo de Anaya");
        assertThat(found("Votó Ramiro Tello, viudo de la maestra del kínder.")).contains("Ramiro Tello").doesNotContain("Ramiro Tello, viudo de la");
    }

    @Test
    void aNicknameWithAnArticleBeforeAKnownSurnameNamesAPerson() {
        assertThat(found("en la fila estaba el Cachetes Ortega repartiendo volantes")).contains("el Cachetes Ortega");
        assertThat(found("pasamos por el Mercado Ortega y luego a la mesa")).isEmpty();
    }

    @Test
    void aNicknameInQuotesAfterANameIsKnownAlone() {
        String text = "Directorio\n1\tMa. Luisa Ferrer (\"Tuti\")\t55 5555 0101\nCualquier duda con él o con Tuti.";
        assertThat(personal(text, KnownPersonalData.NONE)).contains("Tuti");
    }

    @Test
    void placesNamedAfterPeopleEndWhereADashOrANewChatLineStarts() {
        assertThat(found("Estudié en la Escuela Nacional para Ciegos Ignacio Trigueros.")).isEmpty();
        assertThat(personal("De: Samanta Uribe\nNos vemos en el Parque de los Periodistas Ilustres. — Sam", KnownPersonalData.NONE))
                .contains("Sam");
        assertThat(found("01.05.2022 08:35 Itzia Nájera: tú vas a la del Deportivo Francisco J. Múgica\n"
                + "01.05.2022 08:40 Chivis (@chivis_m): ya llegué")).contains("Chivis");
    }

    @Test
    void aLoneGivenNameAfterATitleInATextWrittenInCapitals() {
        List<String> found = personal("LA MESA ESTABA AFUERA DEL MERCADO LA PASTORA Y LA RESPONSABLE ERA LA SEÑORA EUSEBIA.\n"
                + "LE DIJE A DOÑA EUSEBIA QUE NO SE VALIA", KnownPersonalData.NONE);
        assertThat(found.stream().filter(f -> f.contains("EUSEBIA")).count()).isEqualTo(2);
    }

    @Test
    void policeRanksAndTheTreasurerGoWithTheNameTheyPrecede() {
        assertThat(found("A mediodía llegó el comandante Filiberto Zárate a revisar la fila.")).containsExactly("comandante Filiberto Zárate");
        assertThat(found("Las tortas las pagó la tesorera Gumersinda Olvera con el fondo.")).containsExactly("tesorera Gumersinda Olvera");
        assertThat(found("El oficial de guardia llegó tarde.")).isEmpty();
    }

    @Test
    void roleNounsInTheirGenderInclusiveForm() {
        assertThat(found("Le funcionarie Itandehui Barragán nos recibió con amabilidad.")).containsExactly("funcionarie Itandehui Barragán");
        assertThat(found("Vimos a le observadore Quetzal Ruelas en la fila.")).containsExactly("observadore Quetzal Ruelas");
    }

    @Test
    void colloquialTitlesBeforeAGivenName() {
        assertThat(personal("La seño Licha vendía atole junto a la mampara.", KnownPersonalData.NONE)).containsExactly("seño Licha");
        assertThat(personal("Le llevamos pan dulce a Mamá Tina al terminar.", KnownPersonalData.NONE)).containsExactly("Mamá Tina");
        assertThat(found("Mamá dice que la mesa abrió tarde.")).isEmpty();
    }

    @Test
    void anUpperCaseSurnameWithAnAccentOnItsEndingIsNoVerb() {
        assertThat(found("Llegó la secretaria ROSAURA MALERÓN a las ocho.")).containsExactly("secretaria ROSAURA MALERÓN");
        assertThat(found("LOS VECINOS VOTARON Y SE FUERON TEMPRANO.")).isEmpty();
    }

    @Test
    void aClosingWithASecondFeelingBeforeTheSignature() {
        assertThat(found("Nos vemos en la próxima consulta.\nCon cariño y esperanza, EUDOXIA P.")).containsExactly("EUDOXIA P.");
    }

    @Test
    void whoObservedOrWroteLabelledByTheVerb() {
        assertThat(found("INFORME DE LA BRIGADA\nObservaron: Itzel Tonatzin Quiroga y Sebastiana Mireles, de la Red Vecinal Sur."))
                .containsExactly("Itzel Tonatzin Quiroga", "Sebastiana Mireles");
        assertThat(found("Acudieron: 40 personas a votar.")).isEmpty();
    }

    @Test
    void aNameSetBetweenCommasAfterANounSaysWhoThatIs() {
        assertThat(found("Mi sobrino chiquito, Maxi Ortega, me acompaña siempre.")).containsExactly("Maxi Ortega");
        assertThat(found("Votamos en la alcaldía, Miguel Hidalgo, y luego fuimos a Tlalpan.")).isEmpty();
    }

    @Test
    void anArticleThatBelongsToANickname() {
        assertThat(found("La patrulla se llevó a el Pirata antes del cierre.")).containsExactly("el Pirata");
        assertThat(found("Se asomó un tal el Tlacuache Berumen a la mampara.")).containsExactly("el Tlacuache Berumen");
        assertThat(found("Fuimos de el Zócalo a la mesa y llegamos a el Rosario.")).isEmpty();
    }

    @Test
    void theNameColumnOfAnExportDeliveredAsCsvText() {
        assertThat(found("Marca temporal,Correo,Nombre completo,Colonia,Comentarios\n"
                + "02/05/2022 10:15:00,x@correo.example,\"OLVERA TAPIA, CRESCENCIO\",Jardín Balbuena,Todo bien\n"))
                .containsExactly("OLVERA TAPIA", "CRESCENCIO");
    }

    @Test
    void aNicknameInParenthesesAfterANameAndAnAliasBeforeAFullNameInParentheses() {
        assertThat(found("FIRMAN\nREGINA SOTELO ARCE (PECAS) — TESORERA")).containsExactly("REGINA SOTELO ARCE (PECAS)");
        assertThat(found("Hernán Quiroz Peña (responsable) abrió la mesa.")).containsExactly("Hernán Quiroz Peña");
        assertThat(found("Música: DJ Tlacuilo (Bernabé Ortuño Salas) puso cumbias.")).containsExactly("DJ Tlacuilo (Bernabé Ortuño Salas");
    }

    @Test
    void aPluralArticleBeforeASurnameInTheSingularNamesAFamily() {
        assertThat(found("Los que pegaron carteles fueron los Ocampo, los del puesto de jugos.")).containsExactly("los Ocampo");
        assertThat(found("La mesa quedó en Los Reyes, cerca de Las Águilas.")).isEmpty();
    }

    @Test
    void givenNamesWaitForTheirSurnameOnTheNextLine() {
        assertThat(found("Ayudaron a cargar la urna los vecinos Rosa Elvira\nMondragón y su hijo.")).anySatisfy(
                n -> assertThat(n).startsWith("Rosa Elvira").endsWith("Mondragón"));
    }

    @Test
    void anArticleAndANicknameInALowerCaseListOfPeople() {
        assertThat(found("- escrutadores: rodolfo ibarra, la chiquis y el gordo salcido")).containsExactly("rodolfo ibarra", "la chiquis",
                "el gordo salcido");
        assertThat(found("Funcionarios: la secretaria y el escrutador")).isEmpty();
    }

    @Test
    void anAddresseeUnderAHeadingClosedByItsNumber() {
        assertThat(found("JEFATURA OPERATIVA ZONA 27\nLIC. ROSENDO ALCÁNTARA PIÑA, JEFE DE SECTOR")).containsExactly("ROSENDO ALCÁNTARA PIÑA");
    }

    @Test
    void aShortFormThatIsAlsoARoleNounIsANameWithItsCapital() {
        assertThat(found("Los volantes los repartió un tal Chava Quiñones.")).containsExactly("Chava Quiñones");
    }
}
