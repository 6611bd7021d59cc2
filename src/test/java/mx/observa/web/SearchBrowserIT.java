package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.observa.support.Chromium;
import mx.observa.support.SearchFixture;

/**
 * The search app in a real browser: Debian's headless Chromium driven by Selenium (binary and driver set explicitly,
 * so Selenium Manager downloads nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserIT {

    private SearchFixture observa;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        observa = new SearchFixture(tmp.resolve("observa"));
        CommissionPageIT.writeEditions(observa.service);
        downloads = Files.createDirectories(tmp.resolve("descargas"));
        browser = Chromium.start(tmp.resolve("perfil"), Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
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

    @BeforeEach
    void signIn() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().deleteAllCookies();
        browser.get(observa.base + "/");
        wait.until(ExpectedConditions.urlContains("/entrar"));
        assertThat(browser.getTitle()).isEqualTo("Iniciar sesión · Observa");
        browser.findElement(By.id("usuario")).sendKeys("analista");
        browser.findElement(By.id("contrasena")).sendKeys(SearchFixture.PASSWORDS.get("analista"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        assertThat(browser.getCurrentUrl()).isEqualTo(observa.base + "/");
        assertThat(browser.findElement(By.className("usuario")).getText()).isEqualTo("Ana Analista (demo) · Analista");
    }

    private void search(String words) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        Chromium.leavePage(browser, wait, () -> box.sendKeys(words, Keys.ENTER));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    }

    private String total() {
        return browser.findElement(By.id("total")).getText();
    }

    private List<String> hitTitles() {
        return browser.findElements(By.cssSelector(".hallazgo h2")).stream().map(WebElement::getText).toList();
    }

    private void click(WebElement link) {
        Chromium.leavePage(browser, wait, link::click);
    }

    @Test
    void searchingWithAndWithoutAccentsFindsTheSameHighlightedFindings() {
        search("instalación");
        assertThat(total()).isEqualTo("Mostrando 1–1 de 1 hallazgo");
        List<String> withAccent = hitTitles();
        assertThat(browser.findElement(By.cssSelector(".fragmento mark")).getText()).isEqualTo("instalación");

        search("instalacion");
        assertThat(hitTitles()).isEqualTo(withAccent);
        assertThat(browser.findElement(By.cssSelector(".hallazgo .meta")).getText()).startsWith("Informe Coyoacán.txt");
    }

    @Test
    void clickingAFacetNarrowsTheResultsAndTheChipRemovesTheFilter() {
        search("boletas");
        assertThat(total()).isEqualTo("Mostrando 1–3 de 3 hallazgos");

        click(browser.findElement(By.xpath("//aside//a[.//span[@class='etiqueta' and normalize-space()='Coyoacán']]")));

        assertThat(total()).isEqualTo("Mostrando 1–1 de 1 hallazgo");
        assertThat(hitTitles()).containsExactly("OBS-2022-900001 · hallazgo 1");
        WebElement chip = browser.findElement(By.cssSelector(".filtros-activos .chip"));
        assertThat(chip.getText()).startsWith("Alcaldía: Coyoacán");
        // The alcaldía stays listed as active, the others remain to be added.
        assertThat(browser.findElement(By.cssSelector("aside a.activo")).getText()).contains("Coyoacán");

        click(chip);
        assertThat(total()).isEqualTo("Mostrando 1–3 de 3 hallazgos");
        assertThat(browser.findElements(By.cssSelector(".filtros-activos"))).isEmpty();
    }

    @Test
    void aQuestionInPlainSpanishShowsResultsAndItsPlaceAsAChipThatWidensTheSearchWhenRemoved() {
        search("¿Dónde faltaron boletas en Coyoacán?");

        // the finding that says it first; the words match less than a page there, so the rest of the place follows
        assertThat(hitTitles()).containsExactly("OBS-2022-900001 · hallazgo 1", "OBS-2022-900001 · hallazgo 2");
        WebElement place = browser.findElement(By.cssSelector(".lugares .chip"));
        assertThat(place.getText()).startsWith("Coyoacán");
        assertThat(browser.findElement(By.cssSelector(".temas-consulta")).getText()).contains("Material y documentación");
        assertThat(browser.findElements(By.cssSelector(".fragmento mark"))).extracting(WebElement::getText).contains("papeletas");

        click(place);

        assertThat(browser.findElements(By.cssSelector(".lugares"))).isEmpty();
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("¿Dónde faltaron boletas?");
        assertThat(hitTitles()).hasSizeGreaterThan(1).contains("OBS-2022-900001 · hallazgo 1", "OBS-2022-900003 · hallazgo 1");

        click(browser.findElement(By.cssSelector(".tema-consulta")));
        assertThat(browser.findElement(By.cssSelector(".filtros-activos .chip")).getText()).startsWith("Tema: Material");
    }

    @Test
    void theSwitchShowsOneRowPerReportAndMoreLikeAFindingFindsOtherReports() {
        search("boletas");
        click(browser.findElement(By.linkText("por informe")));

        assertThat(total()).contains("informe");
        assertThat(browser.findElement(By.cssSelector(".agrupar a.actual")).getText()).isEqualTo("por informe");
        assertThat(hitTitles()).extracting(t -> t.substring(0, t.indexOf(" · "))).doesNotHaveDuplicates();

        click(browser.findElement(By.linkText("por hallazgo")));
        click(browser.findElement(By.xpath("//li[contains(@class,'hallazgo')][.//h2[normalize-space()='OBS-2022-900001 · hallazgo 1']]"
                + "//a[normalize-space()='Más como este']")));
        assertThat(browser.findElement(By.cssSelector(".lugares")).getText()).contains("Parecidos a:");
        assertThat(hitTitles()).isNotEmpty().noneMatch(t -> t.startsWith("OBS-2022-900001"));
    }

    @Test
    void aReportOpensFromTheResultsWithTheSearchedWordsMarked() {
        search("credencial");
        click(browser.findElement(By.cssSelector(".hallazgo h2 a")));

        String folio = observa.folios.get("Informe Coyoacán.txt");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Informe " + folio);
        assertThat(browser.getCurrentUrl()).contains("/informes/" + folio);
        assertThat(browser.findElements(By.cssSelector(".hallazgo-informe .texto mark"))).extracting(WebElement::getText)
                .containsExactly("credencial para votar");
        assertThat(browser.findElement(By.id("descargar-original")).getText()).contains("Informe Coyoacán.txt");
    }

    @Test
    void theExportButtonDownloadsTheResultsAsCsv() throws Exception {
        search("propaganda");
        browser.findElement(By.id("exportar-csv")).click();

        Path csv = wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().matches("hallazgos-.*\\.csv")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        wait.until(d -> Files.exists(csv) && csv.toFile().length() > 0);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("folio,hallazgo,fuente").contains("Se observó propaganda").contains("sospechoso.txt");
    }

    @Test
    void theCommissionOpensItsPageSeesTheEditionsAndReadsTheHtmlEdition() {
        browser.manage().deleteAllCookies();
        browser.get(observa.base + "/informe");
        wait.until(ExpectedConditions.urlContains("/entrar"));
        browser.findElement(By.id("usuario")).sendKeys("comision");
        browser.findElement(By.id("contrasena")).sendKeys(SearchFixture.PASSWORDS.get("comision"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ediciones")));
        assertThat(browser.getTitle()).isEqualTo("Informe para la Comisión · Observa");
        assertThat(browser.findElements(By.cssSelector("#ediciones > li.edicion h2")).stream().map(WebElement::getText))
                .hasSize(2).anySatisfy(t -> assertThat(t).startsWith("Sesión del 26 de mayo de 2022"));

        click(browser.findElement(By.cssSelector("#edicion-2022-05-26 a.ver")));
        wait.until(ExpectedConditions.urlContains("/informe/2022-05-26/ver"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Informe consolidado de observación");
        // The edition's inline style sheet applies (its CSP allows inline styles, and nothing else).
        assertThat(browser.findElement(By.tagName("body")).getCssValue("max-width")).isNotEqualTo("none");
        assertThat(pwned()).isNull();
    }

    @Test
    void aReportContainingScriptShowsItAsTextAndRunsNothing() {
        String title = browser.getTitle();
        search("propaganda");
        String snippet = browser.findElement(By.xpath("//li[contains(@class,'hallazgo')][.//p[contains(.,'sospechoso.txt')]]"
                + "//p[@class='fragmento']")).getText();
        assertThat(snippet).contains("<script>window.pwned = 1;");
        assertThat(pwned()).isNull();
        assertThat(browser.getTitle()).isEqualTo("propaganda · Búsqueda · Observa").isNotEqualTo(title);

        browser.get(observa.base + "/informes/" + observa.folios.get("sospechoso.txt"));
        String text = browser.findElement(By.cssSelector(".hallazgos-informe")).getText();
        assertThat(text).contains("<script>window.pwned = 1; document.title = 'hackeado'</script>")
                .contains("<img src=x onerror=\"window.pwned = 2\">");
        assertThat(browser.findElements(By.cssSelector(".hallazgos-informe img, .hallazgos-informe script"))).isEmpty();
        assertThat(pwned()).isNull();
        assertThat(browser.getTitle()).doesNotContain("hackeado");
    }

    @Test
    void theKeyboardReachesEverythingAndThePageFitsAPhone() throws Exception {
        search("mesa");
        // The picture of the search page the documentation shows (docs/img/busqueda.png is a copy of it).
        Files.write(Path.of("target", "busqueda.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        // The first Tab from the top of the page lands on the skip link.
        browser.get(browser.getCurrentUrl());
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Saltar al contenido");

        // Pictures of the other pages, for people reviewing a change (not compared with anything).
        browser.get(observa.base + "/tablero");
        Files.write(Path.of("target", "tablero.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.get(observa.base + "/informes/OBS-2022-900003?q=boletas");
        Files.write(Path.of("target", "informe.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.get(observa.base + "/?q=mesa");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        Files.write(Path.of("target", "busqueda-telefono.png"), browser.getScreenshotAs(OutputType.BYTES));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        WebElement results = browser.findElement(By.className("resultados"));
        WebElement filters = browser.findElement(By.className("facetas"));
        assertThat(results.getLocation().getY()).as("results come before the filters on a phone")
                .isLessThan(filters.getLocation().getY());
    }

    private Object pwned() {
        return ((JavascriptExecutor) browser).executeScript("return window.pwned === undefined ? null : window.pwned;");
    }
}
