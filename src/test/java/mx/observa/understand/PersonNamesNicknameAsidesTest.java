package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/** A nickname set apart right after a found name, in parentheses or in quotes after a comma, is that person's too. */
class PersonNamesNicknameAsidesTest {

    private static List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    private static boolean anyContains(List<String> found, String part) {
        return found.stream().anyMatch(f -> f.contains(part));
    }

    @Test
    void aNicknameInParenthesesAfterANameIsTheirs() {
        assertThat(anyContains(personal("Repartía volantes Herminio Zárate Ocotlán (el Tlacuache) junto a la urna."), "Tlacuache")).isTrue();
    }

    @Test
    void aQuotedNicknameAfterACommaIsTheirs() {
        assertThat(anyContains(personal("Nos recibió la señora Rufina Pozos Tenorio, «la Comadrona», muy amable."), "Comadrona")).isTrue();
    }

    @Test
    void aRoleOrAPlaceInParenthesesIsNot() {
        assertThat(anyContains(personal("Firmó Herminio Zárate Ocotlán (la Presidenta no estaba)."), "Presidenta")).isFalse();
        assertThat(anyContains(personal("Votó Rufina Pozos Tenorio (la Colonia Juárez queda lejos)."), "Colonia")).isFalse();
    }

    @Test
    void aQuotedNicknameOfTwoWordsInsideParenthesesIsTheirs() {
        assertThat(anyContains(personal("Se presentó Anselmo Quiñones («el Tigre Dormido») con su gorra."), "el Tigre Dormido")).isTrue();
        assertThat(anyContains(personal("Cargó las urnas Rosendo Ixtepan (\"la Ardilla Veloz\") en su camioneta."), "la Ardilla Veloz")).isTrue();
    }

    @Test
    void aQuotedRoleInsideParenthesesIsNot() {
        assertThat(anyContains(personal("Dejó sus datos Porfiria Lecona (\"la Presidenta\") y se fue."), "Presidenta")).isFalse();
    }
}
