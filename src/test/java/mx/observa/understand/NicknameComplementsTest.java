package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

class NicknameComplementsTest {

    private static final Predicate<String> FUNCTION_WORDS = Set.of("mismo", "misma", "otro", "otra", "siempre", "mi", "su")::contains;
    private static final Predicate<String> NAMES_OR_PLACES = Set.of("Cuauhtémoc", "Benito", "Mónica")::contains;

    /** What the span {@code name}, found at its first occurrence in {@code text}, becomes. */
    private static String extended(String text, String name) {
        int start = text.indexOf(name);
        return text.substring(start, NicknameComplements.end(text, start, start + name.length(), FUNCTION_WORDS, NAMES_OR_PLACES));
    }

    @Test
    void theComplementThatTellsAPersonCalledByOneWordApartGoesWithIt() {
        // the article in the span or right before it, a lower-case noun after «de», «de la(s)», «del»
        assertThat(extended("Las llaves se las dio a la Chata de los tamales, que cerró el local.", "la Chata"))
                .isEqualTo("la Chata de los tamales");
        assertThat(extended("Me avisó la Maribel de la papelería que ya no hay boletas.", "Maribel"))
                .isEqualTo("Maribel de la papelería");
        assertThat(extended("El Flaco del taller trajo la mesa plegable.", "Flaco")).isEqualTo("Flaco del taller");
        // one capitalized word for where the person is from, no other capitalized word after it
        assertThat(extended("Vino el Tuerto de Xalpa a preguntar por la casilla.", "el Tuerto")).isEqualTo("el Tuerto de Xalpa");
        assertThat(extended("La señal la dio la Pecas del Mercado.", "Pecas")).isEqualTo("Pecas del Mercado");
    }

    @Test
    void aNameOfTwoWordsAPlaceOfTwoWordsAKnownPlaceOrAFunctionWordStayReadable() {
        // without an article the word may be a full name's start and «de» where the person is
        assertThat(extended("Entregó las actas Rosendo de la colonia vecina.", "Rosendo")).isEqualTo("Rosendo");
        // a full name with its article: where she lives, not what she is called
        assertThat(extended("Llegó la Sra. Aurelia Tovar de la colonia Obrera.", "Aurelia Tovar")).isEqualTo("Aurelia Tovar");
        // a place of two capitalized words may be a decoy's name («Benito Juárez»), a known place or name too
        assertThat(extended("Vino la Güera de Benito Juárez con sus hijos.", "la Güera")).isEqualTo("la Güera");
        assertThat(extended("Vino la Güera de Cuauhtémoc con sus hijos.", "la Güera")).isEqualTo("la Güera");
        assertThat(extended("Saludé a la Chata de Mónica en la fila.", "la Chata")).isEqualTo("la Chata");
        // a function word, a number, a comma or a line break
        assertThat(extended("Volvió el Chino del otro lado.", "Chino")).isEqualTo("Chino");
        assertThat(extended("Volvió el Chino de 30 años.", "Chino")).isEqualTo("Chino");
        assertThat(extended("Volvió el Chino, de la tienda.", "Chino")).isEqualTo("Chino");
        assertThat(extended("Volvió el Chino de\nla tienda.", "Chino")).isEqualTo("Chino");
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
