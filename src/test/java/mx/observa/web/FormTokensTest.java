package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forms' anti-forgery tokens without HTTP: bound to the visitor, signed with the data folder's own key. */
class FormTokensTest {

    @TempDir
    Path tmp;

    @Test
    void aTokenFitsOnlyTheVisitorItWasMadeFor() {
        FormTokens tokens = FormTokens.withKeyIn(tmp.resolve("claves/formularios.key"), false);
        String ana = FormTokens.randomValue();
        String beto = FormTokens.randomValue();

        assertThat(ana).isNotEqualTo(beto).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.fits(ana, tokens.tokenFor(ana))).isTrue();
        assertThat(tokens.fits(beto, tokens.tokenFor(ana))).as("another visitor's token").isFalse();
        assertThat(tokens.fits(ana, null)).as("no token").isFalse();
        assertThat(tokens.fits(ana, "")).isFalse();
        assertThat(tokens.fits(ana, tokens.tokenFor(ana).substring(1))).isFalse();
    }

    @Test
    void onlyVisitorValuesTheServerCouldHaveMadeAreAccepted() {
        FormTokens tokens = FormTokens.withKeyIn(tmp.resolve("formularios.key"), false);
        for (String forged : new String[] {null, "", "corto", "a".repeat(42), "a".repeat(44), "<script>".repeat(6) + "abc"}) {
            assertThat(tokens.fits(forged, forged == null ? null : tokens.tokenFor(forged == null ? "" : forged)))
                    .as(String.valueOf(forged)).isFalse();
        }
    }

    @Test
    void theKeyIsCreatedOncePrivatelyAndKeptSoARestartDoesNotExpireOpenForms() throws Exception {
        Path key = tmp.resolve("claves/formularios.key");
        FormTokens before = FormTokens.withKeyIn(key, false);
        String visitor = FormTokens.randomValue();
        String token = before.tokenFor(visitor);

        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        FormTokens afterRestart = FormTokens.withKeyIn(key, false);
        assertThat(afterRestart.fits(visitor, token)).isTrue();

        FormTokens otherInstallation = FormTokens.withKeyIn(tmp.resolve("otra/formularios.key"), false);
        assertThat(otherInstallation.fits(visitor, token)).as("signed with another key").isFalse();
    }
}
