package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    private final Gazetteer gazetteer = Fixtures.GAZETTEER;

    @Test
    void shipsSixteenAlcaldiasAndTheUtCatalogueConsistentWithThem() {
        assertThat(gazetteer.alcaldias()).hasSize(16);
        assertThat(gazetteer.alcaldia("07").orElseThrow().name()).isEqualTo("Iztapalapa");
        assertThat(gazetteer.utCount()).isEqualTo(1814);
        Gazetteer.UnidadTerritorial ut = gazetteer.ut("07-091").orElseThrow();
        assertThat(ut.name()).isEqualTo("HEROES DE CHURUBUSCO");
        assertThat(ut.alcaldiaClave()).isEqualTo("07");
        assertThat(ut.distrito()).isEqualTo(24);
        for (int d = 1; d <= 33; d++) {
            assertThat(gazetteer.alcaldiasOfDistrito(d)).as("distrito " + d).isNotEmpty();
        }
        assertThat(gazetteer.alcaldiasOfDistrito(33)).containsExactly("08");
        assertThat(gazetteer.alcaldiasOfDistrito(26)).containsExactlyInAnyOrder("03", "14");
    }

    @Test
    void namesMatchWithOrWithoutTheirSuffixAndTheLongestIsExact() {
        assertThat(gazetteer.namesAtStart("el triunfo ampl en iztapalapa")).extracting(n -> n.ut().clave(), Gazetteer.NameMatch::exact)
                .contains(org.assertj.core.groups.Tuple.tuple("07-065", true));
        assertThat(gazetteer.namesAtStart("santa maria aztahuacan distrito 22"))
                .as("STA MA in the catalogue is Santa María").extracting(n -> n.ut().clave()).contains("07-227", "07-317");
        assertThat(gazetteer.namesAtStart("paseos de taxquena ii mro 2")).extracting(n -> n.ut().clave()).containsExactly("03-134");
        assertThat(gazetteer.namesAtStart("paseos de taxquenas")).isEmpty();
    }

    @Test
    void aWellFormedClaveMissingFromTheCatalogueKeepsItsAlcaldia() {
        assertThat(gazetteer.utOrUncatalogued("07-999")).hasValueSatisfying(ut -> {
            assertThat(ut.alcaldiaClave()).isEqualTo("07");
            assertThat(ut.name()).isNull();
        });
        assertThat(gazetteer.utOrUncatalogued("55-123")).isEmpty();
    }

    @Test
    void aBrokenCatalogueFailsWithTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.CONFIG.resolve("geografia/alcaldias.csv"), dir.resolve("alcaldias.csv"));
        Files.writeString(dir.resolve("unidades_territoriales.csv"), "clave,nombre,alcaldia,distrito\n99-001,X,Y,1\n");
        assertThatThrownBy(() -> Gazetteer.load(dir)).hasMessageContaining("unidades_territoriales.csv").hasMessageContaining("99-001");
    }
}
