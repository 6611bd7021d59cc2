package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The vocabulary's lists that rules iterate come in a fixed order, the same in every JVM: a {@code Set.copyOf}
 * iterates in an order drawn anew by each one, and what was built from it (an alternation, the order a name's forms
 * are tried in) changed from run to run.
 */
class PrivacyVocabularyOrderTest {

    @Test
    void titlesComeLongestFirstSoEveryTitleIsTriedBeforeItsPrefixes() {
        List<String> titles = List.copyOf(Fixtures.PRIVACY.titles);
        assertThat(titles).contains("licenciado", "lic", "profesora", "prof")
                .isSortedAccordingTo(Comparator.comparingInt(String::length).reversed());
        // every title before its abbreviations: the alternation of the titles is always written as a prefix tree
        assertThat(PhraseTrie.of(titles)).isPresent();
    }

    @Test
    void aGivenNamesShortFormsComeInAlphabeticalOrder() {
        assertThat(List.copyOf(Fixtures.PRIVACY.nicknamesOf("francisco"))).containsExactly("kiko", "paco", "pancho", "quico");
        assertThat(List.copyOf(Fixtures.PRIVACY.nicknamesOf("guadalupe"))).containsExactly("lupe", "lupillo", "lupita", "pita");
    }
}
