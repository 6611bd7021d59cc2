package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The check that a sentence ended in the folded context before a run of capitalized words ({@link PlaceGuard}): its
 * shortcut settles a context without the pattern only where nothing but quotes and spaces could follow the last mark,
 * and answers as the pattern does everywhere else.
 */
class PlaceGuardSentenceEndTest {

    @Test
    void aSentenceEndedByAWordANumberOrAShortWordBeforeTheRun() {
        assertThat(PlaceGuard.sentenceEnds("el toldo quedo frente al kiosco. ")).isTrue();
        assertThat(PlaceGuard.sentenceEnds("la fila llegaba hasta el poste 31. ")).isTrue();
        assertThat(PlaceGuard.sentenceEnds("nadie mas se formo hoy. ")).isTrue();
        assertThat(PlaceGuard.sentenceEnds("el cartel decia «prohibido»! ")).isTrue();
        assertThat(PlaceGuard.sentenceEnds("¿quien cerro la reja? \"")).isTrue();
        assertThat(PlaceGuard.sentenceEnds("se acabaron las boletas.\n")).isTrue();
    }

    @Test
    void noSentenceEndsWhereTheMarkIsFollowedByWordsOrIsAnAbbreviation() {
        assertThat(PlaceGuard.sentenceEnds("sin ningun signo antes del nombre ")).isFalse();
        assertThat(PlaceGuard.sentenceEnds("frente a la av. insurgentes ")).isFalse();
        assertThat(PlaceGuard.sentenceEnds("abrieron a las 8.15 en la col. ")).isFalse();
        assertThat(PlaceGuard.sentenceEnds("la mesa estaba en la col. ")).isFalse();
        assertThat(PlaceGuard.sentenceEnds("todo bien. despues llego ")).isFalse();
        assertThat(PlaceGuard.sentenceEnds("")).isFalse();
    }
}
