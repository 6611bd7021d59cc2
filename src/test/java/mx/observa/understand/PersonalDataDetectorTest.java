package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<PersonalData> detect(String text) {
        return detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), KnownPersonalData.NONE);
    }

    @Test
    void contactDataAndIdentityDocuments() {
        String text = "Tel. 55 5612 3478, cel. (55) 3344-1298 o +52 55 1111 2222; correo ana.cervantes@consultoria.com.mx. "
                + "CURP ROEC680202MDFBSR04, clave de elector GLRSTR80010109M300.";
        List<PersonalData> found = detect(text);
        assertThat(found).extracting(PersonalData::kind, PersonalData::text).contains(
                org.assertj.core.groups.Tuple.tuple("telefono", "55 5612 3478"),
                org.assertj.core.groups.Tuple.tuple("telefono", "(55) 3344-1298"),
                org.assertj.core.groups.Tuple.tuple("correo", "ana.cervantes@consultoria.com.mx"),
                org.assertj.core.groups.Tuple.tuple("curp", "ROEC680202MDFBSR04"),
                org.assertj.core.groups.Tuple.tuple("clave_elector", "GLRSTR80010109M300"));
        assertThat(found).anySatisfy(p -> assertThat(p.text()).contains("52 55 1111 2222"));
        found.forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
    }

    @Test
    void streetAddressesWithANumberButNotPlacesOfTheMesa() {
        List<PersonalData> found = detect("Vivo en Av. Universidad 1200, Int. 4, Col. Xoco, C.P. 03330. "
                + "La mesa estaba en la calle de atrás, en la esquina de Medellín y Coahuila.");
        assertThat(found).filteredOn(p -> p.kind().equals("domicilio")).extracting(PersonalData::text)
                .containsExactly("Av. Universidad 1200, Int. 4, Col. Xoco, C.P. 03330");
    }

    @Test
    void namesOfPeopleButNotDatesTimesCountsOrClaves() {
        List<PersonalData> found = detect("Observadora: Guadalupe Sánchez Reyes\n\nEl 01/05/2022 a las 9:40, UT 07-091, votaron 46 personas; "
                + "folio OBS-2022-0417.");
        assertThat(found).extracting(PersonalData::kind, PersonalData::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nombre", "Guadalupe Sánchez Reyes"));
    }
    private List<String> texts(String text, String kind) {
        return detect(text).stream().filter(p -> p.kind().equals(kind)).map(PersonalData::text).toList();
    }

    @Test
    void emailsWithAnyDomainDisguisedOrCutByALineBreak() {
        assertThat(texts("Correo: fruelas[at]observa.example; también rober.tovar arroba correo punto example, "
                + "anahi.lugo [at] correo [dot] example y citlali.arenas at correo dot example", "correo")).containsExactly(
                "fruelas[at]observa.example", "rober.tovar arroba correo punto example", "anahi.lugo [at] correo [dot] example",
                "citlali.arenas at correo dot example");
        assertThat(texts("escríbanme a brenda.solis@gmail.\ncom o a brenda.solis@\nhotmail.com", "correo"))
                .containsExactly("brenda.solis@gmail.\ncom", "brenda.solis@\nhotmail.com");
        assertThat(texts("Nos vemos at home. Le escribí a Ana arroba gmail. Luego fuimos a votar.", "correo")).isEmpty();
    }

    @Test
    void privateAddressesWithUnitsBlocksAndLotsEvenWhenTheSentenceNamesTheMesa() {
        assertThat(texts("El suscrito, domiciliado en Privada Fresnos 12, Santa Lucía, C.P. 01509, manifiesta:", "domicilio"))
                .containsExactly("Privada Fresnos 12, Santa Lucía, C.P. 01509");
        assertThat(texts("Domicilio para oír y recibir notificaciones: Calle Ámbar 9, col. Estrella, Iztacalco\nSin más.", "domicilio"))
                .containsExactly("Calle Ámbar 9, col. Estrella, Iztacalco");
        assertThat(texts("Para cualquier notificación, el C. Ezquerra señala como domicilio el ubicado en Calle Texas 86, "
                + "departamento 5, colonia Nápoles.", "domicilio")).containsExactly("Calle Texas 86, departamento 5, colonia Nápoles");
        assertThat(texts("observadora acreditada por el Instituto, con domicilio particular en Cerrada de Olivo 27, interior 4, "
                + "colonia Los Pirules, C.P. 07460, informa", "domicilio"))
                .containsExactly("Cerrada de Olivo 27, interior 4, colonia Los Pirules, C.P. 07460");
        assertThat(texts("La vecina vive en Mz. 14 Lt. 22, Col. Ampliación Emiliano Zapata, CP 09638.", "domicilio"))
                .containsExactly("Mz. 14 Lt. 22, Col. Ampliación Emiliano Zapata, CP 09638");
        assertThat(texts("Cinco personas tenían domicilio en la colonia. La mesa se instaló en la calle Francisco I. Madero 45.",
                "domicilio")).isEmpty();
    }

    @Test
    void anAbbreviatedUnidadHabitacionalAfterTheHouseWithoutAComma() {
        assertThat(texts("mi tel es otro y vivo en andador 4 casa 12 u hab los pinos\nsaludos", "domicilio"))
                .containsExactly("andador 4 casa 12 u hab los pinos");
        assertThat(texts("Vive en Cerrada Nogal 8 U. Hab. Lomas Verdes, a dos cuadras.", "domicilio"))
                .containsExactly("Cerrada Nogal 8 U. Hab. Lomas Verdes");
        // a letter after the number is still the house's ("Calle Sur 12 b"), where no unidad follows
        assertThat(texts("vive en calle sur 12 b, con su hija", "domicilio")).containsExactly("calle sur 12 b");
    }

    @Test
    void phonesWithTheirExtension() {
        assertThat(texts("Tel. 55 4321 9876 ext. 204 y WhatsApp +52 1 55 8765 4321.", "telefono"))
                .containsExactly("55 4321 9876 ext. 204", "+52 1 55 8765 4321");
    }

    @Test
    void anExtensionSaidInWordsGoesWithItsNumberAndANoteOnWhatItLacksStaysReadable() {
        assertThat(texts("Para citas llamen al 55 7788 1203 extensión cuatro dos, de lunes a viernes.", "telefono"))
                .containsExactly("55 7788 1203 extensión cuatro dos");
        // «ext» before an ordinary word is no extension; «(sin lada)» says how the number is written, not whose it is
        assertThat(texts("Celular 55 7788 1203 extra, para urgencias.", "telefono")).containsExactly("55 7788 1203");
        assertThat(texts("Llamar al 7788-1203 (sin clave), o al 7788-1204 (oficina)", "telefono"))
                .containsExactly("7788-1203", "7788-1204 (oficina)");
    }

    @Test
    void namesWrittenInLowerCaseAfterACueAreReadAsFarAsTheyAreKnownNames() {
        assertThat(texts("hola buenas noches soy leticia ramirez ochoa obsevadora de la mro 3 en la col centro", "nombre"))
                .containsExactly("leticia ramirez ochoa");
        assertThat(texts("el responsable se llama isidro pacheco y la verdad fue muy amable, el señor pacheco nos ayudó",
                "nombre")).containsExactly("isidro pacheco", "señor pacheco");
        // after a title, a known name alone: "el señor pacheco", "doña rosa" (the title goes with it)
        assertThat(texts("nos atendió el señor pacheco y después doña rosa, la vecina", "nombre"))
                .containsExactly("señor pacheco", "doña rosa");
        // lower-case words that are not known names are not taken for one
        assertThat(texts("soy maestra jubilada y vecina de la colonia; llegó el señor presidente de la mesa", "nombre")).isEmpty();
    }

    @Test
    void aUserNameMadeOfAGivenNameAndASurnameIsAName() {
        assertThat(texts("rogelio.meza dijo: ¡Bien por todos! Ver www.consulta.mx o el archivo datos.csv", "nombre"))
                .containsExactly("rogelio.meza");
    }

    @Test
    void privateAddressesAfterAnyDomicilioLabelOrMisDatosWithASecondNumber() {
        assertThat(texts("Domicilio para recibir notificaciones: Cerrada de Ahuehuetes 8, casa 4, colonia Santa Cruz "
                + "Meyehualco, Iztapalapa.", "domicilio"))
                .containsExactly("Cerrada de Ahuehuetes 8, casa 4, colonia Santa Cruz Meyehualco, Iztapalapa");
        assertThat(String.join("|", texts("Mis datos: Calle Oriente 158 núm. 42, colonia Pensador Mexicano, C.P. 15510.",
                "domicilio"))).contains("Calle Oriente 158 núm. 42, colonia Pensador Mexicano, C.P. 15510");
        // where the mesa was is a public place, labelled or not
        assertThat(texts("Dirección de la mesa: Calle Oriente 158 núm. 42, colonia Pensador Mexicano.", "domicilio")).isEmpty();
    }

    @Test
    void peopleNamedInMailHeadersAreKnownOnlyWhenTheyLookLikePeople() {
        assertThat(Fixtures.PRIVACY.people(List.of("Octavio Rendón Salgado", "octavio rendon", "Consulta IECM", "observacion",
                "coord lomasunidas", "Medina, Pilar", "pmedina", "ana@correo.example", "Observacion Electoral IECM")))
                .containsExactly("Octavio Rendón Salgado", "octavio rendon", "Medina, Pilar", "ana@correo.example");
        String text = "Le pongo copia a Pilar Medina. Dolores Aranda abrió la mesa.";
        List<PersonalData> found = detector.detect(text, List.of(),
                KnownPersonalData.NONE.with(Fixtures.PRIVACY.people(List.of("Medina, Pilar", "Consulta IECM"))));
        assertThat(found).extracting(PersonalData::text).containsExactly("Pilar Medina");
    }

    @Test
    void aDisplayNameNoListKnowsIsAPersonWhenItsMailboxSpellsItWithAnInitialMore() {
        // the mailbox adds the initial of a surname the display name leaves out
        assertThat(Fixtures.PRIVACY.people(List.of("Illari Huanca", "illari.huanca.t@correo.example")))
                .contains("Illari Huanca");
        assertThat(Fixtures.PRIVACY.people(List.of("Sumaq Ttito", "s.sumaq.ttito@correo.example"))).contains("Sumaq Ttito");
        // an office's mailbox with an initial is still an office's
        assertThat(Fixtures.PRIVACY.people(List.of("Mesa de Atención", "mesa.atencion.b@consulta.example")))
                .doesNotContain("Mesa de Atención");
    }

    @Test
    void aDisplayNameNoListKnowsIsAPersonWhenItsMailboxShortensItsGivenNamesToInitials() {
        assertThat(Fixtures.PRIVACY.people(List.of("Kwame-Osei Tshibanda Mbeki", "ko.tshibanda@correo.example")))
                .contains("Kwame-Osei Tshibanda Mbeki");
        // initials alone match too much: a word of the name spelt whole must stand beside them
        assertThat(Fixtures.PRIVACY.people(List.of("Comité Técnico Vecinal", "ct.v@consulta.example")))
                .doesNotContain("Comité Técnico Vecinal");
        assertThat(Fixtures.PRIVACY.people(List.of("Boletín Quincenal Tlalpan", "bq.avisos@consulta.example")))
                .doesNotContain("Boletín Quincenal Tlalpan");
    }

    @Test
    void aSendersDisplayNameNoListKnowsIsRedactedInTheBodyAndInEachAttachmentOfItsMessage(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path tmp) throws Exception {
        String body = "Buenas tardes: va el informe de la mesa y la lista de asistencia, con el escrito que nos pidieron. "
                + "Cualquier duda me escriben. Saludos fraternos de parte de todo el equipo.";
        String eml = String.join("\r\n",
                "From: Tlanextli Ocelotl Zamudio <tlanextli.zamudio@barrio.example>",
                "To: =?utf-8?q?Mesa_de_Atenci=C3=B3n?= <atencion@consulta.example>",
                "Cc: =?utf-8?q?Xoch=C3=ADtl_Anzures?= <xochi.anzures@barrio.example>",
                "Subject: Informe y lista",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"limite\"",
                "",
                "--limite",
                "Content-Type: text/plain; charset=utf-8",
                "",
                body,
                "--limite",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Disposition: attachment; filename=\"informe.txt\"",
                "",
                "Reporte de la mesa. Llegamos Tlanextli Ocelotl Zamudio y TLANEXTLI a las 8:40; Xochítl Anzures abrió la urna.",
                "--limite",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Disposition: attachment; filename=\"lista.txt\"",
                "",
                "Asistencia: Tlanextli Zamudio, Mesa de Atención.",
                "--limite--",
                "");
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("informe.eml"), eml);

        List<mx.observa.intake.Part> parts = new mx.observa.intake.MailSplitter(5, 20 * 1024, 50)
                .split(file, mx.observa.model.Channel.CARPETA, null).parts();

        assertThat(parts).extracting(mx.observa.intake.Part::name).containsExactly("texto del mensaje.txt", "informe.txt", "lista.txt");
        java.util.Map<String, String> redacted = new java.util.LinkedHashMap<>();
        for (mx.observa.intake.Part part : parts) {
            String text = new String((byte[]) part.content(), java.nio.charset.StandardCharsets.UTF_8);
            KnownPersonalData known = KnownPersonalData.NONE.with(
                    Fixtures.PRIVACY.people(mx.observa.model.DeclaredField.people(part.declared())));
            for (PersonalData found : detector.detect(text, List.of(), known)) {
                text = text.replace(found.text(), "[dato personal]");
            }
            redacted.put(part.name(), text);
        }
        assertThat(redacted.get("informe.txt")).isEqualTo("Reporte de la mesa. Llegamos [dato personal] a las 8:40; "
                + "[dato personal] abrió la urna.");
        assertThat(redacted.get("lista.txt")).isEqualTo("Asistencia: [dato personal], Mesa de Atención.");
        // an office's mailbox spelled from its name is no person
        assertThat(Fixtures.PRIVACY.people(List.of("Mesa de Atención", "mesa.atencion@consulta.example", "Centro Cultural Ollin",
                "centro.ollin@x.example"))).containsExactly("mesa.atencion@consulta.example", "centro.ollin@x.example");
    }

    @Test
    void anAddressDictatedInSeveralWordsAfterTheCue() {
        assertThat(detect("y mi correo es chayo mendieta arroba gmail punto com, gracias"))
                .extracting(PersonalData::kind, PersonalData::text)
                .contains(org.assertj.core.groups.Tuple.tuple("correo", "chayo mendieta arroba gmail punto com"));
    }

    @Test
    void timeStampsAreNoPhonesAndAddressesEndWhereTheSentenceGoesOn() {
        // the speaker is a person; the time stamp before her is no phone number
        assertThat(detect("01.05.2022 08:31 Ana: ya llegué\n2022-05-01 09:05 Ana: listo")).extracting(PersonalData::text)
                .containsExactly("Ana", "Ana");
        assertThat(detect("con domicilio en Callejón del Sapo 9, Barrio Alto, manifestó que vio fotos.")).extracting(PersonalData::text)
                .containsExactly("Callejón del Sapo 9, Barrio Alto");
        assertThat(detect("VECINO CON DOMICILIO EN CALLE 16 DE SEPTIEMBRE MANZANA 4 LOTE 9 HAGO DE SU CONOCIMIENTO LO QUE VI"))
                .extracting(PersonalData::text).containsExactly("CALLE 16 DE SEPTIEMBRE MANZANA 4 LOTE 9");
        assertThat(detect("señalo como domicilio el ubicado en Cerrada Pino número 8, interior 2, colonia Ajusco, y autorizo"))
                .extracting(PersonalData::text).containsExactly("Cerrada Pino número 8, interior 2, colonia Ajusco");
        assertThat(detect("Perfil\n\tDomicilio\n\tAndador 3, edificio C-2, depto. 104, Unidad Habitacional Vicente Guerrero\n"))
                .extracting(PersonalData::text).containsExactly("Andador 3, edificio C-2, depto. 104, Unidad Habitacional Vicente Guerrero");
    }

    @Test
    void phonesWithTheMobilePrefixMiddleDotsAndWhatTheNumberIsInParentheses() {
        assertThat(texts("Si no contesto, márqueme al 045 33 1234 9876 o al 01 55 2211 4433; mi cel 044-55-3322-1100.", "telefono"))
                .containsExactly("045 33 1234 9876", "01 55 2211 4433", "044-55-3322-1100");
        assertThat(texts("Dudas: 33·3615·2288 o 0052 1 81 8340 1122.", "telefono"))
                .containsExactly("33·3615·2288", "0052 1 81 8340 1122");
        assertThat(texts("Teléfonos: 55 21 43 65 87 (recados) y 56 4411 2233 (cel. de mi hija).", "telefono"))
                .containsExactly("55 21 43 65 87 (recados)", "56 4411 2233 (cel. de mi hija)");
    }

    @Test
    void severalPhonesInOneRunOfFiguresAreEachFound() {
        assertThat(texts("Contacto 55 6677 1020 / 55 6677 1021 para la brigada.", "telefono"))
                .containsExactly("55 6677 1020", "55 6677 1021");
        assertThat(texts("Llamar al 55 6677 1020 / 21 en la tarde.", "telefono")).containsExactly("55 6677 1020 / 21");
        assertThat(texts("En la mesa 4 33 1450 7788 contestó la vecina.", "telefono")).containsExactly("33 1450 7788");
    }

    @Test
    void aPhoneItsWriterMiscountedByOneFigureIsFoundAfterAPhoneWord() {
        // a figure dropped or typed twice: still the number the text says is someone's
        assertThat(texts("Teléfono de la paletería: 5 5 8 1 4 4 7 3 0, pregunten por la dueña.", "telefono"))
                .containsExactly("5 5 8 1 4 4 7 3 0");
        assertThat(texts("mi cel 55 8144 73021 por si algo", "telefono")).containsExactly("55 8144 73021");
        assertThat(texts("WhatsApp del taller (55) 8144-730.", "telefono")).containsExactly("(55) 8144-730");
        assertThat(texts("raul.pinzon@taller.example / 33 1450 778", "telefono")).containsExactly("33 1450 778");
    }

    @Test
    void aPhoneGluedToItsPhoneWordIsFoundWhole() {
        // no space after the abbreviation's point, a hyphen, or none: a hurried hand, a PDF's extraction
        assertThat(texts("Datos de la tienda: Cel.5587124490, abierto de 9 a 2.", "telefono")).containsExactly("5587124490");
        assertThat(texts("Tel.33 1450 7788 (casa)", "telefono")).containsExactly("33 1450 7788 (casa)");
        assertThat(texts("Fax-81 8342 1170 y tel8183421171", "telefono")).containsExactly("81 8342 1170", "8183421171");
        // a word that only ends like a phone word, and a code after a hyphen, keep their figures
        assertThat(texts("Hotel5 de mayo, lote MOTEL-2022 0504 17", "telefono")).isEmpty();
    }

    @Test
    void aPhoneWrittenInKeycapsOrAnotherScriptsFiguresIsFound() {
        assertThat(texts("mi cel es 5\uFE0F\u20E35\uFE0F\u20E38\uFE0F\u20E37\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3"
                + "4\uFE0F\u20E34\uFE0F\u20E39\uFE0F\u20E30\uFE0F\u20E3 ya saben", "telefono"))
                .singleElement().satisfies(phone -> assertThat(phone).startsWith("5\uFE0F\u20E35").contains("9\uFE0F\u20E30"));
        assertThat(texts("Tel. \uFF15\uFF15 \uFF18\uFF17\uFF11\uFF12 \uFF14\uFF14\uFF19\uFF10", "telefono"))
                .containsExactly("\uFF15\uFF15 \uFF18\uFF17\uFF11\uFF12 \uFF14\uFF14\uFF19\uFF10");
        // a keycap alone, or a count in wide figures, is no number
        assertThat(texts("Votamos 3\uFE0F\u20E3 veces; mesa \uFF11\uFF12, UT \uFF10\uFF17-\uFF11\uFF11\uFF14", "telefono")).isEmpty();
    }

    @Test
    void nineOrElevenFiguresWithoutAPhoneWordOrInOneBlockAreNoPhone() {
        // no phone word: a row of counts, a tally, a serial
        assertThat(texts("Votos por planilla: 3 5 2 0 1 4 2 6 1; boletas 120 340 118.", "telefono")).isEmpty();
        assertThat(texts("La caja traía el sello 4471 2290 1 sin romper.", "telefono")).isEmpty();
        // a number printed as one block is a folio or a code, not a miscounted phone
        assertThat(texts("Número de folio: 123456789. Contacto 20220501123.", "telefono")).isEmpty();
        // a whole number beside a count keeps its own span: the count stays readable
        assertThat(texts("Tel. 55 8144 7302 9 veces sonó ocupado", "telefono")).containsExactly("55 8144 7302");
    }

    @Test
    void claveFoliosTimesAndCountsAreNoPhones() {
        assertThat(texts("Carpeta CI-FIZC-IZC-3-UI-2C/D/01234/05-2022, expediente 1187/2022, acreditación ACR-DD12-2045, "
                + "mesa M-07-114-A, UT 07-114, de 09:15 a 17:40 votaron 215 personas; folio 4718203956617.", "telefono")).isEmpty();
    }

    @Test
    void streetsNamedWithoutTheirTypeWhenADwellingsUnitOrASecondNumberFollows() {
        assertThat(texts("Para cualquier duda, en Playa Copacabana 211, edificio 4, departamento 302 o por correo.", "domicilio"))
                .containsExactly("Playa Copacabana 211, edificio 4, departamento 302");
        assertThat(texts("Firmo yo, Ramiro, de Tintoreros 18, vecindad 6, colonia Morelos.", "domicilio"))
                .containsExactly("Tintoreros 18, vecindad 6, colonia Morelos");
        assertThat(texts("la señora de la tienda vive en sur 73 número 1420, cerca del metro", "domicilio"))
                .containsExactly("sur 73 número 1420");
        assertThat(texts("Me encuentran en Lago Chalco 45 int. 3 o en el edificio 12 depto. 501.", "domicilio"))
                .containsExactly("Lago Chalco 45 int. 3", "edificio 12 depto. 501");
        // a school's, an office's or a mesa's number is no house number
        assertThat(texts("La mesa estuvo en la Secundaria Técnica 23, edificio B. El Consejo Distrital 31 abrió a las 9. "
                + "La Dirección Distrital 33, piso 2, recibió el paquete.", "domicilio")).isEmpty();
    }

    @Test
    void streetsWithTheirTypeAbbreviatedOrWithoutANumber() {
        assertThat(texts("Vivo en Calle Alfareros 52, vecindad 3, Barrio de Tepito.", "domicilio"))
                .containsExactly("Calle Alfareros 52, vecindad 3, Barrio de Tepito");
        assertThat(texts("la mesa bien\nvivo en calle nezahualcoyotl 14 barrio san mateo\nsaludos", "domicilio"))
                .containsExactly("calle nezahualcoyotl 14 barrio san mateo");
        assertThat(texts("domicilio en Callejón Xochitl S/N, barrio San Pedro, desde 1990", "domicilio"))
                .containsExactly("Callejón Xochitl S/N, barrio San Pedro");
        assertThat(texts("Mis datos: Paseo de los Sauces 14, No. Int. 2, C.P. 52140.", "domicilio"))
                .containsExactly("Paseo de los Sauces 14, No. Int. 2, C.P. 52140");
    }

    @Test
    void aNameTheSafetyNetFindsWhereItIsAnnouncedIsFoundWhereverTheReportWritesIt() {
        // only the copy line announces him ("Lic." before the name); the sentence above names him by his surname alone
        String text = "Quiñones le pidió a la gente esperar.\nC.c.p. Lic. Anselmo Quiñones Berrocal, asesor.";
        assertThat(texts(text, "nombre")).contains("Quiñones", "Lic. Anselmo Quiñones Berrocal");
        // what the net announces but is no person stays readable elsewhere: an office, a school
        String office = "Atentamente\nCoordinación Distrital 08\nLa Coordinación Distrital 08 abrió la sesión.";
        assertThat(detect(office)).noneSatisfy(p -> assertThat(p.text()).contains("Coordinación"));
    }

    @Test
    void aPhoneOfAnotherCountryWithItsCodeAfterAPlus() {
        assertThat(texts("Notes: text me at +1 (213) 555-0187 or +34 612 345 678, mesa 3 de 10 a 17.", "telefono"))
                .containsExactly("+1 (213) 555-0187", "+34 612 345 678");
    }

    @Test
    void theNeighbourhoodAfterAHouseWithOnlyACommaAndTheCrossStreetsGoWithTheAddress() {
        assertThat(texts("Ya me cambié a Callejón del Sapo 7, Tepetlapa, junto a la Tortillería La Güera.", "domicilio"))
                .containsExactly("Callejón del Sapo 7, Tepetlapa");
        assertThat(texts("Resguardo,\"Calle Encino 22, Santa Cruz Acalpixca Norte\",55 5555 4822", "domicilio"))
                .containsExactly("Calle Encino 22, Santa Cruz Acalpixca Norte");
        assertThat(texts("vivo en Calle Rosales 14 entre Sur 8 y Sur 10, col. Agrícola Oriental. La mesa abrió tarde.", "domicilio"))
                .containsExactly("Calle Rosales 14 entre Sur 8 y Sur 10, col. Agrícola Oriental");
        // "mi domicilio es …" says what the address is; the sentence goes on after it
        assertThat(texts("Usuario: mi domicilio es Poniente 146 número 52, Nueva Vallejo, por la Calle Ceylán", "domicilio"))
                .containsExactly("Poniente 146 número 52, Nueva Vallejo");
        // a market or a school after the comma is a public place, not the house's neighbourhood
        assertThat(texts("Dejé el sobre en Cerrada Pino 4, Mercado Jamaica, a las diez.", "domicilio")).containsExactly("Cerrada Pino 4");
        assertThat(texts("La dirección de la escuela es Calle Hidalgo 12, Tlalpan Centro.", "domicilio")).isEmpty();
        assertThat(texts("La mesa estaba en Calle Hidalgo 12, Tlalpan Centro, frente al kiosco.", "domicilio")).isEmpty();
    }

    @Test
    void anEmailWithADoubledAtOrBracketedSigns() {
        assertThat(texts("Escríbeme: ana.rios@@correo.example (le puse doble arroba); o juan[.]perez[@]gmail[.]com, o bien "
                + "lu(@)correo(.)mx", "correo")).containsExactly("ana.rios@@correo.example", "juan[.]perez[@]gmail[.]com", "lu(@)correo(.)mx");
    }

    @Test
    void emailsSpelledWithMiddleDotsAWideAtOrEnForTheAtSign() {
        assertThat(texts("Para citas: rosalba.meza·arroba·lunas·punto·example", "correo"))
                .containsExactly("rosalba.meza·arroba·lunas·punto·example");
        assertThat(texts("Entrevistas: quique.lara ＠ videos.example · WhatsApp", "correo")).containsExactly("quique.lara ＠ videos.example");
        assertThat(texts("O escríbeme: quetza punto ruelas en buzon punto example", "correo"))
                .containsExactly("quetza punto ruelas en buzon punto example");
        assertThat(texts("Nos vemos en la mesa punto de encuentro en el parque.", "correo")).isEmpty();
    }

    @Test
    void anEmailWithAMarkGluedWhereTheAtSignGoes() {
        assertThat(texts("Pedidos: liliana.ruz·tiendita.example (ponga arroba en lugar del puntito)", "correo"))
                .containsExactly("liliana.ruz·tiendita.example");
        assertThat(texts("escríbanle a don memo: memo_rangel•buzon.example.mx o al (a)sindicato", "correo"))
                .containsExactly("memo_rangel•buzon.example.mx");
        assertThat(texts("Dudas a ceci.ocampo(a)correo.example, por favor.", "correo")).containsExactly("ceci.ocampo(a)correo.example");
        // a middle dot between words, spaced or glued without a domain, is no address
        assertThat(texts("Inicio · Aviso de privacidad · Contacto. El col·legi de Barcelona mandó saludos; "
                + "el (a) del inciso 3·b no aplica.", "correo")).isEmpty();
    }

    @Test
    void aLandmarkInLowerCaseAfterTheHouseButNotANamedPlace() {
        assertThat(texts("Si me buscan, estoy en Callejón del Olivo 12, frente a la tortillería.", "domicilio"))
                .containsExactly("Callejón del Olivo 12, frente a la tortillería");
        assertThat(texts("Vivo en Cerrada Pino 4, junto al Centro de Salud Dr. Gea.", "domicilio")).containsExactly("Cerrada Pino 4");
    }

    @Test
    void aStreetNamedWithATitleIsNoPerson() {
        String text = "Pusieron la mesa en la calle Dr. Jiménez, frente a la farmacia.";
        Detection d = detector.detection(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), KnownPersonalData.NONE);
        assertThat(d.personalData()).isEmpty();
        assertThat(d.announced()).isEmpty();
        assertThat(texts("Nos atendió la Dra. Mireya Gándara en la casilla.", "nombre")).containsExactly("Dra. Mireya Gándara");
    }

    @Test
    void aFlatByItsNumberIsAnAddressAnOfficeWithoutANumberIsNot() {
        assertThat(texts("Asistió la condómina Rufina Olguín, del dpto. 305 de la torre C, con su bastón.", "domicilio"))
                .containsExactly("dpto. 305 de la torre C");
        assertThat(texts("El niño del departamento 12 nos prestó una silla.", "domicilio")).containsExactly("departamento 12");
        assertThat(texts("Vino el Jefe de Departamento de Vinculación a revisar la urna.", "domicilio")).isEmpty();
    }

    @Test
    void aWrappedSentenceKeepsSayingTheAddressIsSomeonesHome() {
        assertThat(texts("La ciudadana Perpetua Larios, quien señala como domicilio para recibir notificaciones el\n"
                + "ubicado en calle Cuitláhuac 215, colonia Los Ángeles, presenta lo siguiente.", "domicilio"))
                .containsExactly("calle Cuitláhuac 215, colonia Los Ángeles");
    }

    @Test
    void aStreetAfterTheLabelOfWhereTheMesaWasIsAPublicPlace() {
        assertThat(texts("Ubicación: Salón Ejidal del pueblo, sobre la calle Sur 114, junto a la lechería.", "domicilio")).isEmpty();
    }

    @Test
    void aUnitsNumberOnTheNextLineOfAWrappedTextIsPartOfTheAddress() {
        assertThat(texts("Domicilio para recibir avisos: privada Olmo 3, edificio C, interior\n4 y nada más.", "domicilio"))
                .containsExactly("privada Olmo 3, edificio C, interior\n4");
    }

    @Test
    void aHouseWithoutNumberIsAnAddressLikeANumberedOne() {
        assertThat(texts("Doña Lupe vive en cerrada de los Pinos sin número, pasando la tienda.", "domicilio"))
                .containsExactly("cerrada de los Pinos sin número");
        assertThat(texts("La mesa estaba en la explanada de la calle Reforma sin número.", "domicilio")).isEmpty();
    }

    @Test
    void aMesaInAFamilysHouseStillShowsTheirHome() {
        assertThat(texts("Instalaron la mesa en la casa del señor Rubio, andador Fresno 7.", "domicilio"))
                .containsExactly("andador Fresno 7");
        assertThat(texts("La mesa estaba frente a la Casa de la Cultura, calle Hidalgo 30.", "domicilio")).isEmpty();
    }

    @Test
    void aChainOfRanksWithAnOrdinalGoesWithTheName() {
        assertThat(texts("Atentamente,\nTTE. 1er. RET. Anacleto Varela Osuna", "nombre"))
                .containsExactly("TTE. 1er. RET. Anacleto Varela Osuna");
        assertThat(texts("Llegaron 2 Sra. Ruiz y otras.", "nombre")).as("a count before one title is no rank")
                .containsExactly("Sra. Ruiz");
    }

    @Test
    void twoReadingsOfOneNameThatOverlapLeaveNoRoomForATitleBeforeTheSecond() {
        String text = "Firmó el 2o. Sgto. «el Pato» Celestino Arvizu.";
        int second = text.indexOf("Celestino");
        // the first reading ended past where the second begins: nothing before the second is searched, nothing fails
        assertThat(PersonalDataDetector.ordinalBefore(text, second, second + 5)).isEqualTo(-1);
        assertThat(PersonalDataDetector.quotedNicknameBefore(text, second, second + 5)).isEqualTo(second);
        // with the floor where it belongs the ordinal and the nickname are found
        assertThat(PersonalDataDetector.ordinalBefore(text, text.indexOf("Sgto."), 0)).isEqualTo(text.indexOf("2o."));
        assertThat(PersonalDataDetector.quotedNicknameBefore(text, second, 0)).isEqualTo(text.indexOf("«"));
    }

    @Test
    void aPhoneSpeltInWordsWithMiddleDotsBetweenItsPairs() {
        List<PersonalData> found = detect("Si se ofrece, márqueme: cinco cinco · siete tres · cero dos · cuatro cuatro · uno ocho.");
        assertThat(found).filteredOn(p -> p.kind().equals("telefono")).extracting(PersonalData::text)
                .containsExactly("cinco cinco · siete tres · cero dos · cuatro cuatro · uno ocho");
        // a list of counts parted by middle dots is no phone: too few digits
        assertThat(detect("Boletas: tres · dos · cinco · cuatro")).filteredOn(p -> p.kind().equals("telefono")).isEmpty();
    }

    @Test
    void aPhoneSpeltInHyphenatedWordsIsFoundAcrossTheLineItWrapsAt() {
        List<PersonalData> found = detect("Para apartar la lona hablen a la tienda: seis-seis-dos-cero,\nuno-cuatro-cuatro-ocho. Gracias.");
        assertThat(found).filteredOn(p -> p.kind().equals("telefono")).extracting(PersonalData::text)
                .containsExactly("seis-seis-dos-cero,\nuno-cuatro-cuatro-ocho");
        // counts written one under another are no phone: too few digits for one
        assertThat(detect("Boletas sobrantes: tres\nAnuladas: dos\nUrnas: una")).filteredOn(p -> p.kind().equals("telefono"))
                .isEmpty();
        assertThat(detect("Votos por proyecto:\ncinco\ntres\ndos\nuno\ncero")).filteredOn(p -> p.kind().equals("telefono"))
                .isEmpty();
    }

    @Test
    void aPhoneNumberMaySayItsZeroInEnglish() {
        assertThat(Fixtures.detectedPersonalData("Márcale al 55 4412 zero siete nueve dos, es de mi primo.")).extracting(PersonalData::kind)
                .contains("telefono");
    }

    @Test
    void aPhoneSpeltInWordsAndFiguresEndsWhereTheNextLinesTimeStampBegins() {
        // a chat's lines open with their date: the run of figures and number words would go on into it
        List<PersonalData> found = detect("3/6/22 09:14 - Chayo: márcale al cuatro cinco 5555 dos uno ocho siete\n"
                + "3/6/22 09:15 - Chayo: ya llegó la patrulla");
        assertThat(found).filteredOn(p -> p.kind().equals("telefono")).extracting(PersonalData::text)
                .containsExactly("cuatro cinco 5555 dos uno ocho siete");
        // counts on lines of their own are no phone on any line either
        assertThat(detect("Nulos: cinco, seis\n12 de la tarde\n4 boletas")).filteredOn(p -> p.kind().equals("telefono")).isEmpty();
    }
}
