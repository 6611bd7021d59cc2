package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A name coordinated after another by «y a …», «y de …» shares the phrase that governs the first ({@link
 * NoPersonContext}): «admiro a …, que …, y a la nadadora …» admires both, «leía a … y a …» reads both. A person's noun
 * or a possessive on the second («y a mi tía …», «y a la vecina …»), or who they are after it, makes it someone of the
 * report; and a first that is a person leaves the second a person.
 */
class CoordinatedFiguresTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void theSecondOfAPairSharesTheFirstsFigurePhrase() {
        // a sports club's newsletter: two athletes admired, an aside between them
        assertThat(personal("De niño admiraba a Rodolfo Neri Vela, que salió en todos los periódicos, y a la clavadista Paola Espinosa.")).isEmpty();
        // a reading club's minutes: two authors read, no aside
        assertThat(personal("En el taller leímos a Elena Garro y a Inés Arredondo durante la espera.")).isEmpty();
        // a music teacher's note: works of two composers
        assertThat(personal("Ensayamos las obras de Silvestre Revueltas y de Blas Galindo antes de votar.")).isEmpty();
    }

    @Test
    void aSecondWithItsOwnPersonNounOrAnchorIsAPerson() {
        // a possessive and a kin, a neighbour's noun, who the person is right after the name
        assertThat(personal("Admiro a Rodolfo Neri Vela y a mi tía Eustolia Ramírez, que me crió."))
                .anySatisfy(p -> assertThat(p).contains("Eustolia Ramírez"));
        assertThat(personal("Leíamos a Elena Garro y a la vecina Remedios Olvera en el patio."))
                .anySatisfy(p -> assertThat(p).contains("Remedios Olvera"));
        assertThat(personal("Admiramos a Paola Espinosa y a Remedios Olvera, la presidenta de la mesa."))
                .anySatisfy(p -> assertThat(p).contains("Remedios Olvera"));
    }

    @Test
    void aPairWhoseFirstIsAPersonStaysPeople() {
        // nothing governs the first as a figure: both are people of the report
        assertThat(personal("Saludé a Eustolia Ramírez y a Remedios Olvera antes de abrir la casilla."))
                .anySatisfy(p -> assertThat(p).contains("Eustolia Ramírez"))
                .anySatisfy(p -> assertThat(p).contains("Remedios Olvera"));
        // a figure phrase in another sentence governs nothing here
        assertThat(personal("Admiro a Paola Espinosa. Después llegaron a votar Eustolia Ramírez y a Remedios Olvera la acompañó."))
                .anySatisfy(p -> assertThat(p).contains("Eustolia Ramírez"));
    }
}
