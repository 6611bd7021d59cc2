package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final LocalDate MAY_1 = LocalDate.of(2022, 5, 1);
    private final DateParser parser = new DateParser(2022);

    private Optional<LocalDate> date(String text) {
        return parser.activityDate(text).map(DateParser.Candidate::date);
    }

    @Test
    void spanishForms() {
        assertThat(date("1 de mayo de 2022")).hasValue(MAY_1);
        assertThat(date("Fecha: 01/05/2022")).hasValue(MAY_1);
        assertThat(date("el domingo primero de mayo")).hasValue(MAY_1);
        assertThat(date("1° DE MAYO DE 2022")).hasValue(MAY_1);
        assertThat(date("1ro de mayo 2022")).hasValue(MAY_1);
        assertThat(date("Día: 1o. de mayo")).hasValue(MAY_1);
        assertThat(date("Fecha: 1-may-2022")).hasValue(MAY_1);
        assertThat(date("Fecha: 1/mayo/2022")).hasValue(MAY_1);
        assertThat(date("Fecha: 1/5/22")).hasValue(MAY_1);
        assertThat(date("Fecha: 01.05.2022")).hasValue(MAY_1);
        assertThat(date("Fecha de la observación\t2022-05-01")).hasValue(MAY_1);
        assertThat(date("1/V/2022")).hasValue(MAY_1);
        assertThat(date("va mi reporte del domingo 1°.")).as("the only Sunday the 1st of 2022").hasValue(MAY_1);
    }

    @Test
    void aPeriodGivesItsFirstDay() {
        assertThat(date("Observé del 25 al 28 de abril de 2022 el SEI")).hasValue(LocalDate.of(2022, 4, 25));
    }

    @Test
    void theActivityNotTheLetterOrTheMail() {
        assertThat(date("Ciudad de México, a 4 de mayo de 2022\n\nDurante la jornada del domingo 1 de mayo de 2022 observé"))
                .hasValue(MAY_1);
        assertThat(date("Enviado: sábado, 30 de abril de 2022\n\nObservé el 26 de abril de 2022 la votación por internet"))
                .hasValue(LocalDate.of(2022, 4, 26));
        assertThat(date("Ciudad de México, a 4 de mayo de 2022\n\nTodo bien.")).as("only the letter's date").isEmpty();
    }

    @Test
    void notDates() {
        assertThat(date("Unidad Territorial 1o de Mayo")).isEmpty();
        assertThat(date("a las 9:05 llegaron 40 personas")).isEmpty();
        assertThat(date("el 1 de mayo 15 personas")).hasValue(MAY_1);
        assertThat(date("el 31 de abril")).isEmpty();
    }
}
