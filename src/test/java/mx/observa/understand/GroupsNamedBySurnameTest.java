package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A group's word written with a capital inside a sentence before a surname names a band, a firm or a school
 * ({@code grupos_por_apellido}, {@link NoPersonContext}); in lower case it is a family, and given names after it are
 * people's.
 */
class GroupsNamedBySurnameTest {

    private static List<String> names(String text) {
        return Fixtures.detectedPersonalData(text).stream().filter(p -> p.kind().equals(PersonalDataDetector.NOMBRE))
                .map(PersonalData::text).toList();
    }

    @Test
    void aCapitalizedGroupWordBeforeASurnameNamesABandOrAFirm() {
        assertThat(names("Mi tío tocó el violín con un alumno de los Hermanos Zavaleta en Papantla.")).isEmpty();
        assertThat(names("Las lonas las rentamos con Hnos. Villaseñor Olguín, en la avenida.")).isEmpty();
    }

    @Test
    void aFamilyInLowerCaseOrGivenNamesAfterTheWordArePeople() {
        assertThat(String.join(" | ", names("Nos ayudaron los hermanos Zavaleta Ortuño a cargar las mamparas.")))
                .contains("Zavaleta");
        assertThat(String.join(" | ", names("Llegaron las Hermanas Lucía Ortuño y Remigia Ortuño con las tortas.")))
                .contains("Lucía Ortuño");
    }
}
