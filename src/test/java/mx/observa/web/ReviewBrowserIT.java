package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.observa.support.Chromium;
import mx.observa.support.ReportFixtures;
import mx.observa.support.SearchFixture;

/**
 * An analyst clears the review queue in a real browser (headless Chromium driven by Selenium): the queue counts the
 * serious incidents nobody confirmed, «Siguiente» opens the first one on its report page, the analyst rejects it as
 * «no es hallazgo» with a note, the page says who reviewed it, and the queue no longer lists it. A search saved from
 * the search page appears on the dashboard and opens again from there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserIT {

    private static final String FOLIO = "OBS-2022-900010";
    private static final String DOUBTFUL = "OBS-2022-900020";

    private SearchFixture observa;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp.resolve("observa"));
        var report = ReportFixtures.report(FOLIO).in("Tlalpan", 14).observedOn("2022-05-01")
                .finding("Datos de la mesa receptora de opinión")
                .incident("Dijeron que un grupo amenazó a los funcionarios de la mesa.", "seguridad", "amenazó")
                .build();
        // an incident no cue decided, in a topic that is not serious: a doubtful classification
        var doubtful = ReportFixtures.report(DOUBTFUL).in("Milpa Alta", 33).observedOn("2022-05-01")
                .incident("Faltó una mampara en la mesa.", "material", "mampara").build();
        // stored and indexed, as the pipeline does: the queue reads the store
        for (var r : List.of(report, doubtful)) {
            observa.service.store().put(r);
            observa.service.index().replace(r);
        }
        observa.service.index().commit();
        browser = Chromium.start(tmp.resolve("perfil"), Map.of());
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(observa.base + "/revision");
        wait.until(ExpectedConditions.urlContains("/entrar"));
        browser.findElement(By.id("usuario")).sendKeys("analista");
        browser.findElement(By.id("contrasena")).sendKeys(SearchFixture.PASSWORDS.get("analista"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conteo-incidencias-graves")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (observa != null) {
            observa.close();
        }
    }

    @Test
    void anAnalystGivesTheSelectedSearchResultsATopicAfterConfirmingHowMany() {
        browser.get(observa.base + "/?alcaldia=Tlalpan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lote")));
        List<WebElement> boxes = browser.findElements(By.cssSelector("input.seleccion"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        boxes.get(0).click();
        boxes.get(1).click();
        new Select(browser.findElement(By.id("lote-accion"))).selectByValue("agregar_tema");
        new Select(browser.findElement(By.id("lote-tema"))).selectByValue("funcionariado");
        browser.findElement(By.id("lote-revisar")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lote-cuenta")));
        assertThat(browser.findElement(By.id("lote-cuenta")).getText()).isEqualTo("2");
        browser.findElement(By.id("confirmar-lote")).click();
        wait.until(ExpectedConditions.titleContains("Revisión en lote guardada"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("en 2 hallazgos");

        browser.get(observa.base + "/informes/" + FOLIO);
        assertThat(browser.findElement(By.id("h1")).getText()).contains("Revisado por analista el");
        assertThat(browser.findElement(By.id("h2")).getText()).contains("Revisado por analista el");
    }

    private int pendingSerious() {
        return Integer.parseInt(browser.findElement(By.id("conteo-incidencias-graves")).getText());
    }

    @Test
    void anAnalystRejectsASeriousIncidentFromTheQueueAndSeesItOnThePage() {
        browser.get(observa.base + "/revision");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filtro-alcaldia")));
        new Select(browser.findElement(By.id("filtro-alcaldia"))).selectByVisibleText("Tlalpan");
        Chromium.leavePage(browser, wait, browser.findElement(By.cssSelector(".filtros-revision button"))::click);
        wait.until(ExpectedConditions.urlContains("alcaldia=Tlalpan"));
        assertThat(pendingSerious()).isEqualTo(1);

        Chromium.leavePage(browser, wait, browser.findElement(By.id("siguiente"))::click);
        wait.until(ExpectedConditions.urlMatches("/informes/" + FOLIO + "\\?.*#h2$"));
        // «Siguiente» on the report page keeps the queue's filter and moves past this item if it is left unreviewed
        assertThat(browser.findElement(By.id("siguiente")).getAttribute("href"))
                .contains("alcaldia=Tlalpan").contains("tras=" + FOLIO + "%232");
        WebElement finding = browser.findElement(By.id("h2"));
        assertThat(finding.getText()).contains("amenazó a los funcionarios").contains("Incidencia");
        finding.findElement(By.id("revisar-h2")).click();
        new Select(browser.findElement(By.id("tipo-h2"))).selectByVisibleText("No es hallazgo");
        browser.findElement(By.id("nota-h2")).sendKeys("Es un rumor, no algo observado.");
        Chromium.leavePage(browser, wait, browser.findElement(By.id("guardar-h2"))::click);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#h2 .no-hallazgo")));
        WebElement reviewed = browser.findElement(By.id("h2"));
        assertThat(reviewed.findElement(By.className("revisado")).getText())
                .startsWith("Revisado por analista el").contains("automático: tipo: Incidencia; temas: Seguridad");
        assertThat(browser.findElement(By.className("notas")).getText()).contains("Es un rumor, no algo observado.");

        // saved: «Siguiente» still within Tlalpan, where nothing serious is left
        browser.findElement(By.id("siguiente")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conteo-incidencias-graves")));
        assertThat(browser.getCurrentUrl()).endsWith("/revision?alcaldia=Tlalpan");
        assertThat(pendingSerious()).isZero();
        assertThat(browser.findElements(By.id("cola-vacia"))).hasSize(1);
    }
    @Test
    void anAnalystSavesTheSearchOnScreenAndTheDashboardOpensItAgain() {
        browser.get(observa.base + "/?q=amenaz%C3%B3&alcaldia=Tlalpan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("guardar-busqueda")));
        browser.findElement(By.id("nombre-busqueda")).sendKeys("Amenazas en Tlalpan");
        browser.findElement(By.id("guardar-busqueda-boton")).click();
        wait.until(ExpectedConditions.titleContains("Búsqueda guardada"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("«Amenazas en Tlalpan»");

        browser.get(observa.base + "/tablero");
        WebElement saved = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Amenazas en Tlalpan")));
        assertThat(browser.findElement(By.id("busquedas")).getText()).contains("Amenazas en Tlalpan · nada nuevo");
        saved.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertThat(browser.getCurrentUrl()).endsWith("/?q=amenaz%C3%B3&alcaldia=Tlalpan");
        assertThat(browser.findElement(By.id("total")).getText()).contains("1 hallazgo");
    }

    @Test
    void anAnalystReachesTheLeastCertainClassificationFromTheKeyboardAndConfirmsIt() {
        browser.get(observa.base + "/revision?alcaldia=Milpa%20Alta");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conteo-dudosos")));
        assertThat(browser.findElement(By.id("conteo-dudosos")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("dudosos")).getText()).contains("certeza 30 %").contains("Faltó una mampara");

        Chromium.leavePage(browser, wait, () -> browser.findElement(By.id("siguiente")).sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.urlMatches("/informes/" + DOUBTFUL + "\\?.*#h1$"));
        browser.findElement(By.id("revisar-h1")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guardar-h1")));
        Chromium.leavePage(browser, wait, () -> browser.findElement(By.id("guardar-h1")).sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#h1 .revisado")));

        browser.get(observa.base + "/revision?alcaldia=Milpa%20Alta");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conteo-dudosos")));
        assertThat(browser.findElement(By.id("conteo-dudosos")).getText()).isEqualTo("0");
        assertThat(browser.findElements(By.id("cola-vacia"))).hasSize(1);
    }
}
