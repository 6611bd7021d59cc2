package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class NicknameComplementsTest {

    private final NicknameComplements complements = new NicknameComplements(Fixtures.PRIVACY,
            new PlaceGuard(Fixtures.PRIVACY, Fixtures.GAZETTEER));

    /** What the span {@code name}, found at its first occurrence in {@code text}, becomes. */
    private String extended(String text, String name) {
        int start = text.indexOf(name);
        return text.substring(start, complements.end(text, start, start + name.length()));
    }

    @Test
    void wherePeopleSayTheBearerIsFromGoesWithAOneWordNickname() {
        // one capitalized word no other follows, the article in the span or right before it
        assertThat(extended("Vino el Tuerto de Zacanguillo a preguntar por la casilla.", "el Tuerto")).isEqualTo("el Tuerto de Zacanguillo");
        assertThat(extended("La señal la dio la Pecas del Tianguis, y se fue.", "Pecas")).isEqualTo("Pecas del Tianguis");
    }

    @Test
    void aLowerCaseComplementGoesWithItOnlyWhereTheTextSaysThatIsWhatPeopleCallTheBearer() {
        assertThat(extended("Las llaves las tenía una señora a la que le dicen la Chata de los tamales.", "la Chata"))
                .isEqualTo("la Chata de los tamales");
        assertThat(extended("Al señor lo conocen como el Flaco del taller.", "Flaco")).isEqualTo("Flaco del taller");
        // elsewhere it describes where the person works or stands, as an office would
        assertThat(extended("Me avisó la Maribel de la papelería que ya no hay boletas.", "Maribel")).isEqualTo("Maribel");
        assertThat(extended("Cargaron la urna Julio y el Flaco del taller.", "el Flaco")).isEqualTo("el Flaco");
    }

    @Test
    void aNameOfTwoWordsAPlaceOfTwoWordsAKnownPlaceOrNameAFunctionWordOrATitleStayReadable() {
        // without an article the word may be a full name's start and «de» where the person is
        assertThat(extended("Entregó las actas Rosendo de Zacanguillo.", "Rosendo")).isEqualTo("Rosendo");
        // a full name with its article: where she lives, not what she is called
        assertThat(extended("Llegó la Sra. Aurelia Tovar de Zacanguillo.", "Aurelia Tovar")).isEqualTo("Aurelia Tovar");
        // a place of two capitalized words may be a decoy's name («Benito Juárez»), a known place or name too
        assertThat(extended("Vino la Pecosa de Benito Juárez con sus hijos.", "la Pecosa")).isEqualTo("la Pecosa");
        assertThat(extended("Vino la Pecosa de Iztapalapa con sus hijos.", "la Pecosa")).isEqualTo("la Pecosa");
        assertThat(extended("Saludé a la Chata de Mónica en la fila.", "la Chata")).isEqualTo("la Chata");
        // a function word, a title, a number, a comma or a line break
        assertThat(extended("Le dicen el Chino del otro lado.", "Chino")).isEqualTo("Chino");
        assertThat(extended("Le dicen el Nene de doña Chonita.", "el Nene")).isEqualTo("el Nene");
        assertThat(extended("Le dicen el Chino de 30 años.", "Chino")).isEqualTo("Chino");
        assertThat(extended("Le dicen el Chino, de la tienda.", "Chino")).isEqualTo("Chino");
        assertThat(extended("Le dicen el Chino de\nla tienda.", "Chino")).isEqualTo("Chino");
    }

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    @Test
    void theDetectorHidesANicknameWithItsComplementWhereverItFindsIt() {
        String text = "Los volantes los repartía una señora a la que le dicen la Chaparra de las gorditas, según los vecinos.";
        List<String> found = detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text),
                KnownPersonalData.NONE).stream().map(PersonalData::text).toList();
        assertThat(found).anySatisfy(t -> assertThat(t).endsWith("Chaparra de las gorditas"));
    }
}
