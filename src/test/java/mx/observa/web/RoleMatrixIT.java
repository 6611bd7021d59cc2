package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.access.Role;
import mx.observa.support.SearchFixture;
import mx.observa.support.WebSession;

/**
 * Every endpoint of the analysts' app × every role → allowed (200) or refused: 401 for the API and 303 to the
 * sign-in page for pages without a session, 403 for a role without permission.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    private static final String ANON = "sin sesión";

    private SearchFixture observa;
    private final Map<String, WebSession> sessions = new LinkedHashMap<>();
    private String original;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
        CommissionPageIT.writeEditions(observa.service);
        sessions.put(ANON, new WebSession(observa.base));
        for (String role : List.of("analista", "comision", "admin")) {
            sessions.put(role, observa.signedIn(role));
        }
        original = "/informes/" + observa.folios.get("informe-sei.docx") + "/original";
    }

    @AfterAll
    void stop() {
        if (observa != null) {
            observa.close();
        }
    }

    /** Expected status for: no session, analista, comision, admin. */
    private Map<String, int[]> matrix() {
        Map<String, int[]> m = new LinkedHashMap<>();
        m.put("/", new int[] {303, 200, 200, 200});
        m.put("/?q=boletas&alcaldia=Coyoac%C3%A1n", new int[] {303, 200, 200, 200});
        m.put("/informes/OBS-2022-900001", new int[] {303, 200, 200, 200});
        m.put("/tablero", new int[] {303, 200, 200, 200});
        m.put(original, new int[] {303, 200, 403, 200});
        // The commission's report: published (redacted) editions; analistas read what the commission reads.
        m.put("/informe", new int[] {303, 200, 200, 200});
        m.put("/informe/2022-05-26/ver", new int[] {303, 200, 200, 200});
        m.put("/informe/ultima/informe-consolidado.pdf", new int[] {303, 200, 200, 200});
        m.put("/informe/2022-05-26/usuarios.yaml", new int[] {303, 404, 404, 404});
        m.put("/auditoria", new int[] {303, 403, 403, 200});
        // Review (analista, admin): the commission reads reviewed values but never reviews
        m.put("/revision", new int[] {303, 200, 403, 200});
        m.put("/revision?alcaldia=Coyoac%C3%A1n&tema=material", new int[] {303, 200, 403, 200});
        m.put("/revision/siguiente", new int[] {303, 303, 403, 303});
        m.put("/revision/lote?alcance=todos&accion=agregar_tema&valor_tema=material", new int[] {303, 200, 403, 200});
        // Saved searches: every role that searches may save its own; an id that is not one of the user's is 404
        m.put("/busquedas/0000abcd", new int[] {303, 404, 404, 404});
        m.put("/api/v1/hallazgos?q=boletas", new int[] {401, 200, 200, 200});
        m.put("/api/v1/hallazgos/exportar?formato=csv", new int[] {401, 200, 200, 200});
        m.put("/api/v1/hallazgos/exportar?formato=json", new int[] {401, 200, 200, 200});
        m.put("/api/v1/informes/OBS-2022-900001", new int[] {401, 200, 200, 200});
        m.put("/api/v1/openapi.yaml", new int[] {200, 200, 200, 200});
        m.put("/static/observa.css", new int[] {200, 200, 200, 200});
        m.put("/static/observa.js", new int[] {200, 200, 200, 200});
        m.put("/static/../config/usuarios.yaml", new int[] {404, 404, 404, 404});
        m.put("/entrar", new int[] {200, 303, 303, 303});
        return m;
    }

    @Test
    void everyEndpointAnswersEachRoleAsThePolicySays() {
        List<String> mismatches = new ArrayList<>();
        List<String> roles = new ArrayList<>(sessions.keySet());
        matrix().forEach((path, expected) -> {
            for (int i = 0; i < roles.size(); i++) {
                HttpResponse<byte[]> r = sessions.get(roles.get(i)).getBytes(path);
                if (r.statusCode() != expected[i]) {
                    mismatches.add(path + " × " + roles.get(i) + ": " + r.statusCode() + " (se esperaba " + expected[i] + ")");
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void refusalsSayWhyInSpanishAndPagesSendToTheSignInPage() {
        HttpResponse<String> api = sessions.get(ANON).get("/api/v1/informes/OBS-2022-900001");
        assertThat(api.body()).isEqualTo("{\"error\":\"Inicie sesión para continuar.\"}");
        HttpResponse<String> page = sessions.get(ANON).get("/tablero");
        assertThat(page.headers().firstValue("Location")).contains("/entrar?volver=%2Ftablero");
        HttpResponse<String> forbidden = sessions.get("comision").get(original);
        assertThat(forbidden.body()).contains("Su rol (Comisión) no tiene permiso para esta acción.");
    }

    @Test
    void theReportPageOffersTheOriginalOnlyToRolesTheRouteLetsThrough() {
        for (String role : List.of("analista", "comision", "admin")) {
            boolean allowed = sessions.get(role).getBytes(original).statusCode() == 200;
            String page = sessions.get(role).get("/informes/" + observa.folios.get("informe-sei.docx")).body();
            assertThat(page.contains("id=\"descargar-original\"")).as(role).isEqualTo(allowed);
            assertThat(Role.of(role).downloadsOriginals()).as(role).isEqualTo(allowed);
        }
    }

    @Test
    void onlyAdministratorsSeeTheAuditLinkAndTheAuditShowsWhoDidWhat() {
        assertThat(sessions.get("analista").get("/").body()).doesNotContain("href=\"/auditoria\"");
        sessions.get("comision").get("/?q=mamparas");
        String audit = sessions.get("admin").get("/auditoria").body();
        assertThat(audit).contains("href=\"/auditoria\"").contains("<td>comision</td>").contains("buscar")
                .contains("mamparas");
    }
}
