package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;

/**
 * Things a query describes instead of naming them ({@code descripciones} of busqueda.yaml): a kind of thing with, a
 * few words away, what marks its use. Sentences written for this test, not taken from the judged queries.
 */
class DescriptionsTest {

    private final QueryReader reader = QueryReader.load(ObservaConfig.load(Path.of(".")), Fixtures.ANALYZER);

    @Test
    void aThingDescribedByItsUseIsAlsoSearchedByItsName() {
        assertThat(reader.describedThings("no alcanzaron los papelitos para opinar en la tarde")).containsExactly("boletas");
        assertThat(reader.describedThings("¿el bote en que metían los votos estaba roto?")).containsExactly("urna");
        assertThat(reader.describedThings("anotaron mal las cifras en la hoja del cierre")).containsExactly("acta");
        assertThat(reader.describedThings("¿dónde pegaron el cartel con el proyecto que ganó?")).containsExactly("resultados");
    }

    @Test
    void wherePeopleVoteIsTheMesaAndWhatCanBeErasedThePencil() {
        assertThat(reader.describedThings("vecinos que ya no hallaron el sitio para opinar")).containsExactly("mesa");
        assertThat(reader.describedThings("escribieron las cifras con algo que se borra")).containsExactly("lapiz");
        // what is put in is not the action: the box where the votes go is the urna only
        assertThat(reader.describedThings("la cajita donde iban los votos")).containsExactly("urna");
        assertThat(reader.describedThings("algo se rompió en el lugar de la fiesta")).isEmpty();
    }

    @Test
    void whatTheMesaNeedsToOpenIsThePackageAndTheBoxOfTheVotesStaysTheUrna() {
        assertThat(reader.describedThings("¿cuándo llegó la bolsa con los materiales de la mesa?")).containsExactly("paquete");
        assertThat(reader.describedThings("les entregaron la caja con lo necesario ya tarde")).containsExactly("paquete");
        // a box of votes is the urna, not the package; a box of sodas is neither
        assertThat(reader.describedThings("abrieron la caja de los votos antes de tiempo")).containsExactly("urna");
        assertThat(reader.describedThings("trajeron cajas de refrescos para los funcionarios")).isEmpty();
    }

    @Test
    void stallsPutUpInTheStreetEveryWeekAreTheTianguis() {
        assertThat(reader.describedThings("la gente se entretenía en los puestos de los sábados")).containsExactly("tianguis");
        assertThat(reader.describedThings("los puestitos que se ponen cada semana frente al parque")).containsExactly("tianguis");
        assertThat(reader.describedThings("había puestos callejeros en toda la banqueta")).containsExactly("tianguis");
        // a stall alone, or a post taken on the day of the consultation (a Sunday), is no market
        assertThat(reader.describedThings("el puesto de periódicos de la esquina tapaba la mesa")).isEmpty();
        assertThat(reader.describedThings("el secretario llegó a su puesto el domingo a las ocho")).isEmpty();
    }

    @Test
    void theLanguageNamedByWhoSpokeItBeforeIsNahuatl() {
        assertThat(reader.describedThings("una funcionaria les explicó en el idioma de sus ancestros")).containsExactly("nahuatl");
        assertThat(reader.describedThings("le tradujeron a la lengua de los mexicas")).containsExactly("nahuatl");
        // the language of signs is not it
        assertThat(reader.describedThings("un muchacho les habló en lengua de señas a los abuelos")).isEmpty();
    }

    @Test
    void theMarkMayComeBeforeTheThing() {
        assertThat(reader.describedThings("los votos se echaban en una caja de cartón sin tapa")).containsExactly("urna");
    }

    @Test
    void aThingWithoutItsMarkOrTooFarFromItIsNoDescription() {
        // «hoja» is also a page of the listado; «caja» a box of anything
        assertThat(reader.describedThings("buscaban los nombres en el listado hoja por hoja")).isEmpty();
        assertThat(reader.describedThings("dejaron una caja de refrescos junto a la entrada")).isEmpty();
        // (the caja is too far from «votar» to be the urna; «donde la gente iba a votar» is the mesa)
        assertThat(reader.describedThings("la caja estaba en la esquina del patio y muy lejos de donde la gente iba a votar"))
                .containsExactly("mesa");
        // the official name itself is no description of it: «papeletas» is not «papel»
        assertThat(reader.describedThings("diferencias en las papeletas anotadas al cierre")).isEmpty();
    }

    @Test
    void aDescriptionNeedsItsNameThingAndMark() {
        assertThatThrownBy(() -> new Descriptions(List.of(new Descriptions.Spec("urna", List.of("caja"), List.of())),
                Fixtures.ANALYZER)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("marca");
    }
}
