package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * A phrase that points at a figure by their work, their history or a famous namesake ({@code referencias_a_figura},
 * {@link NoPersonContext}) points at them as well when their trade stands in apposition between its article and the
 * name: «leía a la cronista …», «perteneció al aviador …», «no confundir con el boxeador …». A noun of someone of the
 * report in that place (a role, a relation, a title) keeps the name hidden.
 */
class FigureWithTradeTest {

    private List<String> personal(String text) {
        return Fixtures.detectedPersonalData(text).stream().map(PersonalData::text).toList();
    }

    @Test
    void aTradeBetweenTheArticleAndTheNameKeepsTheFigure() {
        // a book club's minutes, an antiques dealer's note, a gym's bulletin
        assertThat(personal("Mientras no llegaba nadie, leíamos a la cronista Genoveva Larrañaga Ibarra.")).isEmpty();
        assertThat(personal("El reloj de la entrada perteneció al aviador Teodomiro Salcedo Brambila.")).isEmpty();
        assertThat(personal("El gimnasio del barrio se llama El Campeón, y no hay que confundir con el boxeador Anacleto Burgoa Meza.")).isEmpty();
    }

    @Test
    void aPersonsNounInThatPlaceIsSomeoneOfTheReport() {
        assertThat(personal("Mientras no llegaba nadie, leíamos a la vecina Genoveva Larrañaga Ibarra."))
                .anySatisfy(p -> assertThat(p).contains("Genoveva Larrañaga"));
        assertThat(personal("No confundir con el escrutador Anacleto Burgoa Meza, que llegó tarde."))
                .anySatisfy(p -> assertThat(p).contains("Anacleto Burgoa"));
        // a bare noun of the list, then its complement: the name is someone of the report
        assertThat(personal("Durante el ciclo escolar Remedios Olvera fue la capacitadora de la colonia."))
                .anySatisfy(p -> assertThat(p).contains("Remedios Olvera"));
        // no phrase of a figure before the trade: a person the writer met
        assertThat(personal("En la fila platicamos con el boxeador Anacleto Burgoa Meza."))
                .anySatisfy(p -> assertThat(p).contains("Anacleto Burgoa"));
    }
}
