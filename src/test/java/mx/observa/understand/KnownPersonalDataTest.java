package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class KnownPersonalDataTest {

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<String> found(String text, List<String> deliveryPeople) {
        KnownPersonalData known = KnownPersonalData.NONE.with(Fixtures.PRIVACY.people(deliveryPeople));
        return detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), known).stream()
                .map(PersonalData::text).toList();
    }

    private final PlaceGuard places = new PlaceGuard(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    /** What the known strings alone find in a text (no other rule of the detector). */
    private List<String> occurrences(String text, String... known) {
        return KnownPersonalData.of(List.of(known)).occurrences(text, Fixtures.PRIVACY, places, KnownPersonalData.writtenInLowerCase(text))
                .stream().map(PersonalData::text).toList();
    }

    @Test
    void aGivenNameWrittenRightBeforeAKnownSurnameGoesWithIt() {
        // the report knows «R. Zubieta» (a signature) or «Rufina Zubieta Lara»; a given name it never wrote with that
        // surname, shown beside the redacted surname, would give half of the name away
        assertThat(occurrences("Las llaves las guardó Leopoldo R. Zubieta hasta el cierre.", "R. Zubieta"))
                .contains("Leopoldo R. Zubieta");
        assertThat(occurrences("ACTA REVISADA POR OCTAVIO ZUBIETA", "Rufina Zubieta Lara")).contains("OCTAVIO ZUBIETA");
        // a given name that is also a month, where no day makes it a date
        assertThat(occurrences("Recibió las boletas Julio R. Zubieta, suplente.", "R. Zubieta")).contains("Julio R. Zubieta");
        // a report written in lower case: the given name in lower case too
        assertThat(occurrences("me trajo agua ignacio zubieta\nluego llego la lluvia\nse mojaron las boletas", "rufina zubieta"))
                .contains("ignacio zubieta");
    }

    @Test
    void aWordBeforeAKnownSurnameThatIsNoGivenNameOrIsADateStaysReadable() {
        assertThat(occurrences("El 14 de Julio Zubieta entregó la copia del acta.", "Rufina Zubieta Lara"))
                .contains("Zubieta").doesNotContain("Julio Zubieta");
        assertThat(occurrences("Ayer Zubieta cerró la mesa temprano.", "Rufina Zubieta Lara")).containsExactly("Zubieta");
        // in lower case, a given name that is also a common word is not taken ("rosa" the colour)
        assertThat(occurrences("la lona rosa zubieta la trajo\nluego llego la lluvia\nse mojaron las boletas", "rufina zubieta"))
                .contains("zubieta").doesNotContain("rosa zubieta");
    }

    @Test
    void theSurnamesWrittenRightAfterAKnownGivenNameGoWithIt() {
        // the report knows «Efrén Quiroga» (or only «Efrén»); a surname it never wrote with him, shown beside the
        // redacted given name, would give half of the name away
        assertThat(occurrences("Trajo las mamparas Efrén de la Peña, suplente.", "Efrén Quiroga")).contains("Efrén de la Peña");
        assertThat(occurrences("La llave la tenía Efrén del Olmo Garduño.", "Efrén Quiroga")).contains("Efrén del Olmo Garduño");
        assertThat(occurrences("Firmó EFRÉN DEL OLMO al final.", "Efrén Quiroga")).contains("EFRÉN DEL OLMO");
        // a known surname needs no particle
        assertThat(occurrences("Le avisé a Efrén Villaseñor del retraso.", "Efrén Quiroga")).contains("Efrén Villaseñor");
    }

    @Test
    void aWordAfterAKnownGivenNameThatIsNoSurnameStaysReadable() {
        assertThat(occurrences("Efrén de la mesa 3 contó los votos.", "Efrén Quiroga")).containsExactly("Efrén");
        assertThat(occurrences("Efrén Recibió el paquete.", "Efrén Quiroga")).containsExactly("Efrén");
        // a place named after a person is not taken with a known given name beside it
        assertThat(occurrences("La mesa estaba en Benito Juárez, cerca del mercado.", "Benito Quiroga"))
                .doesNotContain("Benito Juárez");
        // in lower case a surname is not told from a word
        assertThat(occurrences("efren de la tienda trajo hielo\nluego llego la lluvia\nse mojaron las boletas", "efren quiroga"))
                .doesNotContain("efren de la tienda");
    }

    @Test
    void anUnlistedGivenNameInsideASentenceBeforeAKnownSurnameGoesWithIt() {
        // the report knows «Porfirio Arteaga Salcido»; «Anahid» is in no list, but a capitalized word inside a sentence
        // right before his surname is a given name of that family, and shown beside the hidden surname gives half of it
        assertThat(occurrences("Las actas las firmó su sobrina (Anahid Arteaga) ya de noche.", "Porfirio Arteaga Salcido"))
                .contains("Anahid Arteaga");
        assertThat(occurrences("Llegaron tarde Tonatzin Arteaga y dos vecinos más.", "Porfirio Arteaga Salcido"))
                .contains("Tonatzin Arteaga");
    }

    @Test
    void aCapitalizedWordBeforeAKnownSurnameAtTheStartOfASentenceOrThatIsAVocabularyWordStaysReadable() {
        // any word has a capital where a sentence, a line or an item starts
        assertThat(occurrences("Todo en orden. Luego Arteaga cerró la casilla.", "Porfirio Arteaga Salcido"))
                .containsExactly("Arteaga");
        assertThat(occurrences("- Anotó Arteaga los folios", "Porfirio Arteaga Salcido")).containsExactly("Arteaga");
        // a title, an office or a place word before the surname is no given name
        assertThat(occurrences("Nos atendió la Licenciada Arteaga en la sede.", "Porfirio Arteaga Salcido"))
                .noneMatch(t -> t.startsWith("Licenciada"));
        assertThat(occurrences("La mesa quedó junto a la Calle Arteaga, sin luz.", "Porfirio Arteaga Salcido"))
                .noneMatch(t -> t.contains("Calle"));
    }

    @Test
    void aSurnameAfterAKnownNicknameInQuotesGoesWithItAndTheQuotes() {
        // «el Chapo» is known; «"Chapo" Valdivia» is the same man with his surname: the quotes join, not part, the two
        List<String> found = occurrences("Se metió a la fila \"Chapo\" Valdivia, el del puesto de jugos.", "el Chapo");
        assertThat(found).contains("\"Chapo\" Valdivia");
        assertThat(KnownPersonalData.of(List.of("el Chapo")).occurrences("Se metió a la fila «Chapo» Valdivia, sin turno.",
                Fixtures.PRIVACY, places, false).stream().map(PersonalData::text)).contains("«Chapo» Valdivia");
        // a quoted nickname with no surname beside it keeps its quotes readable, as before
        assertThat(occurrences("Le dicen \"Chapo\" en la cuadra.", "el Chapo")).containsExactly("Chapo");
    }

    @Test
    void aKnownNameWrittenAsAUserNameIsFoundInLowerCaseWithItsNumber() {
        // a user name glues the words of a known name, in lower case as readily as with capitals, and the number
        // after the hash is the user name's, not a count
        assertThat(occurrences("Dudas al Discord de teodora_valdivia#5120 o al grupo.", "Teodora Valdivia Ruelas"))
                .contains("teodora_valdivia#5120");
        assertThat(occurrences("Su usuario es teodora.valdivia_77 en el foro.", "Teodora Valdivia Ruelas"))
                .contains("teodora.valdivia_77");
        // words of a known name apart in lower case are still words ("teodora" alone is no user name)
        assertThat(occurrences("El acta_final_2022 quedó en la carpeta de valdivia y nadie la abrió.", "Teodora Valdivia Ruelas"))
                .isEmpty();
    }

    @Test
    void aUserNameAKnownNameIsGluedIntoIsHiddenWhole() {
        // the other pieces of the handle (her surname's letters, a year) are hers too: half a handle finds her
        assertThat(occurrences("En el grupo de Telegram firma como lupe_rmz#1987 y sube las fotos.", "Lupe Ramírez"))
                .contains("lupe_rmz#1987");
        assertThat(occurrences("La captura la subió @rmz_lupe a las nueve.", "Lupe Ramírez")).contains("@rmz_lupe");
        // a file name without her name in it stays readable, and her name beside it is still hers alone
        assertThat(occurrences("Lupe mandó acta_final_mesa2.pdf por correo.", "Lupe Ramírez"))
                .containsExactly("Lupe");
    }

    @Test
    void thePeopleListedBesideAKnownNameAreNamesToo() {
        // a list that names one known person names people: the others, written alike, even where no list knows them
        assertThat(occurrences("Columna 3: ODILIA TREJO, ZENÓN BARRAGÁN y NEFTALÍ OSUNA", "ZENÓN BARRAGÁN"))
                .contains("ODILIA TREJO", "ZENÓN BARRAGÁN", "NEFTALÍ OSUNA");
        assertThat(occurrences("Con Tadea Roldán, Fermín Ocaña y Rubí Cázares abrimos la mesa.", "Fermín Ocaña"))
                .contains("Tadea Roldán", "Rubí Cázares").doesNotContain("Con Tadea Roldán");
        // places, offices and words written alike are no people, and a word alone is no item
        assertThat(occurrences("Fermín Ocaña, Protección Civil y Seguridad Ciudadana llegaron.", "Fermín Ocaña"))
                .isNotEmpty().allMatch(t -> t.startsWith("Fermín"));
        assertThat(occurrences("Vinieron de Milpa Alta, Fermín Ocaña y San Gregorio Atlapulco.", "Fermín Ocaña"))
                .isNotEmpty().allMatch(t -> t.startsWith("Fermín"));
        assertThat(occurrences("Fermín Ocaña y Mariana trajeron sillas.", "Fermín Ocaña"))
                .isNotEmpty().allMatch(t -> t.startsWith("Fermín"));
    }

    @Test
    void aDegreeWrittenAsInitialsBeforeAKnownNameIsNoPartOfIt() {
        // «C.D.» (cirujana dentista) is her degree: her own initials and her given name alone are still hers
        assertThat(occurrences("Vo. Bo.: Y.B.Q.", "C.D. Yolanda Berrios Quiñones")).contains("Y.B.Q.");
        assertThat(occurrences("La doctora Yolanda pasó lista a las 8.", "C.D. Yolanda Berrios Quiñones")).contains("Yolanda");
        // initials before a surname are given names («J. A. Mejía»), as before
        assertThat(occurrences("Lo firmó José Alfredo Mejía.", "J. A. Mejía")).anyMatch(t -> t.contains("José Alfredo Mejía"));
    }

    @Test
    void theNameAKnownUserNameSpellsIsHers() {
        // a mention in a shared document («@Nicasia») names her where her name is written without the at sign
        assertThat(occurrences("Respuesta de Nicasia: la urna llegó sellada.", "@Nicasia")).contains("Nicasia");
        assertThat(occurrences("Lo revisó Nicasia Solórzano en la tarde.", "@nicasia.solorzano")).contains("Nicasia Solórzano");
        assertThat(KnownPersonalData.nameOfHandle("@coordinacion.sur", Fixtures.PRIVACY)).isNull();
        assertThat(KnownPersonalData.nameOfHandle("@mesa3", Fixtures.PRIVACY)).isNull();
    }

    @Test
    void aNameWrittenWholeInAnotherRowOfTheDeliveryIsFoundInItsShortForms() {
        List<String> delivery = List.of("Herminia Cuautle Zárate", "Deportivo Plan Sexenal", "Escuela Primaria Leona Vicario");
        assertThat(found("Material: Boletas\nEntregó: H. Cuautle\nComentario: Llegaron completas", delivery))
                .anyMatch(t -> t.contains("H. Cuautle"));
        assertThat(String.join(" | ", found("Crayones | Cuautle Zárate | la caja venía abierta", delivery))).contains("Cuautle Zárate");
    }

    @Test
    void aPlaceKnownWithTheDeliverysPeopleStaysReadable() {
        // a cell naming a market or a school comes with a delivery's names: read as a place, as the detector reads it
        List<String> delivery = List.of("Mercado Leona Vicario Tlalpan", "Escuela Primaria Ignacio Ramírez", "Benito Juárez");
        String text = "La mesa se puso en el Mercado Leona Vicario Tlalpan, frente a la Escuela Primaria Ignacio Ramírez, en Benito Juárez.";
        assertThat(found(text, delivery)).isEmpty();
    }

    @Test
    void theNameAKnownAddressSpellsIsHersAndSoIsHerGivenNameWithTheInitialOfHerSurname() {
        // "Tlazohtzin" is on no list: the address spells her name beside a known surname
        List<String> people = List.of("tlazohtzin.bermudez@correo.example", "coordinacion.distrital@iecm.example");
        assertThat(found("Gracias a Tlazohtzin por el café; Tlazo trajo sillas.", people)).contains("Tlazohtzin", "Tlazo");
        assertThat(found("La Coordinación Distrital mandó el acta.", people)).isEmpty();
        assertThat(KnownPersonalData.nameOfAddress("red.vecinal@correo.example", Fixtures.PRIVACY)).isNull();
        List<String> named = List.of("Olegaria Cabañas Tirado");
        assertThat(found("Con cariño, OLEGARIA C.\nLa mesa cerró tarde.", named)).anyMatch(t -> t.contains("OLEGARIA C."));
    }

    @Test
    void aShortFormKnownInLowerCaseIsFoundWhicheverKnownStringIsReadFirst() {
        // a chat found "lalo" written in lower case, and its sender's address spells Eduardo: the address makes «Lalo»
        // his in capitals, the chat in lower case too — in every run, whatever order the known strings are read in.
        // Each person and each number of other strings known changes that order (a hash set's, drawn anew by every
        // JVM), which used to decide whether the lower-case form was kept: about half of these failed in any run.
        String[][] people = {{"eduardo", "lalo"}, {"alfredo", "fredy"}, {"beatriz", "bety"}, {"cecilia", "ceci"},
                {"anastasio", "tacho"}, {"araceli", "chely"}, {"alberto", "beto"}, {"guadalupe", "lupe"}};
        for (String[] person : people) {
            for (int others = 0; others < 4; others++) {
                List<String> strings = new java.util.ArrayList<>(List.of(person[0] + ".mijangos@correo.example", person[1],
                        person[1] + " mijangos"));
                for (int k = 0; k < others; k++) {
                    strings.add("55 5555 02" + (10 + k));
                }
                KnownPersonalData known = KnownPersonalData.of(strings);
                String line = person[1] + " ya subió la foto del acta, gracias";
                assertThat(detector.detect(line, List.of(), known)).as(line + " with " + others + " other strings known")
                        .anyMatch(p -> p.start() == 0 && p.end() == person[1].length());
                assertThat(known.strings()).isSorted();
            }
        }
    }

    @Test
    void initialsEndingInAKnownPersonsTwoSurnamesNameSomeoneOfHisFamily() {
        List<String> named = List.of("Teodoro Quintanilla Barajas");
        assertThat(found("La lista la pasó en limpio R. Q. B., mi sobrina, antes del cierre.", named)).contains("R. Q. B.");
        assertThat(found("Lo anotó A.Q.B. en la libreta de la mesa.", named)).contains("A.Q.B.");
        // other initials, or the same letters in lower case, are no one of his
        assertThat(found("El expediente S. A. C. quedó en la bodega; la fila b. q. b. no se usó.", named))
                .noneMatch(t -> t.contains("S. A. C.") || t.contains("b. q. b."));
    }

    @Test
    void aKnownPersonsWordInsideAPublicFiguresNameIsTheFigures() {
        // a voter called Juana, a representative called Octavio: the figures that share a word with them are not them
        assertThat(occurrences("En la mesa había un libro de Sor Juana y otro de Octavio Paz para la espera.",
                "Juana Ibarra Soto", "Octavio Lagunas")).isEmpty();
        // the same known people, written on their own, are still theirs
        assertThat(occurrences("Llegó Juana con su credencial y después Octavio a firmar.", "Juana Ibarra Soto", "Octavio Lagunas"))
                .contains("Juana", "Octavio");
    }

    @Test
    void aKnownThreeLetterGivenNameIsFoundAloneOnlyWithItsCapital() {
        assertThat(occurrences("Al final Ian firmó la hoja y se fue.", "Ian Villalpando Cruz")).contains("Ian");
        assertThat(occurrences("yo leo la lista y Ane la firma", "Ane Urrutia Goñi")).contains("Ane").doesNotContain("leo");
        // a three-letter given name that is also a word stays the word
        assertThat(occurrences("Salió el Sol a las nueve y se secaron las mamparas.", "Sol Barragán Ortiz")).doesNotContain("Sol");
    }

    /** The spans found, in offset order: what the detector keeps of them (it merges them by offset). */
    private static List<String> spans(List<PersonalData> found) {
        return found.stream().sorted(java.util.Comparator.comparingInt(PersonalData::start).thenComparingInt(PersonalData::end))
                .map(p -> p.kind() + ":" + p.start() + "-" + p.end()).distinct().toList();
    }

    @Test
    void whatAFindingAddsIsFoundAsIfEveryNameWereCompiledTogether() {
        // a beekeeping log and a choir rehearsal: the report knew two people, the finding alone shows two more
        String text = "Bitácora del apiario: Casimira Olvera Tun revisó las colmenas con Teodulfo Arias; la Sra. Olvera anotó "
                + "22 cuadros. Ensayo del coro: T. Arias y Nereida Cuxim cantaron; C.O.T. firmó, Cuxim llevó partituras.";
        KnownPersonalData report = KnownPersonalData.of(List.of("Casimira Olvera Tun", "Teodulfo Arias"));
        List<String> more = List.of("Nereida Cuxim", "Casimira Olvera Tun");
        boolean lower = KnownPersonalData.writtenInLowerCase(text);
        List<PersonalData> apart = report.occurrences(more, text, Fixtures.PRIVACY, places, lower);
        assertThat(spans(apart)).isEqualTo(spans(report.with(more).occurrences(text, Fixtures.PRIVACY, places, lower)))
                .hasSizeGreaterThan(5);
        assertThat(apart.stream().map(PersonalData::text)).contains("Nereida Cuxim", "Cuxim");
    }

    @Test
    void whatAFindingAddsInLowerCaseChangesHowEveryNameIsReadAndIsFoundSo() {
        // a text message names someone in lower case: every known name is then looked for in lower case too
        String text = "Casimira dijo que arias trae el hielo. luego nereida paso lista. olvera no vino al ensayo.";
        KnownPersonalData report = KnownPersonalData.of(List.of("Casimira Olvera Tun", "Teodulfo Arias"));
        List<String> more = List.of("nereida cuxim");
        boolean lower = KnownPersonalData.writtenInLowerCase(text);
        List<PersonalData> apart = report.occurrences(more, text, Fixtures.PRIVACY, places, lower);
        assertThat(spans(apart)).isEqualTo(spans(report.with(more).occurrences(text, Fixtures.PRIVACY, places, lower)));
        assertThat(report.occurrences(List.of(), text, Fixtures.PRIVACY, places, lower).stream().map(PersonalData::text))
                .doesNotContain("nereida");
    }

    @Test
    void aSurnameInLowerCaseIsHersRightAfterATitleOrARole() {
        String known = "Teodosia Carbajal Núñez";
        assertThat(occurrences("Durante el recuento la lic. carbajal pidió otra urna y luego carbajal se fue a comer.", known))
                .containsExactly("carbajal");
        assertThat(occurrences("Llegó la  Dra.   carbajal con las actas; después carbajal no.", known)).containsExactly("carbajal");
        assertThat(occurrences("la presidenta carbajal y el sr carbajal", known)).containsExactly("carbajal", "carbajal");
        // a title is a word of its own: glued to the word before it, it is no title of hers
        assertThat(occurrences("el tractorlic. carbajal", known)).isEmpty();
    }

    @Test
    void aKnownNameGoesWithTheSurnameThatContinuesIt() {
        // known from the report's own e-mail address as «Tlanextli Ibarrola»; the second surname is in no list
        assertThat(found("Violín II, Tlanextli Ibarrola Tzintzun.\nDudas: tlanextli.ibarrola@correo.example", List.of()))
                .contains("Tlanextli Ibarrola Tzintzun");
    }

    @Test
    void aKnownNameBeforeALineInCapitalsStaysAsItWas() {
        assertThat(found("Xóchitl Ibarrola, CASILLA BÁSICA", List.of("Xóchitl Ibarrola"))).contains("Xóchitl Ibarrola");
    }

    @Test
    void theFondFormOfAKnownGivenNameNamesHerWithItsCapital() {
        // «Teresita» for a known Teresa, «Carlitos» for Carlos, «Blanquita» for Blanca, «Ramoncito» for Ramón
        assertThat(occurrences("Le dejé las copias a Teresita en la portería.", "Teresa Ibarguen Soto")).contains("Teresita");
        assertThat(occurrences("Ya llegó Carlitos con los refrescos.", "Carlos Urbina")).contains("Carlitos");
        assertThat(occurrences("Blanquita cuidó la urna mientras comíamos.", "Blanca Zermeño")).contains("Blanquita");
        assertThat(occurrences("Al final Ramoncito contó las boletas.", "Ramón Ochoterena")).contains("Ramoncito");
        assertThat(KnownPersonalData.diminutives("diego")).contains("dieguito");
        assertThat(KnownPersonalData.diminutives("miguel")).contains("miguelito");
    }

    @Test
    void aFondFormInLowerCaseAnotherNamesOrAWordStayReadable() {
        // «ponle palomita» is a tick mark; «palomitas» the snack; a fond form of a name the report does not know
        assertThat(occurrences("En la lista le pusieron palomita a cada votante.", "Paloma Ibarguen Soto")).doesNotContain("palomita");
        assertThat(occurrences("Vendían Palomitas afuera de la escuela.", "Paloma Ibarguen Soto")).isEmpty();
        assertThat(occurrences("Ya llegó Pedrito con los refrescos.", "Carlos Urbina")).isEmpty();
        // a name too short or ending otherwise has none: its short forms are the lists' («Chuy», «Lulú»)
        assertThat(KnownPersonalData.diminutives("al")).isEmpty();
        assertThat(KnownPersonalData.diminutives("jesus")).isEmpty();
    }

    @Test
    void aKnownNameThatIsItsLinesWholeTextIsNoTailOfThePlaceTheLineBeforeEndsWith() {
        // a sheet written without punctuation: the last line before the signature ends in a place word
        assertThat(occurrences("las boletas llegaron tarde al barrio\nR. Zubieta", "Rufina Zubieta Lara")).contains("R. Zubieta");
        assertThat(occurrences("nos tocó la mesa frente a la colonia\nRufina Zubieta\n", "Rufina Zubieta Lara"))
                .contains("Rufina Zubieta");
        // a place's name the line wrapped keeps the guard when the known word is not the whole line or is one word alone
        assertThat(occurrences("la mesa se puso en la colonia\nZubieta", "Rufina Zubieta Lara")).isEmpty();
        assertThat(occurrences("la mesa se puso en la colonia\nRufina Zubieta norte", "Rufina Zubieta Lara"))
                .doesNotContain("Rufina Zubieta norte");
        // a place the gazetteer knows stays a place on a line of its own
        assertThat(occurrences("la mesa se puso en la alcaldía\nMiguel Hidalgo\n", "Miguel Hidalgo Pérez")).isEmpty();
    }
}
