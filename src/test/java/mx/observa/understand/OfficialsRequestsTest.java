package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import mx.observa.model.Understanding;

/**
 * An official who asks whoever caused a problem to leave, step back or stop (config/taxonomia.yaml,
 * {@code peticion_de_retiro}) is the mesa dealing with that problem: the passage is about the problem, not about the
 * officials' conduct, whether or not it goes on to say the person obeyed (labelling criteria, «Cómo se registró o
 * atendió un problema»). Thirty-sixth session; invented sentences in registers of their own (a referee's card, a
 * neighbourhood chat, a recipe's steps), with controls where the official is judged by other words or asked nobody.
 */
class OfficialsRequestsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tarjeta amarilla: el escrutador le pidió que se alejara de la mampara a la tía que quería ayudarle.
            Paso 3: la secretaria le pidió que se retirara al muchacho de la gorra morada.
            [10:14] Lupe: la presidenta le pidió que dejara de tocar el claxon al señor de la camioneta
            Minuto 20: el presidente le pidió que saliera de la mampara al esposo de la señora.
            """)
    void askingSomeoneToLeaveIsTheProblemHandled(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(passage, "x.txt");
        assertThat(u.findings()).allSatisfy(f -> assertThat(f.evidence()).as(passage + " " + f.evidence())
                .doesNotContainKey("funcionariado"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tarjeta roja: el secretario fue grosero con una señora mayor y luego les pidió a todos que se retiraran.
            Paso 5: la presidenta llegó tarde, a las diez, y le pidió al vecino de la bocina que se fuera.
            [12:30] Lupe: el escrutador se durmió en su silla; la presidenta le pidió que se saliera a despejarse
            """)
    void anOfficialJudgedByOtherWordsKeepsTheTopic(String passage) {
        Understanding u = Fixtures.RULES_ONLY.understand(passage, "x.txt");
        assertThat(u.topics()).as(passage + " " + u.findings()).contains("funcionariado");
    }
}
