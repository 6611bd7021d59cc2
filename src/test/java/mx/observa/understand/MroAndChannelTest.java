package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MroAndChannelTest {

    @Test
    void mroNormalized() {
        MroParser parser = new MroParser();
        assertThat(parser.find("UT PASEOS DE TAXQUENA II   MRO 2")).hasValue("MRO-02");
        assertThat(parser.find("Mesa Receptora de Opinión número 3")).hasValue("MRO-03");
        assertThat(parser.find("MRO-01 y MRO-02")).as("several mesas").isEmpty();
        assertThat(parser.find("la mesa abrió a las 9:00")).isEmpty();
    }

    @Test
    void channelHint() {
        ChannelHintDetector detector = new ChannelHintDetector();
        assertThat(detector.detect("Observé el SEI: la plataforma se cayó y la votación por internet se detuvo")).hasValue("sei");
        assertThat(detector.detect("La mesa se instaló tarde; faltaron boletas y la urna llegó rota")).hasValue("mro");
        assertThat(detector.detect("Todo bien.")).isEmpty();
        assertThat(detector.detect("Apoyo por internet. Mesa de ayuda: el SEI respondió rápido.")).as("an SEI help desk").hasValue("sei");
    }
}
