package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.access.Users;
import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

/** Safe defaults when Observa is reachable from other machines. */
class NetworkExposureTest {

    @TempDir
    Path tmp;

    private final ObservaConfig local = ObservaConfig.load(TestHome.projectRoot()).with("observa.host", "127.0.0.1");

    @Test
    void byDefaultObservaListensOnThisMachineOnly() {
        assertThat(NetworkExposure.loopbackOnly(ObservaConfig.load(tmp))).isTrue();
        assertThat(NetworkExposure.loopbackOnly(local.with("observa.host", "localhost"))).isTrue();
        assertThat(NetworkExposure.loopbackOnly(local.with("observa.host", "0.0.0.0"))).isFalse();
    }

    @Test
    void cookiesAreSecureOverHttpsOrOnANetworkAddressUnlessSaidOtherwise() {
        assertThat(NetworkExposure.secureCookies(local)).isFalse();
        assertThat(NetworkExposure.secureCookies(local.with("observa.public-url", "https://observa.iecm.example"))).isTrue();
        assertThat(NetworkExposure.secureCookies(local.with("observa.host", "0.0.0.0"))).isTrue();
        assertThat(NetworkExposure.secureCookies(local.with("observa.host", "0.0.0.0").with("observa.web.cookie-segura", "false")))
                .isFalse();
        assertThat(NetworkExposure.secureCookies(local.with("observa.web.cookie-segura", "true"))).isTrue();
    }

    @Test
    void demoUsersKeepObservaOffTheNetworkAndTheMessageSaysHowToCreateRealOnes() throws Exception {
        Users demo = new Users(TestHome.projectRoot().resolve("config/usuarios.yaml"));
        ObservaConfig network = local.with("observa.host", "0.0.0.0");

        assertThatThrownBy(() -> NetworkExposure.checkDemoUsers(network, demo))
                .hasMessageContaining("usuarios de demostración").hasMessageContaining("analista, comision, admin")
                .hasMessageContaining("./observa user add USUARIO --rol");
        assertThatCode(() -> NetworkExposure.checkDemoUsers(local, demo)).doesNotThrowAnyException();

        Users real = new Users(Files.writeString(tmp.resolve("usuarios.yaml"),
                "usuarios:\n  - {usuario: ana, nombre: \"Ana\", rol: analista, hash: \"h\"}\n"));
        assertThatCode(() -> NetworkExposure.checkDemoUsers(network, real)).doesNotThrowAnyException();
    }
}
