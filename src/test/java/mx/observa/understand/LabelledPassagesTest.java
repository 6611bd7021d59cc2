package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

class LabelledPassagesTest {

    private static final Path SHIPPED = Path.of("config").resolve(LabelledPassages.FOLDER);

    /**
     * What the product learns from is exactly the finding-kind passages of the tuning sets, as labelled now (a label
     * corrected in a set must be corrected here too), and nothing of the held-out set (unless that is a set that has
     * just joined the tuning sets, before the next held-out set lands).
     */
    @Test
    void theShippedPassagesAreTheTuningSetsLabels() {
        List<String> expected = new ArrayList<>();
        for (Path set : EvaluationCorpus.TUNING) {
            String origin = set.getFileName().toString();
            EvaluationCorpus.passages(set).values().stream().flatMap(List::stream)
                    .filter(p -> FindingKind.byId(p.kind()).isPresent())
                    .forEach(p -> expected.add(origin + " | " + p.fragment().strip() + " | " + p.kind() + " | " + p.temas()));
        }
        List<String> shipped = LabelledPassages.load(SHIPPED).passages().stream()
                .map(p -> p.origin() + " | " + p.text() + " | " + p.kind().id() + " | " + p.topics()).toList();
        assertThat(shipped).containsExactlyElementsOf(expected);
        if (EvaluationCorpus.heldOutIsBlind()) {
            String heldOut = EvaluationCorpus.HELD_OUT.getFileName().toString();
            assertThat(shipped).noneMatch(p -> p.startsWith(heldOut + " "));
        }
    }

    /** The sets are read in the order they were written, whatever the file names' alphabetical order says. */
    @Test
    void aFolderIsReadSetBySetInTheOrderTheSetsWereWritten(@TempDir Path dir) throws Exception {
        for (String set : List.of("ciega-10", "ciega", "ciega-2", "ajuste")) {
            Files.writeString(dir.resolve(set + ".csv"), "fragmento,tipo,temas,origen\n"
                    + "La mesa de " + set + " abrió tarde,incidencia,instalacion," + set + "\n", StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("LEEME.txt"), "no es un conjunto", StandardCharsets.UTF_8);
        assertThat(LabelledPassages.load(dir).passages()).extracting(LabelledPassages.Passage::origin)
                .containsExactly("ajuste", "ciega", "ciega-2", "ciega-10");
    }

    @Test
    void aMissingFileLeavesTheRulesAlone() {
        assertThat(LabelledPassages.load(Path.of("no-existe.csv")).passages()).isEmpty();
        NearestPassages none = new NearestPassages(LabelledPassages.none(), new FoldingSpanishAnalyzer());
        assertThat(none.vote("repartían despensas a dos cuadras")).isEmpty();
    }

    @Test
    void leavingASetOutDropsOnlyItsPassages() {
        LabelledPassages all = LabelledPassages.load(SHIPPED);
        LabelledPassages without = all.without("evaluacion-ciega-3");
        assertThat(without.passages()).isNotEmpty().noneMatch(p -> p.origin().equals("evaluacion-ciega-3"));
        assertThat(all.passages().size() - without.passages().size())
                .isEqualTo((int) all.passages().stream().filter(p -> p.origin().equals("evaluacion-ciega-3")).count())
                .isPositive();
        assertThat(all.passages()).extracting(LabelledPassages.Passage::kind).containsAll(Set.of(FindingKind.values()));
    }
}
