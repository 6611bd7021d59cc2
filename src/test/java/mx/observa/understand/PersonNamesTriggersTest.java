package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link PersonNames#foundByTrigger}: which trigger read which words as a name, for the per-trigger table of the
 * privacy measurement; what a scan keeps is unchanged by asking.
 */
class PersonNamesTriggersTest {

    private static List<String> triggersOver(String text, String words) {
        int start = text.indexOf(words);
        return Fixtures.NAMES.foundByTrigger(text).stream()
                .filter(m -> m.start() < start + words.length() && start < m.end()).map(Mention::value).distinct().toList();
    }

    @Test
    void aTitledNameIsFoundByTheTitleTrigger() {
        String text = "En la casilla atendía la Sra. Rosaura Quintanilla con mucha paciencia.";
        assertThat(triggersOver(text, "Rosaura Quintanilla")).contains("titled");
        assertThat(Fixtures.NAMES.find(text)).extracting(Mention::value).containsExactly("Rosaura Quintanilla");
    }

    @Test
    void aNicknameAfterItsCueIsFoundByTheNicknameTrigger() {
        String text = "Al vecino de la esquina le dicen el Tepocate y siempre llega temprano.";
        assertThat(triggersOver(text, "Tepocate")).contains("nicknames");
    }

    @Test
    void aWordNoTriggerReadsIsNotListed() {
        assertThat(Fixtures.NAMES.foundByTrigger("La fila avanzó rápido y nadie se quejó.")).isEmpty();
    }
}
