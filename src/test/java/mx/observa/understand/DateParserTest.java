package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final LocalDate MAY_1 = LocalDate.of(2022, 5, 1);
    private final DateParser parser = new DateParser(2022, DateParser.ConsultaDays.NONE, Fixtures.GAZETTEER.vocabulary().dates());

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
        assertThat(date("Fecha: 1ero. de mayo 2022")).as("«1ero.», primero spelled as heard").hasValue(MAY_1);
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
        assertThat(date("Seguimos el sistema del martes 19 al domingo 24 de abril")).hasValue(LocalDate.of(2022, 4, 19));
    }

    @Test
    void scannedForms() {
        assertThat(date("Fecha 01 / 05 / 2022")).hasValue(MAY_1);
        assertThat(date("FECHA: l° DE MAYO 2022")).as("a scan reads the 1 as an l").hasValue(MAY_1);
        assertThat(date("Jornada: 1 de rnayo de 2022")).as("a scan reads the m as rn").hasValue(MAY_1);
        assertThat(date("Fecha: 01/O5/2022")).as("a scan reads a 0 as an O").hasValue(MAY_1);
        assertThat(date("Hay 10/os 20 bultos")).as("letters alone are not a date").isEmpty();
    }

    @Test
    void aLogTimeStampWithoutYearIsInTheConsultationsYear() {
        assertThat(date("[01/05 08:31] ya en la mesa\n[01/05 08:58] abrieron")).hasValue(MAY_1);
    }

    @Test
    void theDayOfACallOrAPublicationIsWhenTheReportWasTakenDown() {
        assertThat(date("Entrevista del martes 3 de mayo de 2022.\n¿Cómo estuvo la mesa el domingo?")).hasValue(MAY_1);
        assertThat(date("Boletín de la asociación de observación · 6 de mayo de 2022\nEl 1 de mayo observamos la mesa"))
                .as("two dates as likely: the report is written after the day it tells").hasValue(MAY_1);
    }

    @Test
    void theDayOfWritingIsNotTheDayObserved() {
        assertThat(date("Fecha de elaboración: 12 de mayo de 2022\nEl 1 de mayo observamos la mesa")).hasValue(MAY_1);
        assertThat(date("Fecha del reporte: 3 de mayo\nDía observado: 1 de mayo")).hasValue(MAY_1);
        assertThat(date("Conversación exportada el 03/05/2022\n[01/05/2022 9:10] Ana: ya abrieron")).hasValue(MAY_1);
        assertThat(date("De: Red Sur <red@example.org>\nFecha: mar, 3 may 2022 a las 8:02\nAsunto: informe\n\nTodo bien"))
                .as("only the date of a mail header").isEmpty();
    }

    @Test
    void aDayToldFromTheDayOfWriting() {
        assertThat(date("Milpa Alta, 4 de mayo de 2022.\n\nEl pasado domingo estuve en la mesa de mi colonia.")).hasValue(MAY_1);
        assertThat(date("De: Ana <ana@example.org>\nFecha: lun, 2 may 2022 a las 9:15\nAsunto: reporte\n\nEl domingo abrieron tarde."))
                .hasValue(MAY_1);
        assertThat(date("Enviado: miércoles, 27 de abril de 2022\n\nAyer no pude entrar al sistema")).hasValue(LocalDate.of(2022, 4, 26));
        assertThat(date("Tlalpan, 1 de mayo de 2022.\n\nLa mesa abrió a tiempo.")).as("a place-and-date line alone is kept")
                .hasValue(MAY_1);
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

    @Test
    void aListOrRangeOfDaysOfOneMonthIsItsFirstDay() {
        assertThat(date("Días observados: lunes 25 a miércoles 27 de abril de 2022")).hasValue(LocalDate.of(2022, 4, 25));
        assertThat(date("Periodo observado: martes 26, miércoles 27 y jueves 28 de abril")).hasValue(LocalDate.of(2022, 4, 26));
        assertThat(date("MSG 1/5 10:14 - ya abrió la mesa")).as("a labelled chat stamp").hasValue(MAY_1);
    }

    @Test
    void aPublishedDateIsWhenItWasWrittenAndAQuotedMailIsNotTheDayOfWriting() {
        assertThat(date("Publicado el 3 de mayo de 2022\nEl domingo pasado observé la mesa de mi colonia")).hasValue(MAY_1);
        assertThat(date("Ayer todo bien en la mesa.\n\nEl lun, 2 may 2022 a las 9:00, Coordinación escribió:\n> ¿Cómo les fue?"))
                .as("«ayer» is not counted from the quoted message's date").isEmpty();
    }

    private static final DateParser.ConsultaDays CONSULTA = DateParser.ConsultaDays.load(Fixtures.CONFIG.resolve(DateParser.ConsultaDays.FILE));
    private final DateParser withCalendar = new DateParser(2022, CONSULTA, Fixtures.GAZETTEER.vocabulary().dates());
    private final ChannelHintDetector channels = new ChannelHintDetector();

    private Optional<LocalDate> dated(String text) {
        return withCalendar.activityOrConsultaDay(text, withCalendar.find(text), channels.detect(text));
    }

    @Test
    void theCalendarOfTheConsultaIsRead() {
        assertThat(CONSULTA.mesaDay()).isEqualTo(MAY_1);
        assertThat(CONSULTA.seiFrom()).isBefore(CONSULTA.seiTo());
    }

    @Test
    void aReportOfAMesaAtWorkWithoutADateIsOfTheJornadaDay() {
        assertThat(dated("la mesa sigue cerrada, no llega la responsable; 17:00 cierre, acta pegada en la reja")).hasValue(MAY_1);
        assertThat(dated("reporte de la mesa de tepantitlamilco que ise el domingo, faltaban papeletas")).hasValue(MAY_1);
        assertThat(dated("obs. en mro única de la ut, urna c/ sellos")).hasValue(MAY_1);
        assertThat(dated("Todo bien el día de la jornada, la urna llegó sellada")).hasValue(MAY_1);
        assertThat(dated("Tlacotal, dtto. 4. Mesa junto a la lechería.\nEl escrutador llegó tarde.")).as("a sentence opened by «Mesa»")
                .hasValue(MAY_1);
        assertThat(dated("Abrió a las 9. La escrutadora contó en voz alta y pegó el resultado.")).hasValue(MAY_1);
        assertThat(dated("CONSULTA 2022 — MESA EL TORO (Contreras)\n├─ papeletas completas, sellos sin romper"))
                .as("a heading's mesa after a dash").hasValue(MAY_1);
        assertThat(dated("Ya casi al cierre contaron las papeletas; la urna quedó vacía")).as("a mesa's urna").hasValue(MAY_1);
    }

    @Test
    void aLaterDayInAReportOfAMesaIsWhenItWasToldNotWhenItWasObserved() {
        assertThat(dated("Podcast vecinal. Grabado el lunes 2 de mayo sobre la jornada del domingo.\nLa mesa abrió a las 9:25."))
                .hasValue(MAY_1);
        assertThat(dated("Entrevista grabada en Pueblo Nuevo, el 3 de mayo de 2022, sobre la jornada del domingo.\n"
                + "T: La mesa la pusieron en la cancha.")).hasValue(MAY_1);
        assertThat(dated("Fecha: 9 de mayo de 2022\nLa mesa abrió tarde y la urna llegó sin sellos.")).hasValue(MAY_1);
        assertThat(dated("Fecha: 3 de mayo de 2022. El sistema por internet falló y el código de verificación no llegaba"))
                .as("not about a mesa").hasValue(LocalDate.of(2022, 5, 3));
        assertThat(dated("Fecha: 7 de mayo de 2023. La mesa abrió tarde y la urna llegó sin sellos."))
                .as("another year's consultation").hasValue(LocalDate.of(2023, 5, 7));
    }

    @Test
    void noDateIsInventedWithoutClearEvidence() {
        assertThat(dated("Todo transcurrió con normalidad, sin incidentes. Gracias.")).as("nothing about a mesa").isEmpty();
        assertThat(dated("Por la tarde se acabaron las papeletas y la gente esperó.")).as("papeletas but no mesa or day").isEmpty();
        assertThat(dated("Acompañé el módulo del SEI: el sistema por internet se cayó y el código de verificación no llegaba"))
                .as("the internet vote lasted several days").isEmpty();
        assertThat(dated("Hubo la mesa y también el SEI por internet, el sistema electrónico falló")).as("as much of each").isEmpty();
        assertThat(dated("Votar por internet desde mesa de la cocina: la plataforma pedía código de verificación"))
                .as("«mesa» mid-sentence is furniture").isEmpty();
        assertThat(parser.consultaDay("la mesa abrió tarde", Optional.of(ChannelHintDetector.MRO)))
                .as("no calendar, no inference").isEmpty();
    }

    @Test
    void aWrittenDateAlwaysWins() {
        assertThat(dated("Jueves 28 de abril de 2022: en el módulo la mesa de apoyo del SEI")).hasValue(LocalDate.of(2022, 4, 28));
        assertThat(dated("Fecha: 30/04/2022. La mesa abrió a las 9")).hasValue(LocalDate.of(2022, 4, 30));
        assertThat(dated("Ciudad de México, 4 de mayo de 2022.\n\nLes informo que la mesa abrió tarde."))
                .as("a letter's date after the mesa's day does not date it").hasValue(MAY_1);
    }

    @Test
    void aDateOfTellingBeforeTheSundayItTellsOf() {
        assertThat(dated("Entrevista realizada por teléfono el 3 de mayo de 2022.\n¿Dónde le tocó observar el domingo?"))
                .hasValue(MAY_1);
        assertThat(dated("Cápsula del lunes 2 de mayo.\nEl reporte de la consulta del domingo.")).hasValue(MAY_1);
        assertThat(dated("Reunión del 3 de mayo de 2022 para preparar el domingo siguiente")).as("not the consulta's day")
                .hasValue(LocalDate.of(2022, 5, 3));
    }

    @Test
    void aFormTimeStampAndAScansDay() {
        assertThat(date("2022/05/01 12:41:10 p. m. GMT-6,Iztacalco,la mesa")).hasValue(MAY_1);
        assertThat(date("Fecha: ol - mayo - 2022")).hasValue(MAY_1);
    }

    @Test
    void aSpanOfTwoWholeDatesIsTheJornadaWhenItHoldsIt() {
        assertThat(dated("Escribo de la noche del sábado 30 de abril al domingo 1 de mayo de 2022, cuando cuidé la urna de la mesa."))
                .as("a night that ends on the jornada's day").hasValue(MAY_1);
        assertThat(dated("Guardia del domingo 1 de mayo al lunes 2 de mayo: la mesa cerró y el paquete se entregó de madrugada."))
                .hasValue(MAY_1);
        assertThat(date("Revisé el sistema del jueves 21 de abril al lunes 25 de abril de 2022"))
                .as("a span without the jornada: its first day, as «del 21 al 25 de abril»").hasValue(LocalDate.of(2022, 4, 21));
    }

    @Test
    void ofTwoDatesAsLikelyTheOneTheConsultationWasHeldOn() {
        DateParser withTheCalendar = new DateParser(2022, DateParser.ConsultaDays.load(Fixtures.CONFIG.resolve(DateParser.ConsultaDays.FILE)),
                Fixtures.GAZETTEER.vocabulary().dates());
        String text = "Cuaderno de la mudanza de mi hermano (viernes 29 de abril), que usé para anotar la consulta\n"
                + "Domingo 1 de mayo de 2022: la mesa de la explanada abrió a las nueve.";
        assertThat(withTheCalendar.activityDate(text).map(DateParser.Candidate::date)).hasValue(MAY_1);
        assertThat(withTheCalendar.activityDate("Estuve en la mesa el domingo 1 de mayo; el lunes 2 de mayo de 2022 la mesa ya no estaba.")
                .map(DateParser.Candidate::date)).as("no calendar day against another: the earlier").hasValue(MAY_1);
        assertThat(withTheCalendar.activityDate("La jornada del sábado 23 de abril y la del viernes 29 de abril, en la consulta por internet")
                .map(DateParser.Candidate::date)).as("a day of the internet vote").hasValue(LocalDate.of(2022, 4, 23));
    }

    @Test
    void aSentenceAfterALettersSubjectIsTheLettersBody() {
        assertThat(date("Iztacalco, a 4 de mayo de 2022.\nAsunto: informe de la mesa del mercado.\n"
                + "Vendo flores en el mercado y el domingo 1 de mayo observé la mesa que pusieron junto a la entrada de los locatarios.\n"
                + "Que avisen el sábado quién trae la llave."))
                .as("a sentence beside «Asunto:» is no mail header").hasValue(MAY_1);
        assertThat(date("De: Ana <ana@example.org>\nFecha: mar, 3 may 2022 a las 8:02\nAsunto: informe\n\nTodo bien"))
                .as("the short date line of a header still is").isEmpty();
    }
}
