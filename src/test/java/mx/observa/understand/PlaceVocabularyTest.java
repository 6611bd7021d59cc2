package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words of places are the file's, not the code's: what a person adds to vocabulario.yaml is read. */
class PlaceVocabularyTest {

    private static final Path SHIPPED = Fixtures.CONFIG.resolve("geografia");

    @Test
    void theShippedFileHoldsEveryList() {
        PlaceVocabulary v = Fixtures.GAZETTEER.vocabulary();
        assertThat(v.namedThings()).contains("calle", "escuela", "jardin", "esq.");
        assertThat(v.partWords()).as("«no» quoted, not read as YAML's false").contains("seccion", "no").doesNotContain("false");
        assertThat(v.streets()).contains("calzada", "av.", "ermita");
        assertThat(v.abbreviations()).containsEntry("gral", "general").containsEntry("ma", "maria");
    }

    @Test
    void aWordAddedToTheFileMakesANameThatOfAThing(@TempDir Path dir) throws IOException {
        String report = "La mesa del quiosco de la explanada, frente a la biblioteca Tlatilco, abrió a las 9.";
        assertThat(capitalizedNames(Fixtures.GAZETTEER, report)).as("shipped: a library is not in the list").isNotEmpty();
        Gazetteer edited = copyWith(dir, "cosas_con_nombre_de_lugar:\n  - biblioteca\n");
        assertThat(capitalizedNames(edited, report)).as("«biblioteca» added: the library's name").isEmpty();
    }

    @Test
    void aStreetWordAddedToTheFileMakesTheAlcaldiaAStreetsName(@TempDir Path dir) throws IOException {
        String report = "La mesa quedó sobre Periférico Tláhuac, frente a la gasolinera.";
        assertThat(new AlcaldiaFinder(Fixtures.GAZETTEER).find(report)).as("shipped").isNotEmpty();
        Gazetteer edited = copyWith(dir, "vias:\n  - periférico\n");
        assertThat(new AlcaldiaFinder(edited).find(report)).as("«periférico» added").isEmpty();
    }

    @Test
    void anAbbreviationAddedToTheFileIsReadInFull(@TempDir Path dir) throws IOException {
        Gazetteer edited = copyWith(dir, "abreviaturas:\n  pdro: pedro\n");
        assertThat(ut(Fixtures.GAZETTEER, "colonia General Pdro María Anaya")).as("shipped").isEmpty();
        assertThat(ut(edited, "colonia General Pdro María Anaya")).as("«pdro» added").hasValue("14-015");
    }

    @Test
    void aListLeftOutStopsLoadingWithTheFileAndTheList(@TempDir Path dir) throws IOException {
        Files.copy(SHIPPED.resolve(Gazetteer.ALCALDIAS_FILE), dir.resolve(Gazetteer.ALCALDIAS_FILE));
        Files.writeString(dir.resolve(PlaceVocabulary.FILE), "cosas_con_nombre_de_lugar: [calle]\npartes_de_un_nombre: [zona]\n");
        assertThatThrownBy(() -> Gazetteer.load(dir)).hasMessageContaining(PlaceVocabulary.FILE).hasMessageContaining("vias");
    }

    @Test
    void aCueAddedToTheFileIntroducesAUtsName(@TempDir Path dir) throws IOException {
        String report = "Nos tocó el fraccionamiento Jardines Ceylán; abrieron puntuales.";
        assertThat(ut(Fixtures.GAZETTEER, report)).as("shipped: «fraccionamiento» is no cue").isEmpty();
        Gazetteer edited = copyWithin(dir, "  otras:\n", "    - fraccionamiento\n");
        assertThat(ut(edited, report)).hasValue("02-039");
    }

    @Test
    void anArrivalPhraseAddedToTheFileTellsWhereTheObserverIs(@TempDir Path dir) throws IOException {
        String chat = "ya ando en Reforma Iztaccíhuatl Sur, todo tranquilo";
        assertThat(new UtFinder(Fixtures.GAZETTEER).find(chat)).as("shipped: «ando en» is not listed").isEmpty();
        Gazetteer edited = copyWithin(dir, "llegadas:\n", "  - ando en\n");
        assertThat(new UtFinder(edited).find(chat)).singleElement()
                .satisfies(m -> assertThat(m.candidates()).extracting(Gazetteer.UnidadTerritorial::clave).contains("06-028"));
    }

    @Test
    void aSpellingOfDistritoAddedToTheFileIsRead(@TempDir Path dir) throws IOException {
        String header = "Reporte de la mesa — dsitrito 14, Tlalpan";
        assertThat(new DistritoParser(Fixtures.GAZETTEER.vocabulary()).find(header)).as("shipped").isEmpty();
        Gazetteer edited = copyWithin(dir, "  palabras:\n", "    - dsitrito\n");
        assertThat(DistritoParser.choose(new DistritoParser(edited.vocabulary()).find(header))).map(Mention::value).hasValue(14);
        assertThat(DistritoParser.choose(new DistritoParser(edited.vocabulary()).find("quedó en el décimo dsitrito")))
                .as("an ordinal before the added word").map(Mention::value).hasValue(10);
    }

    @Test
    void aMonthAddedToTheFileDatesTheReport(@TempDir Path dir) throws IOException {
        String note = "Jornada del 1 de myo, mesa de la escuela";
        assertThat(dates(Fixtures.GAZETTEER).activityDate(note)).as("shipped").isEmpty();
        Gazetteer edited = copyWithin(dir, "  meses:\n", "    myo: 5\n");
        assertThat(dates(edited).activityDate(note).map(DateParser.Candidate::date)).hasValue(java.time.LocalDate.of(2022, 5, 1));
    }

    @Test
    void aDayBeforeAddedToTheFileIsCountedBackFromTheDayOfWriting(@TempDir Path dir) throws IOException {
        String letter = "Coyoacán, a 3 de mayo de 2022.\nTrasantier estuve en la mesa y todo bien.";
        assertThat(dates(Fixtures.GAZETTEER).activityDate(letter).map(DateParser.Candidate::date)).as("shipped: the letter's day")
                .hasValue(java.time.LocalDate.of(2022, 5, 3));
        Gazetteer edited = copyWithin(dir, "  dias_antes:\n", "    trasantier: 3\n");
        assertThat(dates(edited).activityDate(letter).map(DateParser.Candidate::date)).hasValue(java.time.LocalDate.of(2022, 4, 30));
    }

    @Test
    void aPlaceWordAddedToTheFileMakesWhatLooksLikeADateAPlacesName(@TempDir Path dir) throws IOException {
        String note = "La mesa quedó en la privada 5 de Febrero, junto a la tienda.";
        assertThat(dates(Fixtures.GAZETTEER).find(note)).as("shipped: «privada» is no place word before a date")
                .extracting(DateParser.Candidate::date).contains(java.time.LocalDate.of(2022, 2, 5));
        Gazetteer edited = copyWithin(dir, "  lugares_antes:\n", "    - privada\n");
        assertThat(dates(edited).find(note)).as("«privada» added: a street's name").isEmpty();
    }

    @Test
    void aLetterPlaceAddedToTheFileMakesItsDateTheDayOfWriting(@TempDir Path dir) throws IOException {
        String letter = "Capital, a 2 de mayo de 2022. Les escribo lo que vi.";
        assertThat(dates(Fixtures.GAZETTEER).find(letter)).as("shipped").singleElement()
                .satisfies(c -> assertThat(c.score()).isGreaterThan(-4));
        Gazetteer edited = copyWithin(dir, "  lugares_de_una_carta:\n", "    - capital\n");
        assertThat(dates(edited).find(letter)).as("«capital» added: the day the letter was written").singleElement()
                .satisfies(c -> assertThat(c.score()).isLessThanOrEqualTo(-4));
    }

    @Test
    void aWordForAHousingUnitAddedToTheFileIntroducesItsName(@TempDir Path dir) throws IOException {
        String report = "Observé en el conjunto Jardines Ceylán; abrieron puntuales.";
        assertThat(ut(Fixtures.GAZETTEER, report)).as("shipped: «conjunto» is not listed").isEmpty();
        Gazetteer edited = copyWithin(dir, "unidades_por_su_nombre:\n", "  - conjunto\n");
        assertThat(ut(edited, report)).hasValue("02-039");
    }

    @Test
    void aDateTableLeftOutStopsLoadingWithTheFileAndTheTable(@TempDir Path dir) throws IOException {
        for (String file : List.of(Gazetteer.ALCALDIAS_FILE, Gazetteer.UT_FILE)) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file));
        }
        String shipped = Files.readString(SHIPPED.resolve(PlaceVocabulary.FILE));
        Files.writeString(dir.resolve(PlaceVocabulary.FILE), shipped.replace("\nfechas:\n", "\nfechas_no:\n"));
        assertThatThrownBy(() -> Gazetteer.load(dir)).hasMessageContaining(PlaceVocabulary.FILE).hasMessageContaining("fechas");
    }

    private static DateParser dates(Gazetteer g) {
        return new DateParser(2022, DateParser.ConsultaDays.NONE, g.vocabulary().dates());
    }

    /** The shipped gazetteer with {@code lines} inserted right after the first line {@code after} of the shipped file. */
    private static Gazetteer copyWithin(Path dir, String after, String lines) throws IOException {
        for (String file : List.of(Gazetteer.ALCALDIAS_FILE, Gazetteer.UT_FILE)) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file));
        }
        String shipped = Files.readString(SHIPPED.resolve(PlaceVocabulary.FILE));
        int at = shipped.indexOf("\n" + after) + after.length() + 1;
        assertThat(at).as(after).isGreaterThan(after.length());
        Files.writeString(dir.resolve(PlaceVocabulary.FILE), shipped.substring(0, at) + lines + shipped.substring(at));
        return Gazetteer.load(dir);
    }

    private static List<UtFinder.UtMention> capitalizedNames(Gazetteer g, String text) {
        return new UtFinder(g).capitalizedNames(text);
    }

    private static Optional<String> ut(Gazetteer g, String text) {
        return UtFinder.choose(new UtFinder(g).find(text), null, null).map(Gazetteer.UnidadTerritorial::clave);
    }

    /** The shipped gazetteer with {@code extra} YAML lines appended to the lists of the same name. */
    private static Gazetteer copyWith(Path dir, String extra) throws IOException {
        for (String file : List.of(Gazetteer.ALCALDIAS_FILE, Gazetteer.UT_FILE)) {
            Files.copy(SHIPPED.resolve(file), dir.resolve(file));
        }
        String key = extra.substring(0, extra.indexOf(':') + 1);
        String shipped = Files.readString(SHIPPED.resolve(PlaceVocabulary.FILE));
        int at = shipped.indexOf("\n" + key + "\n") + key.length() + 2;
        Files.writeString(dir.resolve(PlaceVocabulary.FILE), shipped.substring(0, at) + extra.substring(key.length() + 1) + shipped.substring(at));
        return Gazetteer.load(dir);
    }
}
