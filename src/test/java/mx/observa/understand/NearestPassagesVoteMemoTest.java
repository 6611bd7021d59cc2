package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/** Invented passages about a school's yard: a text voted on twice by one classifier is searched once. */
class NearestPassagesVoteMemoTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();

    private static NearestPassages classifier() {
        return new NearestPassages(new LabelledPassages(List.of(
                new LabelledPassages.Passage("el portón del patio se quedó abierto toda la mañana", FindingKind.INCIDENCIA, Set.of(), "prueba"),
                new LabelledPassages.Passage("el conserje cerró el portón del patio a las nueve", FindingKind.CONFORME, Set.of(), "prueba"),
                new LabelledPassages.Passage("que pongan un candado en el portón del patio", FindingKind.RECOMENDACION, Set.of(), "prueba"))), ANALYZER);
    }

    @Test
    void oneClassifierVotesOncePerTextAndTheVoteIsItsOwn() {
        NearestPassages nearest = classifier();
        String text = "el portón del patio estuvo abierto hasta el mediodía";

        Optional<NearestPassages.Vote> first = nearest.vote(text);
        Optional<NearestPassages.Vote> again = nearest.vote(text);

        assertThat(first).isPresent();
        assertThat(again.get()).isSameAs(first.get());
        // another classifier of the same passages searches its own, with the same neighbours; another text is another vote
        NearestPassages other = classifier();
        assertThat(other.vote(text).get()).isNotSameAs(first.get());
        assertThat(other.vote(text).get().near()).isEqualTo(first.get().near());
        assertThat(nearest.vote("que pongan candado al portón del patio").get()).isNotSameAs(first.get());
    }

    @Test
    void aClassifierWithoutPassagesHasNoVote() {
        NearestPassages none = new NearestPassages(LabelledPassages.none(), ANALYZER);

        assertThat(none.vote("el portón del patio estuvo abierto hasta el mediodía")).isEmpty();
    }
}
