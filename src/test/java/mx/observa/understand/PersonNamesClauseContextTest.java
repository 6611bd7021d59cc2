package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A name's clause decides whether it names a person ({@link NoPersonContext}): a manner likened to a figure's («…
 * como …» ending the clause), the value of a place's label and the authors a citation label lists name no person of
 * the report; an example introduced by «, como», a name announced by «conocido como» and the people of a person's
 * label still do, and so do a name set apart after a phrase that describes a person («la señora de los dulces, …») and
 * a given name that is also a month's before another name («Abril …»).
 */
class PersonNamesClauseContextTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aMannerLikenedToAFiguresIsNoPerson() {
        assertThat(personal("El escrutador doblaba las boletas como Gregorio Sandoval Irigoyen, con una paciencia infinita.")).isEmpty();
        assertThat(personal("Mi comadre bailaba frente a la fila como Rosaura Villaseñor.")).isEmpty();
    }

    @Test
    void anExampleAfterACommaOrANamingStaysAPerson() {
        assertThat(personal("Algunos vecinos, como Gregorio Sandoval Irigoyen, llegaron desde las siete."))
                .containsExactly("Gregorio Sandoval Irigoyen");
        assertThat(personal("Repartía volantes un señor conocido como Anselmo Pradera.")).anyMatch(p -> p.contains("Anselmo Pradera"));
        assertThat(personal("Un testigo lo identificó como Rosendo Galarza Meneses.")).anyMatch(p -> p.contains("Rosendo Galarza Meneses"));
        assertThat(personal("Bailaba como Rosaura Villaseñor, la de la fonda, y nadie la detuvo."))
                .anyMatch(p -> p.contains("Rosaura Villaseñor"));
    }

    @Test
    void theValueOfAPlacesLabelIsAPlace() {
        assertThat(personal("Auditorio de la sede: Rosaura Villaseñor\nLa fila llegaba hasta la reja.")).isEmpty();
        assertThat(personal("Presidenta de la mesa: Rosaura Villaseñor\nLa fila llegaba hasta la reja."))
                .containsExactly("Rosaura Villaseñor");
    }

    @Test
    void theNamesACitationLabelListsAreAuthors() {
        assertThat(personal("Marco conceptual: Anselmo Quiroga Tejeda y Teresa Villaseñor Lugo.")).isEmpty();
        assertThat(String.join(" ", personal("Asistentes: Anselmo Quiroga Tejeda y Teresa Villaseñor Lugo.")))
                .contains("Anselmo Quiroga Tejeda").contains("Teresa Villaseñor Lugo");
    }

    @Test
    void aPersonDescribedByAComplementThenAColonGivesTheName() {
        assertThat(personal("El señor de los tamales: Anacarsio, conocido por todos, pasó a votar.")).anyMatch(p -> p.contains("Anacarsio"));
        assertThat(personal("La señora de la fonda: Eutimia Caraveo, del edificio 3, se quejó.")).anyMatch(p -> p.contains("Eutimia Caraveo"));
    }

    @Test
    void mijaBeforeAGivenNameCallsThatPerson() {
        assertThat(personal("Mija Itzamara: te dejé la comida en el horno.")).anyMatch(p -> p.contains("Itzamara"));
    }

    @Test
    void whoTheNameIsInTheReportOutweighsAFiguresPhrase() {
        assertThat(personal("La bicicleta perteneció a Evaristo Manjarrez Olguín, el vecino de la casa 4, y nadie la reclamó."))
                .anyMatch(p -> p.contains("Evaristo Manjarrez Olguín"));
        assertThat(personal("La urna de vidrio perteneció a Evaristo Manjarrez Olguín.")).isEmpty();
    }

    @Test
    void aGivenNameSetApartAfterAPhraseThatDescribesAPersonIsThatPersons() {
        assertThat(personal("Nos prestó una silla el señor de los elotes, Leandro Quiroga, que vive a la vuelta."))
                .anyMatch(p -> p.contains("Leandro Quiroga"));
        assertThat(personal("Trajeron café la de la papelería y el de las llaves, Teodoro.")).anyMatch(p -> p.contains("Teodoro"));
        assertThat(personal("Se formó primero una muchacha, Griselda Ontiveros, con su bebé.")).anyMatch(p -> p.contains("Griselda Ontiveros"));
        // a name the lists lack, after a person's noun
        assertThat(personal("Me ayudó con la lista el señor de las gorditas, Wenceslado Iturbe, que conoce a todos."))
                .anyMatch(p -> p.contains("Wenceslado Iturbe"));
    }

    @Test
    void aPlaceSetApartAfterAPhraseThatDescribesNoPersonStaysReadable() {
        assertThat(personal("La mesa quedó en la casa de la esquina, Santa Lucía, junto al mercado.")).isEmpty();
        assertThat(personal("Llegamos por la calle de atrás, Benito Juárez, a las ocho.")).isEmpty();
    }

    @Test
    void aGivenNameThatIsAlsoAMonthsOrAWeekdaysOpensANameBeforeAnotherName() {
        assertThat(personal("La escrutadora Abril Covarrubias contó dos veces las boletas.")).anyMatch(p -> p.contains("Abril Covarrubias"));
        assertThat(personal("Ayudó con la lista Abril Yaretzi Sandoval, vecina de la unidad.")).anyMatch(p -> p.contains("Abril Yaretzi Sandoval"));
        assertThat(personal("Abril de 2022 fue el mes de la capacitación; el Domingo 1 de Mayo se abrió la mesa.")).isEmpty();
    }

    @Test
    void aNamingVerbAFewWordsBeforeComoNamesAPerson() {
        assertThat(personal("Repartía volantes un muchacho, conocido en el mercado como Fulgencio Arteaga."))
                .containsExactly("Fulgencio Arteaga");
        assertThat(personal("La escrutadora contaba las boletas rapidísimo como Frida Kahlo.")).isEmpty();
    }

    @Test
    void aPronounANamingVerbAndAComplementBeforeComoAnnounceANicknameWithItsArticle() {
        assertThat(personal("Al señor del triciclo lo conocen en todo el tianguis como el Cacomixtle; ya se fue."))
                .containsExactly("el Cacomixtle");
        assertThat(personal("A las gemelas de la tienda las llaman desde niñas como las Tepalcates, y votaron juntas."))
                .containsExactly("las Tepalcates");
        assertThat(personal("A los dos señores de la entrada les decían los Tepetates, siempre andaban juntos."))
                .containsExactly("los Tepetates");
        // without its article the word after «como» is no nickname, and a clause of its own («que») is no complement
        assertThat(personal("La boleta la doblaron en la mesa como Instructivo manda.")).isEmpty();
        assertThat(personal("El acta la llenaron como les dijeron en la capacitación.")).isEmpty();
        assertThat(personal("Lo dijeron que fue como el Terremoto del 85.")).isEmpty();
    }

    @Test
    void anAnnouncedNicknameTakesThePlaceItsBearerIsFrom() {
        assertThat(personal("Apodo entre los vecinos: la Chamoya de Tacubaya")).containsExactly("la Chamoya de Tacubaya");
        assertThat(personal("Al que rompió la lona le dicen el Cuervo del Mercado Sonora; nadie lo paró."))
                .anyMatch(p -> p.startsWith("el Cuervo del Mercado"));
    }

    @Test
    void aNicknameCueThatIsAQuestionIsAnsweredByTheNextField() {
        assertThat(personal("Campo: Sobrenombre (si tiene)\n\nValor: el Tornillos\n\nHora: 10:15")).containsExactly("el Tornillos");
        assertThat(personal("Pregunta: Apodo (opcional)\n\nRespuesta: no tengo")).isEmpty();
        // a cue in running text that ends its line is no question
        assertThat(personal("Nadie sabía su apodo\nal final lo anotaron en la lista como vecino.")).isEmpty();
    }

    @Test
    void aDescribedPersonsNameInCapitalsAfterAColonInALowerCaseSentence() {
        assertThat(personal("El que cargaba la bocina en la esquina: EUSEBIO TREJO, de la colonia.")).containsExactly("EUSEBIO TREJO");
        // in a text written in capitals, capitals single nothing out; and words no list knows are no name
        assertThat(personal("EL SEÑOR QUE DIRIGÍA A LOS MICROBUSEROS: LA MESA DIRECTIVA")).isEmpty();
        assertThat(personal("La señora del puesto: CONSULTA CIUDADANA 2022")).isEmpty();
    }

    @Test
    void aNamesParticlesInLowerCaseDoNotCutIt() {
        assertThat(personal("Observadora:Ingrid van der Meulen Ortega (voluntaria), de la colonia.")).containsExactly("Ingrid van der Meulen Ortega");
        assertThat(personal("Escrutador: Wim den Hartog Salas")).containsExactly("Wim den Hartog Salas");
        // a particle outside a name joins nothing
        assertThat(personal("Pasaron los de la junta vecinal a las diez.")).isEmpty();
    }

    @Test
    void aLabelsWordAfterACopulaIsWhatTheSentenceSaysNotAField() {
        assertThat(personal("No se pueden usar en el juego porque son nombres: Cuauhtémoc y Juárez.")).isEmpty();
        assertThat(personal("Nombres: Remigio Palafox y Ataúlfo Benítez.")).containsExactly("Remigio Palafox", "Ataúlfo Benítez");
    }

    @Test
    void aSignatureWhoseAgeClosesTheLineIsAPersonButAPhraseOfYearsIsNot() {
        assertThat(personal("«Me gustó mucho votar.» — Eulogia, 9 años")).anyMatch(p -> p.contains("Eulogia"));
        assertThat(personal("La unidad cumple, 40 años de fundada, y nadie la arregla.")).isEmpty();
        assertThat(personal("— Xochimilco, 12 años")).isEmpty();
    }
}
