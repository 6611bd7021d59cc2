package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;

/**
 * Topic rules of the forty-third round about the internet vote ({@code remota} in config/taxonomia.yaml, and
 * {@link ChannelHintDetector}). «Por internet», «en línea» and «atención telefónica» are the internet vote only when they
 * say how one votes, registers or is helped, not of a radio, a production line or where the observer works. A mesa named
 * once in a report about the internet vote is where else one could vote, not a mesa observed. Invented sentences in
 * other words than the labelled sets', each with the case the rule must not touch.
 */
class TopicInternetVoteWordsTest {

    private static SortedMap<String, List<String>> shipped(String passage) {
        return new TopicClassifier(Fixtures.RULES).classify(AnalyzedText.of(Fixtures.ANALYZER, passage)).evidence();
    }

    @Test
    void onlineSaidOfTheVoteIsTheInternetVote() {
        assertThat(shipped("Mi suegra ya había opinado por internet desde el jueves.")).containsKey("remota");
        assertThat(shipped("La votación en línea cerró el miércoles y muchos no alcanzaron.")).containsKey("remota");
        assertThat(shipped("Pedí ayuda por atención telefónica y me explicaron cómo registrarme.")).containsKey("remota");
    }

    @Test
    void onlineSaidOfSomethingElseIsNot() {
        assertThat(shipped("Soy locutora de un programa de cocina por internet y vivo en la colonia desde niña."))
                .doesNotContainKey("remota");
        assertThat(shipped("Ajuste en línea: la secretaria movió la mampara hacia la pared.")).doesNotContainKey("remota");
        assertThat(shipped("Trabajo como gerente de un centro de atención telefónica de una aerolínea.")).doesNotContainKey("remota");
    }

    private static final String ONLINE = String.join("\n\n",
            "Bitácora de mi primo: opinar por internet desde la tableta de su trabajo, paso por paso.",
            "Paso 1: el registro en la plataforma pidió la foto de la credencial y la rechazó dos veces.",
            "Paso 2: el código de verificación por SMS tardó diez minutos en llegar.",
            "Paso 3: la página marcó error al confirmar y hubo que entrar de nuevo.");

    @Test
    void aMesaNamedOnceInAReportAboutTheInternetVoteIsNoMesaObserved() {
        ChannelHintDetector channels = new ChannelHintDetector();
        assertThat(channels.internetOnly(ONLINE + "\n\nAl final nos dijeron que también se podía opinar en la mesa el domingo."))
                .isTrue();
        // the help desk of the internet vote is no mesa at all
        assertThat(channels.internetOnly("Opiné por internet y la mesa de ayuda me devolvió la llamada.")).isTrue();
        // a report about a mesa that mentions the internet vote keeps its mesa
        assertThat(channels.internetOnly(String.join("\n\n",
                "La mesa se instaló a las 9:05 junto a la iglesia, con las tres personas funcionarias.",
                "Una señora dijo que ya había intentado opinar por internet y la página no cargaba.",
                "La urna estaba sellada y la mampara contra la pared."))).isFalse();
        // … and so does a report about the internet vote that tells of a mesa as often as of the vote online
        assertThat(channels.internetOnly(ONLINE + "\n\nDespués fuimos a la mesa: la urna estaba sellada y la mampara bien puesta."))
                .isFalse();
    }
}
