package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.observa.intake.FolioStatus;
import mx.observa.text.Templates;

/** The page templates escape what they are given, in element text and in attribute values, without being asked. */
class PageTemplatesTest {

    private static final String HOSTILE = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";

    @Test
    void whatWasTypedComesBackAsTextInTheBoxAndTheMessage() {
        String page = Templates.render("web/login.jte",
                new LoginPage.View("token", "/tablero", HOSTILE, null, "Usuario «" + HOSTILE + "» desconocido."));

        assertThat(page).doesNotContain("<script>", "<img")
                .contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)>\"")
                .contains("Usuario «\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;» desconocido.");
    }

    @Test
    void theObserversFormKeepsHostileTextInert() {
        String page = Templates.render("web/submit.jte", new SubmitPage.Form("token",
                Map.of("nombre", HOSTILE, "texto", "</textarea>" + HOSTILE, "alcaldia", "Iztapalapa"),
                Map.of("correo", "«" + HOSTILE + "» no parece un correo"), "Revise los datos.", List.of("Iztapalapa", "Tlalpan")));

        assertThat(page).doesNotContain("<script>", "<img", "</textarea>\"")
                .contains("&lt;/textarea&gt;\"&gt;&lt;script&gt;")
                .contains("<option selected>Iztapalapa</option>").contains("<option>Tlalpan</option>")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aStateAndItsReasonAreText() {
        FolioStatus.View state = new FolioStatus.View("OBS-2022-000001", "en cuarentena", HOSTILE, List.of());
        String page = Templates.render("web/status.jte", new StatusPage.View("OBS-2022-000001", null, state));

        assertThat(page).doesNotContain("<script>", "<img").contains("Motivo: \"&gt;&lt;script&gt;");
    }

    @Test
    void aLinkCannotRunScript() {
        PageFrame frame = new PageFrame("Informe", new PageFrame.SignedIn("Ana", "Analista", "t"),
                List.of(new PageFrame.NavLink("javascript:alert(1)", "Buscar", true)));
        String page = Templates.render("web/notice.jte", new Notice(frame, "Nada."));

        assertThat(page).doesNotContain("javascript:").contains("<a href=\"\" aria-current=\"page\">Buscar</a>");
    }
}
