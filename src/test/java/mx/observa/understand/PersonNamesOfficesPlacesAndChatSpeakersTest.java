package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Elected offices, places and chat speakers ({@link PersonNames}, {@link NoPersonContext}): the holder of an elected
 * office named in her role is a public figure and stays readable, an office elsewhere in the sentence or a mesa's office
 * protects nobody; the uncontracted «a el» after a locution of place leads to a place's name, the personal «a» to a
 * person; in a chat's lines an aside after the speaker is a user name only when shaped like one, and a speaker may sign
 * with her flat.
 */
class PersonNamesOfficesPlacesAndChatSpeakersTest {

    private List<PersonalData> detected(String text) {
        return Fixtures.detectedPersonalData(text);
    }

    private List<String> personal(String text) {
        return detected(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void theHolderOfAnElectedOfficeInHerRoleIsAPublicFigure() {
        assertThat(personal("Entregamos el oficio al diputado local de Coyoacán, Rodrigo Salcedo, en su módulo.")).isEmpty();
        assertThat(personal("Lo dijo la consejera presidenta Lucía Montaño Ibarra en la radio.")).isEmpty();
        assertThat(personal("Mandamos copia a la jefa de Gobierno, Norma Villaseñor Ruiz.")).isEmpty();
    }

    @Test
    void anElectedOfficeElsewhereInTheSentenceOrAMesasOfficeProtectsNobody() {
        assertThat(personal("El alcalde no vino; la secretaria Rosalba Quiroz Mena abrió la mesa."))
                .containsExactly("secretaria Rosalba Quiroz Mena");
        assertThat(personal("Se quejó con el diputado y luego habló con Ramiro Gutiérrez Solís."))
                .containsExactly("Ramiro Gutiérrez Solís");
        assertThat(personal("Avisamos a la alcaldesa de la unidad, Rebeca Torres.")).as("what it governs is no proper name")
                .containsExactly("Rebeca Torres");
    }

    @Test
    void theUncontractedArticleAfterALocutionOfPlaceIsAPlacesName() {
        assertThat(personal("Instalaron la mesa junto a el Bosque de Aragón.")).isEmpty();
        assertThat(personal("La mesa quedó rumbo a el Tercer Mirador.")).isEmpty();
        assertThat(personal("Los policías se llevaron a el Tlacuache por gritar.")).as("the personal «a» still marks a person")
                .containsExactly("el Tlacuache");
    }

    @Test
    void aChatsAsideIsAUserNameOnlyWhenShapedLikeOne() {
        List<String> found = personal("[02.06.22 09:15] Rosaura Villegas (4C): ya abrieron\n"
                + "[02.06.22 09:20] Rosaura Villegas (@rosau_v): perdón\n"
                + "[02.06.22 09:25] Efrén Tapia (limpieza): ya voy");
        assertThat(found).contains("Rosaura Villegas", "@rosau_v", "Efrén Tapia").doesNotContain("4C", "limpieza");
    }

    @Test
    void aSpeakerMaySignWithHerFlat() {
        assertThat(personal("[03.06.22 11:02] Poncho B-12: ¿ya hay fila?")).containsExactly("Poncho");
    }

    @Test
    void aChatContactSavedWithHowTheOwnerCallsHerGoesWhole() {
        String chat = "[4/6/24, 9:12:40 a.m.] Tía Chuy: ya abrieron la casilla\n[4/6/24, 9:14:02 a.m.] Profe Memo: voy para allá\n";
        List<String> found = Fixtures.detectedPersonalData(chat).stream().map(PersonalData::text).toList();
        assertThat(found).contains("Tía Chuy", "Profe Memo");
    }

    @Test
    void aChatSpeakerThatIsOnlyARoleOrARoleAndACommonWordIsNoName() {
        String chat = "[4/6/24, 9:12:40 a.m.] Presidenta: abran la casilla\n[4/6/24, 9:14:02 a.m.] Secretario Técnico: listo\n";
        assertThat(Fixtures.detectedPersonalData(chat)).isEmpty();
    }
}
