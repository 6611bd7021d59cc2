package mx.observa.web;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;
import mx.observa.support.SearchFixture;
import mx.observa.support.WebSession;

/**
 * Saved searches over real HTTP: the search page offers to save the search with its filters, saving needs the
 * session's form token, every role that searches may save its own (and sees only its own), anonymous visitors go
 * to the sign-in page, and the dashboard counts the matching findings that arrived since the search was last opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchIT {

    private static final Pattern NEW = Pattern.compile(
            "id=\"busqueda-([0-9a-f]{8})\"><a href=\"/busquedas/\\1\">([^<]*)</a> · <strong class=\"[a-z-]+\" data-nuevos=\"(\\d+)\"");

    private SearchFixture observa;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp);
    }

    @AfterAll
    void stop() {
        if (observa != null) {
            observa.close();
        }
    }

    /** The hidden fields of the page's "Guardar búsqueda" form, and a name. */
    private static String saveForm(String page, String name) {
        int start = page.indexOf("id=\"guardar-busqueda\"");
        assertThat(start).as("la página ofrece guardar la búsqueda").isPositive();
        return WebSession.hiddenFields(page.substring(start, page.indexOf("</form>", start))) + "&nombre="
                + WebSession.enc(name);
    }

    /** The dashboard's saved searches: name → count of new findings. */
    private static java.util.Map<String, Integer> alerts(String dashboard) {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        Matcher m = NEW.matcher(dashboard);
        while (m.find()) {
            out.put(m.group(2), Integer.parseInt(m.group(3)));
        }
        return out;
    }

    private static String idOf(String dashboard, String name) {
        Matcher m = NEW.matcher(dashboard);
        while (m.find()) {
            if (m.group(2).equals(name)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no está la búsqueda " + name);
    }

    @Test
    void theDashboardCountsWhatArrivedSinceTheSearchWasLastOpened() throws Exception {
        WebSession analista = observa.signedIn("analista");
        HttpResponse<String> saved = analista.postForm("/busquedas",
                saveForm(analista.get("/?tema=material&alcaldia=Coyoac%C3%A1n").body(), "Material en Coyoacán"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Se guardó la búsqueda «Material en Coyoacán»");
        assertThat(alerts(analista.get("/tablero").body())).containsEntry("Material en Coyoacán", 0);

        var index = observa.service.index();
        String now = Instant.now().toString();
        index.replace(report("OBS-2022-900011").in("Coyoacán", 26).source("nuevo.txt").observedOn("2022-05-01")
                .via(Channel.CORREO).receivedAt(now)
                .finding("No llegaron las mamparas a la mesa.", "material", "mamparas")
                .finding("Las papeletas se agotaron a mediodía.", "material", "papeletas").build());
        // new, but in another alcaldía: not what the search asks
        index.replace(report("OBS-2022-900012").in("Iztapalapa", 22).source("otro.txt").observedOn("2022-05-01")
                .via(Channel.CORREO).receivedAt(now)
                .finding("Faltó material en la mesa de Iztapalapa.", "material", "material").build());
        index.commit();

        String dashboard = analista.get("/tablero").body();
        assertThat(alerts(dashboard)).containsEntry("Material en Coyoacán", 2);
        HttpResponse<String> open = analista.get("/busquedas/" + idOf(dashboard, "Material en Coyoacán"));
        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(open.headers().firstValue("Location")).contains("/?tema=material&alcaldia=Coyoac%C3%A1n");
        assertThat(alerts(analista.get("/tablero").body())).containsEntry("Material en Coyoacán", 0);

        assertThat(Files.readAllLines(observa.auditFile())).anySatisfy(l -> assertThat(l)
                .contains("\"accion\":\"guardar_busqueda\"").contains("\"usuario\":\"analista\"")
                .contains("\"tema\":[\"material\"]"));
        assertThat(observa.service.config().dataDir().resolve("busquedas").resolve("analista.json")).exists();
    }

    @Test
    void savingNeedsTheFormTokenAndNobodyElseSeesOrDeletesTheSearch() {
        WebSession comision = observa.signedIn("comision");
        String form = saveForm(comision.get("/?q=propaganda").body(), "Propaganda");
        HttpResponse<String> forged = comision.postForm("/busquedas", form.replaceAll("(^|&)token_formulario=[^&]*", ""));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(alerts(comision.get("/tablero").body())).doesNotContainKey("Propaganda");

        // the commission may search, so it may save its own searches
        assertThat(comision.postForm("/busquedas", form).statusCode()).isEqualTo(200);
        String dashboard = comision.get("/tablero").body();
        assertThat(alerts(dashboard)).containsEntry("Propaganda", 0);
        String id = idOf(dashboard, "Propaganda");

        WebSession admin = observa.signedIn("admin");
        assertThat(alerts(admin.get("/tablero").body())).doesNotContainKey("Propaganda");
        assertThat(admin.get("/busquedas/" + id).statusCode()).isEqualTo(404);
        String adminToken = WebSession.formToken(admin.get("/tablero").body());
        assertThat(admin.postForm("/busquedas/" + id + "/borrar", "token_formulario=" + WebSession.enc(adminToken)).statusCode())
                .isEqualTo(404);

        String token = WebSession.formToken(dashboard);
        HttpResponse<String> deleted = comision.postForm("/busquedas/" + id + "/borrar", "token_formulario=" + WebSession.enc(token));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(alerts(comision.get("/tablero").body())).doesNotContainKey("Propaganda");
    }

    @Test
    void anonymousVisitorsGoToTheSignInPageAndSaveNothing() throws Exception {
        Path dir = observa.service.config().dataDir().resolve("busquedas");
        long before = Files.isDirectory(dir) ? Files.list(dir).count() : 0;
        WebSession anonymous = new WebSession(observa.base);
        HttpResponse<String> open = anonymous.get("/busquedas/abcdef12");
        assertThat(open.statusCode()).isEqualTo(303);
        assertThat(open.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/entrar"));
        assertThat(anonymous.postForm("/busquedas", "q=boletas&nombre=x").statusCode()).isIn(303, 403);
        assertThat(Files.isDirectory(dir) ? Files.list(dir).count() : 0).isEqualTo(before);
    }
}
