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
    void aSignatureWhoseAgeClosesTheLineIsAPersonButAPhraseOfYearsIsNot() {
        assertThat(personal("«Me gustó mucho votar.» — Eulogia, 9 años")).anyMatch(p -> p.contains("Eulogia"));
        assertThat(personal("La unidad cumple, 40 años de fundada, y nadie la arregla.")).isEmpty();
        assertThat(personal("— Xochimilco, 12 años")).isEmpty();
    }
}
