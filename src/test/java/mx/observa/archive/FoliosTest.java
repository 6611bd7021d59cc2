package mx.observa.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoliosTest {

    @Test
    void aFolioOfAnyPrefixHasTheShapeOfOne() {
        assertThat(Folios.wellFormed(Folios.format("OBS-2022", 123))).isTrue();
        assertThat(Folios.wellFormed("obs-2022-000123")).isTrue();
        assertThat(Folios.wellFormed("IECM-000001")).isTrue();
    }

    @Test
    void freeTextDoesNot() {
        assertThat(Folios.wellFormed(null)).isFalse();
        assertThat(Folios.wellFormed("")).isFalse();
        assertThat(Folios.wellFormed("Su cuenta fue bloqueada, llame al 55-1234")).isFalse();
        assertThat(Folios.wellFormed("<b>OBS-2022-000001</b>")).isFalse();
        assertThat(Folios.wellFormed("OBS-2022-")).isFalse();
        assertThat(Folios.wellFormed("A".repeat(40) + "-1")).isFalse();
    }
}
