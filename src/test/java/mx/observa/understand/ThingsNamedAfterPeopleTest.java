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
    void theMakerOfANamedBuildingOrOfAWorkIsAFigure() {
        assertThat(names("De niña rezaba en la Parroquia de San Lucas que levantó Evaristo Carrillo, y ahí votamos.")).isEmpty();
        assertThat(names("La fila llegaba hasta el Puente de Fierro que diseñó Gumersindo Alvear.")).isEmpty();
        assertThat(names("Votamos bajo el mural que pintó Raymundo Ocotlán.")).isEmpty();
    }

    @Test
    void whatTheMesaMadeOrAPlaceWithoutItsNameIsAPersonsDoing() {
        // the mesa's things are neither a building nor a work
        assertThat(names("Votamos en el patio; la casilla que levantó Porfiria Maldonado, y luego se fue."))
                .containsExactly("Porfiria Maldonado");
        assertThat(names("El acta que escribió Anselmo Quiroga, y nadie la leyó.")).containsExactly("Anselmo Quiroga");
        // a school in lower case is a school nearby, whose founder may be a neighbour
        assertThat(names("Fuimos a la escuela que fundó Evaristo Carrillo, y ahí votamos.")).containsExactly("Evaristo Carrillo");
        // the clause goes on: the name is who did something there
        assertThat(names("En la Parroquia de San Lucas que levantó Evaristo Carrillo repartieron despensas."))
                .containsExactly("Evaristo Carrillo");
    }

    @Test
    void aLabelNamingAnAnimalThenItsNameIsTheAnimals() {
        assertThat(names("Gato que durmió en la urna: se llama Michifuz, es de la escuela")).isEmpty();
        assertThat(names("Señora que se desmayó: se llama Herminia Oropeza")).containsExactly("Herminia Oropeza");
    }
}
