package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Places and things named after someone ({@link ThingsNamedAfterPeople}): a name that closes a complement headed by a
 * place's noun and its kind, or by a thing people name, is the place's or the thing's; a person who does something
 * there, or whom the complement belongs to, keeps the name redacted.
 */
class ThingsNamedAfterPeopleTest {

    private List<String> names(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.NOMBRE))
                .map(PersonalData::text).toList();
    }

    @Test
    void aPlaceWithItsKindInLowerCaseThenANameIsThePlace() {
        assertThat(names("La mesa se puso a la entrada del gimnasio de halterofilia Soraya Jiménez.")).isEmpty();
        assertThat(names("Nos formamos junto a la clínica de especialidades Gonzalo Castañeda, bajo la lona.")).isEmpty();
    }

    @Test
    void aThingPeopleNameThenANameIsTheThing() {
        assertThat(names("Los votantes cruzaron el canal en la lancha Rosita Alvírez y llegaron mojados.")).isEmpty();
    }

    @Test
    void whoActsThereOrOwnsTheThingIsAPerson() {
        // the name does not close its clause: what follows is what the person did
        assertThat(names("En el puesto de tamales Leocadio Ferrer repartía volantes del partido.")).containsExactly("Leocadio Ferrer");
        // no preposition: the name is the subject said after its verb
        assertThat(names("Manejaba el camión Leocadio Ferrer.")).containsExactly("Leocadio Ferrer");
        // the complement says whose it is
        assertThat(names("Nos sentamos en el puesto de doña Eufrosina Ledesma.")).isNotEmpty();
        // a person's noun right after the name
        assertThat(names("Nos recibió en el módulo de registro Leocadio Ferrer, el capacitador.")).containsExactly("Leocadio Ferrer");
    }

    @Test
    void whatAPlaceIsNamedAfterIsNoPersonButAKinIs() {
        assertThat(names("El andador lleva el nombre de Don Gabino Barreda desde hace años.")).isEmpty();
        assertThat(names("La niña lleva el nombre de su abuela Celerina Tapia.")).containsExactly("Celerina Tapia");
    }

    @Test
    void aLabelNamingAnAnimalThenItsNameIsTheAnimals() {
        assertThat(names("Gato que durmió en la urna: se llama Michifuz, es de la escuela")).isEmpty();
        assertThat(names("Señora que se desmayó: se llama Herminia Oropeza")).containsExactly("Herminia Oropeza");
    }
}
