package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/** Private addresses known by their parts, without «calle» or «col.», and the public places that stay readable. */
class PrivateAddressesTest {

    private static List<String> addresses(String text) {
        return Fixtures.PRIVACY.addresses.find(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aFlatDownAChainOfBuildingAndEntranceIsAHome() {
        assertThat(addresses("Pásenle a verme al edificio K-7, entrada C, depto. 208, Unidad Lindavista Vallejo"))
                .contains("edificio K-7, entrada C, depto. 208, Unidad Lindavista Vallejo");
        // a building named by a word, its entrance numbered
        assertThat(addresses("Cartas a: Edificio Querétaro, entrada 3, depto. 905, Nonoalco"))
                .contains("Edificio Querétaro, entrada 3, depto. 905, Nonoalco");
        assertThat(addresses("Bien: edificio 9, entrada A, departamento 12, U.H. Los Olivos")).anySatisfy(
                a -> assertThat(a).startsWith("edificio 9, entrada A, departamento 12"));
    }

    @Test
    void theDoorOfAPublicPlaceStillMarksItPublic() {
        // «entrada» without an estate's letter or number is the door of the place where the mesa stood
        assertThat(addresses("La mesa estaba en la entrada del mercado, Cerrada Olmo 4.")).isEmpty();
    }

    @Test
    void aNumberAfterAStreetLikeNameAndAColoniaOfTwoWords() {
        assertThat(addresses("Para devoluciones: Tabachines 48, Lomas de Plateros, o por mensaje."))
                .containsExactly("Tabachines 48, Lomas de Plateros");
        assertThat(addresses("Si alguien la encuentra: Jacarandas 203, Santa Cecilia Tepetlapa"))
                .containsExactly("Jacarandas 203, Santa Cecilia Tepetlapa");
    }

    @Test
    void numberedThingsOfTheConsultationAListOrADateAreNoStreet() {
        assertThat(addresses("Me tocó la Sección 5127, Santa Cruz Meyehualco, en la mañana.")).isEmpty();
        assertThat(addresses("Vine del Distrito 26, San Andrés Tetepilco.")).isEmpty();
        assertThat(addresses("Tlalpan, Mayo 3, Ciudad de México")).isEmpty();
        assertThat(addresses("Consulta de Presupuesto Participativo 2022, Ciudad de México")).isEmpty();
        // the items of a list numbered in turn: a street keeps its one number
        assertThat(addresses("Lámina 1, El Volcán; Figura 2, El Árbol; Figura 3, La Nube")).isEmpty();
        assertThat(addresses("Escena 1, El Mercado Viejo. Escena 2, La Plaza Mayor.")).isEmpty();
        // where the mesa stood is a public place
        assertThat(addresses("La mesa se instaló en Fresnos 12, San Juan Cerro.")).isEmpty();
    }

    @Test
    void aBuildingNamedWithItsHousingEstateIsAHomeWithoutItsFlat() {
        assertThat(addresses("Firmó: Hortensia Baeza, vecina, edificio 12 entrada C, U.H. Vicente Guerrero."))
                .contains("edificio 12 entrada C, U.H. Vicente Guerrero");
        assertThat(addresses("Informa el observador Rómulo Saavedra, edificio F-103 del Conjunto Los Cedros 4, que llovió."))
                .contains("edificio F-103 del Conjunto Los Cedros 4");
        assertThat(addresses("Aquí Tomasa, torre 2, Infonavit Culhuacán, para lo que se ofrezca"))
                .contains("torre 2, Infonavit Culhuacán");
    }

    @Test
    void aBuildingOfAnOfficeOrWhereTheMesaStoodIsNoHome() {
        // no estate after the building: an office's
        assertThat(addresses("Llevamos las actas al edificio 3 de la alcaldía, entrada B.")).isEmpty();
        // the mesa stood in the estate: a public place
        assertThat(addresses("La mesa se instaló junto al edificio 9 de la Unidad Habitacional Fuentes Brotantes.")).isEmpty();
    }

    @Test
    void aCornerNarrowedDownToALotIsAnAddressAndACornerAloneIsNot() {
        assertThat(addresses("Me encuentran en el taller, Calzada Ermita esquina Clavel, lote 14, de lunes a sábado."))
                .contains("Calzada Ermita esquina Clavel, lote 14");
        assertThat(addresses("Soy el de la tlapalería, calle Fresno esq. Ciprés, casa 3."))
                .contains("calle Fresno esq. Ciprés, casa 3");
        // the corner where the mesa stood, with no house after it
        assertThat(addresses("La mesa estuvo en Avenida Canal esquina Palmas, a la sombra.")).isEmpty();
    }

    @Test
    void theVocabularyIsTheFilesAndItsVerbsAreReadAsSpeltByEar() throws Exception {
        // «bibe» for «vive»: the file lists the verb once, v and b are read for each other
        assertThat(addresses("Mi comadre bibe en Cerrada Tejocote 21, por el pozo.")).anySatisfy(
                a -> assertThat(a).startsWith("Cerrada Tejocote 21"));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("domicilios");
        String shipped = java.nio.file.Files.readString(Fixtures.CONFIG.resolve("privacidad").resolve(PrivateAddresses.FILE));
        // a numbered thing a person adds to the file is no street: «pista» (a race's lane) was read as one before
        java.nio.file.Files.writeString(dir.resolve(PrivateAddresses.FILE),
                shipped.replace("no_son_calles:\n", "no_son_calles:\n  - pista\n"));
        String text = "Ganó el caballo de la Pista 4, Bosques del Lago.";
        assertThat(PrivateAddresses.load(dir).find(text)).isEmpty();
        assertThat(addresses(text)).containsExactly("Pista 4, Bosques del Lago");
    }

    @Test
    void aLineThatOpensWithACapitalIsASentenceOfItsOwnNotTheWrapOfTheLineAbove() {
        // «Mesa», a surname at the end of a long line, is no mesa where the address below stood
        assertThat(addresses("Reunión de la familia Mesa Olvera, primos y tíos de la rama de los Mesa\n"
                + "De Cerrada Pirul 9, casa 2, llegaron los tíos.")).contains("Cerrada Pirul 9, casa 2");
    }

    @Test
    void anEstatesNameEndsAtASemicolonAsAtAComma() {
        assertThat(addresses("Buenas, soy Anacleto, del edificio 5, depto. 11, Unidad Habitacional Los Pinos; mando fotos."))
                .contains("edificio 5, depto. 11, Unidad Habitacional Los Pinos");
    }

    @Test
    void aHouseNamedRightBeforeItsAddressIsAHomeEvenAtACorner() {
        assertThat(addresses("Los cohetes los tronaba el de la casa de la esquina de Privada Nogal 18, todo el día."))
                .contains("Privada Nogal 18");
        assertThat(addresses("Nos juntamos en la casita azul en Callejón Sauce 7 para ver los resultados."))
                .contains("Callejón Sauce 7");
        // a house that is a public place by its name, and a corner with no house, stay readable
        assertThat(addresses("La mesa se instaló en la Casa de la Cultura de Calle Juárez 40, frente al kiosco.")).isEmpty();
        assertThat(addresses("La mesa se instaló en la casa ejidal en Calle Olivo 3.")).isEmpty();
        assertThat(addresses("La mesa estuvo en la esquina de Calle Olivo 3, junto a la casa del árbol.")).isEmpty();
    }

    @Test
    void aNeighbourhoodWrittenAfterTheHouseWithoutAComma() {
        assertThat(addresses("remitente: TOMASA GIL, cerrada 2 casa 9 Lomas Estrella\ntel. no tengo"))
                .contains("cerrada 2 casa 9 Lomas Estrella");
        assertThat(addresses("me pueden buscar en calle Fresno 31 Santo Domingo; ahí vivo"))
                .anySatisfy(a -> assertThat(a).startsWith("calle Fresno 31 Santo Domingo"));
        // the sentence goes on after the number: the capitalized word is no neighbourhood
        assertThat(addresses("vivo en calle Fresno 31 Juan me ayudó con la mudanza"))
                .allSatisfy(a -> assertThat(a).doesNotContain("Juan"));
    }

    @Test
    void aStallByItsNumberWithTheStreetOrCornerItStandsOnIsWhereItsKeeperIsFound() {
        assertThat(addresses("Remitente: Eulalia Cruz, puesto 27 del mercadito, calle Oyamel esq. Fresno Alto\ntel. 55 1234 5678"))
                .contains("puesto 27 del mercadito, calle Oyamel esq. Fresno Alto");
        assertThat(addresses("Me encuentran en el local 9, Av. Morelos esquina Sur 12, de martes a domingo."))
                .contains("local 9, Av. Morelos esquina Sur 12");
        assertThat(addresses("firma: chabelo, puesto #3 en el tianguis de los jueves, cerrada Nogal")).contains(
                "puesto #3 en el tianguis de los jueves, cerrada Nogal");
    }

    @Test
    void aStallAloneANamedMarketOrWhereTheMesaStoodStaysReadable() {
        // no street: the stall alone names no address
        assertThat(addresses("La bocina era de un señor del puesto 114 del mercado, que la prestó.")).isEmpty();
        // a market named after a person is a public place, never part of a stall's address
        assertThat(addresses("Atiende en el puesto 8 del Mercado Lázaro Cárdenas, calle Morelos esq. Hidalgo.")).isEmpty();
        // the mesa stood by the stall: a public place
        assertThat(addresses("La mesa se instaló junto al puesto 5 del tianguis, calle Jade esquina Ópalo.")).isEmpty();
    }

    @Test
    void aDwellingPartOnTheLineAWrappedAddressContinuesOn() {
        assertThat(addresses("REMITENTE: OFELIA RUIZ   DIRECCIÓN: CALZ. DE LAS ARMAS 1210, EDIFICIO 3,\nDEPTO 502 TEL: 55 5555 0000"))
                .anySatisfy(a -> assertThat(a).endsWith("DEPTO 502"));
        assertThat(addresses("Para recoger la credencial: Av. Aztecas 77, torre C,\npiso 9, con mi hermana"))
                .anySatisfy(a -> assertThat(a).contains("torre C,\npiso 9"));
    }

    @Test
    void theColoniaAfterTheUnitThatAWrappedLineCarried() {
        assertThat(addresses("DOMICILIO: PRIVADA DE LOS SAUCES 8,\nDEPTO 2, LOMAS DEL PEDREGAL II\nCORREO: no tengo"))
                .anySatisfy(a -> assertThat(a).endsWith("DEPTO 2, LOMAS DEL PEDREGAL II"));
        // a sentence that goes on after the unit is no colonia
        assertThat(addresses("Domicilio: Privada Sauces 8,\ninterior 2, ahí me encuentran en las tardes"))
                .anySatisfy(a -> assertThat(a).endsWith("interior 2")).noneSatisfy(a -> assertThat(a).contains("tardes"));
    }

    @Test
    void aLineThatOpensWithAWordAfterAnAddressIsNoPartOfIt() {
        // no comma closed the line, or the next line's «casa» has no number: it is another sentence
        assertThat(addresses("vivo en calle Nardo 14\nCasa de la Cultura abrió a las 9")).isNotEmpty()
                .allSatisfy(a -> assertThat(a).isEqualTo("calle Nardo 14"));
        assertThat(addresses("vivo en calle Nardo 14,\ncasa de mi tía también votó")).isNotEmpty()
                .allSatisfy(a -> assertThat(a).isEqualTo("calle Nardo 14"));
    }

    @Test
    void aStreetNamedAfterAPublicPlaceIsStillSomeonesAddress() {
        assertThat(addresses("Yo atiendo el taller de bicis en Calle Ex Mercado de Flores 41, local 3, por si necesitan algo"))
                .anySatisfy(a -> assertThat(a).startsWith("Calle Ex Mercado de Flores 41, local 3"));
        assertThat(addresses("me mudé a la Privada del Parque 8 interior 2 hace un año"))
                .anySatisfy(a -> assertThat(a).startsWith("Privada del Parque 8 interior 2"));
    }

    @Test
    void wordsBeforeTheStreetStillSayWhereTheMesaStood() {
        assertThat(addresses("La mesa quedó frente al mercado, en Calle Ex Mercado de Flores 41, local 3.")).isEmpty();
        assertThat(addresses("La mesa se instaló en Av. del Parque 12, junto a la fuente.")).isEmpty();
    }

    @Test
    void aDwellingWrittenAsVivienda() {
        assertThat(addresses("la que firma, vivo en callejon del Pozo 7 vivienda 12 con mis hijos"))
                .anySatisfy(a -> assertThat(a).startsWith("callejon del Pozo 7 vivienda 12"));
        assertThat(addresses("Se visitaron 30 viviendas de la colonia para invitar a votar.")).isEmpty();
    }

    @Test
    void aWorkshopOrAStoreroomInsideTheHouseNumberIsWhereSomeoneIsFound() {
        assertThat(addresses("El tornero, con domicilio en calle Lisboa 31, taller C, colonia Portales, nos prestó sillas."))
                .contains("calle Lisboa 31, taller C, colonia Portales");
        assertThat(addresses("Entregar los costales en Av. Tláhuac 880, bodega 4, barrio San Lorenzo"))
                .contains("Av. Tláhuac 880, bodega 4, barrio San Lorenzo");
        // a workshop of the consultation, numbered, with no street before it is no address
        assertThat(addresses("En el taller 2 de capacitación nos explicaron el acta.")).isEmpty();
    }

    @Test
    void aColoniaWrittenInCapitalsOrWithARomanNumeralIsPartOfTheAddress() {
        assertThat(addresses("DIRECCIÓN: ANDADOR LOS PINOS 9,\nDEPTO 4, LOMAS DE SAN LORENZO II\nTELÉFONO: no tiene"))
                .anySatisfy(a -> assertThat(a).endsWith("LOMAS DE SAN LORENZO II"));
        assertThat(addresses("Me pueden buscar en calle Fresno 12, Ejército de Oriente III, por las tardes."))
                .contains("calle Fresno 12, Ejército de Oriente III");
        // a public place in capitals after the number is not the colonia
        assertThat(addresses("Cerrada Álamos 5, MERCADO MADERO")).noneSatisfy(a -> assertThat(a).contains("MERCADO"));
    }

    @Test
    void anEstateAbbreviatedToItsInitialAfterAFlat() {
        assertThat(addresses("Nos vemos en el edificio 3, entrada A, depto. 101, U. Vicente Guerrero."))
                .contains("edificio 3, entrada A, depto. 101, U. Vicente Guerrero");
    }

    @Test
    void anAbbreviationWithItsPeriodDoesNotEndTheAddressItOpens() {
        // «U. Hab.» after «vive en»: the periods of the estate's abbreviation are no sentence's end
        assertThat(addresses("Su hermano vive en U. Hab. Los Cedros, torre 2, entrada C, depto. 31. Ahí lo buscan."))
                .anySatisfy(a -> assertThat(a).startsWith("U. Hab. Los Cedros, torre 2, entrada C, depto. 31"))
                .noneSatisfy(a -> assertThat(a).contains("Ahí"));
        // «amp.», the ampliación of a colonia, after a comma goes on with the address
        assertThat(addresses("Domicilio\nprivada de tepeyac mz 6 lt 2, amp. san isidro"))
                .contains("privada de tepeyac mz 6 lt 2, amp. san isidro");
        // a verb in lower case after the comma is the sentence going on, even one that opens like «amp.»
        assertThat(addresses("Con domicilio en calle Olmo 4, Tlalpan, amplió su queja ante la mesa."))
                .allSatisfy(a -> assertThat(a).doesNotContain("amplió"));
    }

    @Test
    void aNumberBeforeADwellingWrittenAsViviendaAndAColoniaCalledCentro() {
        assertThat(addresses("Las cartas llegan a Isabel la Católica 52, vivienda 3, Centro, con mi abuela."))
                .contains("Isabel la Católica 52, vivienda 3, Centro");
        // «Centro» is the colonia only when it is the whole name: «Centro de Salud» is a public place
        assertThat(addresses("Me quedo en calle Olmo 12, Centro de Salud enfrente."))
                .isNotEmpty().noneSatisfy(a -> assertThat(a).contains("Centro"));
    }

    @Test
    void anAlcaldiaOrAColoniaWithAnInitialIsPartOfTheAddress() {
        assertThat(addresses("Recoger en Av. Talismán 40, depto. 2, Aragón, G. A. Madero."))
                .contains("Av. Talismán 40, depto. 2, Aragón, G. A. Madero");
        assertThat(addresses("Mandar a calle Sur 71 núm. 38, Lorenzo Boturini, V. Carranza"))
                .contains("calle Sur 71 núm. 38, Lorenzo Boturini, V. Carranza");
    }

    @Test
    void theMesaThatOnlyNamesSomeonesRoleSaysNothingOfWhereTheAddressIs() {
        // «presidenta de la casilla» says who she is; the address after it is hers
        assertThat(addresses("Convocó: Rosa Medina, presidenta de la casilla, calle Oriente 9 núm. 310, Romero Rubio"))
                .contains("calle Oriente 9 núm. 310, Romero Rubio");
        // where the mesa was set up, or the mesa itself at the address, still marks a public place
        assertThat(addresses("La presidenta de la mesa la instaló en calle Oriente 9 núm. 310.")).isEmpty();
        assertThat(addresses("La mesa de la presidenta estaba en calle Oriente 9 núm. 310.")).isEmpty();
    }

    @Test
    void aCornerNarrowedDownByTheNumberedStallItFacesIsWhereItsKeeperIsFound() {
        assertThat(addresses("Vendo tamales en Av. Juárez esquina con Dolores, junto al puesto 8 del tianguis, desde las seis."))
                .contains("Av. Juárez esquina con Dolores, junto al puesto 8 del tianguis");
        // a named market is public: the address ends at the stall
        assertThat(addresses("Vendo tamales en Av. Juárez esquina con Dolores, frente al puesto 8 del Mercado Hidalgo."))
                .contains("Av. Juárez esquina con Dolores, frente al puesto 8");
        // where the mesa stood, by a stall or not, stays readable
        assertThat(addresses("La mesa quedó en Av. Juárez esquina con Dolores, frente al puesto 8 del tianguis.")).isEmpty();
    }

    @Test
    void theColoniaOnTheLineAfterALabelledAddressThatEndedWithAComma() {
        assertThat(addresses("Dirección: Av. Ing. Vías 5,\nColonia Emiliano Zapata, Coyoacán\nTel.: ninguno"))
                .contains("Av. Ing. Vías 5,\nColonia Emiliano Zapata, Coyoacán");
        // without «colonia»: the capitalized words that close the next line, or its clause
        assertThat(addresses("Responsable: la tesorera, calle Poniente 3 núm. 118,\nNueva Atzacoalco, G. A. Madero\nLista de pagos"))
                .contains("calle Poniente 3 núm. 118,\nNueva Atzacoalco, G. A. Madero");
        // the colonia on the next line ends where the sentence goes on
        assertThat(addresses("Con domicilio en Calle Tejocote 41, interior 2,\ncolonia Pantitlán, le hago saber que llovió."))
                .contains("Calle Tejocote 41, interior 2,\ncolonia Pantitlán")
                .allSatisfy(a -> assertThat(a).doesNotContain("hago"));
        // a name on the next line that goes on into a sentence is no colonia
        assertThat(addresses("vivo en calle Pino 12,\nJuan Pérez me dijo que sí")).allSatisfy(a -> assertThat(a).isEqualTo("calle Pino 12"));
        // no comma closed the line: the next one is a line of its own
        assertThat(addresses("Dirección: Av. Ing. Vías 5\nBarrio entero votó temprano"))
                .noneSatisfy(a -> assertThat(a).contains("Barrio"));
    }

    @Test
    void aQuestionnaireExportAsksForTheAddressAndAnswersBelow() {
        assertThat(addresses("Pregunta: Domicilio\n\nRespuesta: cjon. de las flores mz 9 lt 3, amp. el triunfo"))
                .contains("cjon. de las flores mz 9 lt 3, amp. el triunfo");
        // a heading «Dirección» over a numbered paragraph is no address
        assertThat(addresses("Dirección\n\n1. La mesa se instaló a las 8 en punto.")).isEmpty();
    }

    @Test
    void aStreetWithoutItsTypeNamedByTheHouseRightBeforeIt() {
        assertThat(addresses("El perro era de la residencia de Bosque de Olivos 215; ladró toda la mañana."))
                .contains("Bosque de Olivos 215");
        assertThat(addresses("Me pasé a la casa de mi comadre en Tejocotes 48 para comer."))
                .contains("Tejocotes 48");
        // a house that is a public place, a year or a numbered thing of the consultation is no address
        assertThat(addresses("Votamos en la Casa de la Cultura de Tlalpan 2, la de siempre.")).isEmpty();
        assertThat(addresses("La casa de campaña de Morelos 2022 cerró.")).isEmpty();
        assertThat(addresses("Fui a la casa de Sección 12 a preguntar.")).isEmpty();
        // a street without type and number with no house before it says nothing of whose it is
        assertThat(addresses("El camión se paró en Bosque de Olivos 215 por el tráfico.")).isEmpty();
    }

    @Test
    void aStreetWithoutItsTypeAndAColoniaCalledCentroAlone() {
        assertThat(addresses("Quien cuida el edificio, Ramón, en el cuarto de azotea de Regina 54, Centro, me prestó la silla."))
                .contains("Regina 54, Centro");
        // «Centro» that opens a public place's name, or a numbered thing, is no colonia
        assertThat(addresses("Regina 54, Centro de Salud")).isEmpty();
        assertThat(addresses("Voté en la Sección 5127, Centro.")).isEmpty();
    }

    @Test
    void aColoniaClosedByAWordInLowerCase() {
        assertThat(addresses("Quien firma vive en calle Allende 9, depto. 1, Tlalpan centro."))
                .contains("calle Allende 9, depto. 1, Tlalpan centro");
        assertThat(addresses("Buscarme en Av. Hidalgo 300, interior 2, Moctezuma norte, por las tardes"))
                .contains("Av. Hidalgo 300, interior 2, Moctezuma norte");
        // a word in lower case that goes on into the sentence is no part of the colonia
        assertThat(addresses("vivo en calle Allende 9, Tlalpan centro de salud enfrente"))
                .noneSatisfy(a -> assertThat(a).contains("centro"));
    }

    @Test
    void aLandmarkAfterTheNumberPointsAtTheHouseAndANamedPlaceDoesNot() {
        assertThat(addresses("Mi domicilio es calle Pino 12, atrás de la tortillería, por si acaso"))
                .contains("calle Pino 12, atrás de la tortillería");
        assertThat(addresses("Mi domicilio es calle Pino 12, junto al lavadero, por si acaso"))
                .contains("calle Pino 12, junto al lavadero");
        assertThat(addresses("Mi domicilio es calle Pino 12, frente al Mercado Hidalgo"))
                .contains("calle Pino 12").noneSatisfy(a -> assertThat(a).contains("Mercado"));
    }

    @Test
    void aLongLineWrappedInsideTheColoniasNameGoesOnToItsRest() {
        // a page as wide as a letter's wrapped the colonia's name: its rest and the alcaldía open the next line
        assertThat(addresses("Recibo de la tintorería a nombre de la clienta, con entrega a domicilio: Cerrada Ocotes 41, Santa Cruz\n"
                + "Acayucan, Azcapotzalco. Pagó en efectivo."))
                .anySatisfy(a -> assertThat(a).contains("Santa Cruz\nAcayucan"));
        assertThat(addresses("Boleta de empeño, prenda: reloj de bolsillo. Domicilio del titular: calle Amapolas 7, Barrio San\n"
                + "Lucas, Coyoacán\nVence en treinta días."))
                .anySatisfy(a -> assertThat(a).contains("Barrio San\nLucas"));
    }

    @Test
    void aShortLineEndsWhereItEndsAndAWrappedSentenceIsNoColonia() {
        // a label's line, short: the next line is another line of the form, not the colonia's rest
        assertThat(addresses("Domicilio: calle Amapolas 7, Barrio San Lucas\nGracias, buen día."))
                .noneSatisfy(a -> assertThat(a).contains("Gracias"));
        // a long line that ends with a period ended: what opens the next line is a sentence
        assertThat(addresses("Ficha del socio de la biblioteca, renovada en marzo; domicilio: calle Amapolas 7, Barrio San Lucas.\n"
                + "Martes, día de préstamo."))
                .noneSatisfy(a -> assertThat(a).contains("Martes"));
        // an address closed by its alcaldía at a long line's end, and an index's next entry below it
        assertThat(addresses("Directorio de la cooperativa escolar, proveedora de tortas: calle Fresno 12, Barrio Santa Catarina\n"
                + "Kiosco Morelos, banca del, 10:00"))
                .noneSatisfy(a -> assertThat(a).contains("Kiosco"));
    }

    @Test
    void aStreetNamedAfterATitledPersonKeepsItsTitle() {
        assertThat(detected("La señora que ayudó (Ing. Tomás Zerecero 31, Portales Sur) no quiso dejar su teléfono."))
                .containsExactly("Ing. Tomás Zerecero 31, Portales Sur");
        assertThat(detected("Yo vivo en Profr. Rafael Ramírez 8, Tepalcates.")).containsExactly("Profr. Rafael Ramírez 8, Tepalcates");
        // the title of a person before a street with its type is no part of the street
        assertThat(detected("Según la Lic. Gómez, calle Pino 23, Col. Vergel, es su casa.")).noneSatisfy(a -> assertThat(a).contains("Lic"));
    }

    @Test
    void aStallBeforeItsStreetAndNumberIsWhereItsKeeperIsFoundButALocalOfTheMesaIsNot() {
        assertThat(detected("Vendo atole en el puesto de la esquina de Cerrada Ocote 14, pueblo de San Lucas"))
                .containsExactly("Cerrada Ocote 14, pueblo de San Lucas");
        assertThat(detected("La mesa se instaló en el local de la esquina de Calle Sauce 14.")).isEmpty();
    }

    @Test
    void aLabelledAddressEndsWhereThePhoneOrTheDocumentOfTheSameLineBegins() {
        assertThat(detected("Domicilio: Retorno 12 de Cecilio Robelo 40, Jardín Balbuena · Tel. 55 5555 0101"))
                .containsExactly("Retorno 12 de Cecilio Robelo 40, Jardín Balbuena");
        assertThat(detected("Domicilio: Playa Mocambo 212, Militar Marte Cel 5555550102")).containsExactly("Playa Mocambo 212, Militar Marte");
        String line = "domicilio: av. tlahuac 5 credencial (folio ocr): 1234567890123";
        assertThat(line.substring(0, PrivateAddresses.columnEnd(line, 11, line.length()))).isEqualTo("domicilio: av. tlahuac 5");
    }

    @Test
    void theStreetOfABuildingWrittenAfterItsFlatIsPartOfTheAddress() {
        assertThat(detected("Me encuentran en el edificio 12, departamento 4, avenida Río Churubusco, de lunes a viernes."))
                .containsExactly("edificio 12, departamento 4, avenida Río Churubusco");
        // a street with its own number after a comma is another place, not the building's street
        assertThat(detected("Vivo en el edificio 12, departamento 4. La mesa estaba en la calle Olmo 3.")).noneSatisfy(
                a -> assertThat(a).contains("Olmo"));
    }

    @Test
    void anOrdinalAbbreviatedWithAPeriodEndsNoLabelledAddress() {
        assertThat(detected("Domicilio: cerrada de Pinos 4, colonia Lomas de Oriente 3a. sección; ahí me encuentran."))
                .containsExactly("cerrada de Pinos 4, colonia Lomas de Oriente 3a. sección");
        // before a capital, the ordinal's period ends the sentence as any other does
        assertThat(addresses("Domicilio: andador Olivo 8, casa 2o. Nadie me avisó de la mesa."))
                .allSatisfy(a -> assertThat(a).doesNotContain("Nadie"));
    }

    /** What the whole detector reports as addresses: the candidates {@link #addresses} lists, merged. */
    private static List<String> detected(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals("domicilio")).map(PersonalData::text).toList();
    }
}
