package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Limits and checks see the path the router routes by, however it was spelled. */
class RoutedPathTest {

    @Test
    void everySpellingThatReachesTheSubmissionEndpointsIsLimited() {
        for (String raw : new String[] {"/api/v1/informes", "/api/v1/informes/", "//api/v1/informes",
                "/api/v1/%69nformes", "/api/v1/./informes", "/api/v1/x/../informes", "/api/v1//informes",
                "/enviar", "/api/%2e%2e/enviar", "/./enviar", "/%65nviar"}) {
            assertThat(SubmissionRateLimit.limited(RoutedPath.of(raw))).as(raw).isTrue();
        }
        for (String raw : new String[] {"/api/v1/informes/OBS-2022-000001/estado", "/estado", "/entrar", "/enviarx"}) {
            assertThat(SubmissionRateLimit.limited(RoutedPath.of(raw))).as(raw).isFalse();
        }
    }

    @Test
    void theApiIsRecognisedOnTheRoutedPath() {
        assertThat(RoutedPath.isApi(RoutedPath.of("/api/v1/hallazgos"))).isTrue();
        assertThat(RoutedPath.isApi(RoutedPath.of("/%61pi/v1/hallazgos"))).isTrue();
        assertThat(RoutedPath.isApi(RoutedPath.of("/api/%2e%2e/enviar"))).isFalse();
        assertThat(RoutedPath.isApi(RoutedPath.of("/apiary"))).isFalse();
    }
}
