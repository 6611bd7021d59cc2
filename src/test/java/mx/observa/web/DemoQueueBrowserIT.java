package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.Ingestion;
import mx.observa.app.ObservaService;
import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.report.Publishing;
import mx.observa.report.ReportWriter;
import mx.observa.support.Chromium;
import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;

/**
 * The issue's «done when», in a real browser on the demo data: {@code sample-reports/} is ingested as
 * {@code observa demo} does (which also writes the first consolidated report), an analyst signs in, walks the review
 * queue from the keyboard («Siguiente pendiente», Enter) confirming every item and rejecting one serious incident as
 * «no es hallazgo», until the queue says it is empty; the next consolidated report then counts every report and
 * serious incident the analyst reviewed, none as automatic only, and does not list the rejected one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoQueueBrowserIT {

    private static final Path SAMPLES = TestHome.projectRoot().resolve("sample-reports");
    /** The files of sample-reports/ that describe the folder rather than being reports (as {@code observa demo}). */
    private static final Set<String> SAMPLE_DOCS = Set.of("README.md", "catalogo.csv");

    private ObservaConfig config;
    private ObservaService service;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path tmp;

    @BeforeAll
    void demo(@TempDir Path tmp) throws Exception {
        this.tmp = tmp;
        config = TestHome.config(tmp);
        Ingestion.run(config, List.of(SAMPLES), f -> !SAMPLE_DOCS.contains(f.getFileName().toString()));
        ReportWriter.write(config, Publishing.configured(config), config.outDir(), null);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        browser = Chromium.start(tmp.resolve("perfil"), Map.of());
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void anAnalystClearsTheDemoQueueFromTheKeyboardAndTheNextReportCountsTheReviews() throws Exception {
        JsonNode before = Json.MAPPER.readTree(config.outDir().resolve(ReportWriter.JSON).toFile());
        assertThat(before.at("/revision/informes_revisados").asLong()).isZero();
        assertThat(before.at("/revision/incidencias_graves_automaticas").asLong()).isPositive();

        String base = "http://127.0.0.1:" + config.get("observa.port");
        browser.get(base + "/revision");
        wait.until(ExpectedConditions.urlContains("/entrar"));
        browser.findElement(By.id("usuario")).sendKeys("analista");
        browser.findElement(By.id("contrasena")).sendKeys(SearchFixture.PASSWORDS.get("analista"), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("conteo-incidencias-graves")));
        int pending = total();
        Set<String> serious = hrefs("incidencias-graves");
        assertThat(serious).hasSize(count("incidencias-graves")).isNotEmpty();
        // a near-duplicate is counted once in the edition, with the report it repeats
        Set<String> nearDuplicates = hrefs("casi-identicos");

        Set<String> reviewed = new LinkedHashSet<>();
        Set<String> folios = new HashSet<>();
        Set<String> counted = new HashSet<>();
        List<String> rejected = new ArrayList<>();
        WebElement next = browser.findElement(By.id("siguiente"));
        String skipped = null;
        while (true) {
            followFromKeyboard(next);
            String url = browser.getCurrentUrl();
            if (!url.contains("/informes/")) {
                break;
            }
            String item = item(url);
            if (skipped == null) {
                // the analyst leaves the first item for later: «Siguiente» moves past it, and it comes round again
                skipped = item;
                next = browser.findElement(By.id("siguiente"));
                followFromKeyboard(next);
                item = item(browser.getCurrentUrl());
                assertThat(item).as("moved past the item left unreviewed").isNotEqualTo(skipped);
            }
            assertThat(reviewed.add(item)).as("the queue moved on from %s", item).isTrue();
            assertThat(reviewed).as("more items than the queue counted").hasSizeLessThanOrEqualTo(pending);
            String folio = item.substring(0, item.indexOf('#'));
            folios.add(folio);
            if (!nearDuplicates.contains(item)) {
                counted.add(folio);
            }
            String anchor = item.substring(item.indexOf('#') + 1);
            if (anchor.equals("revision")) {
                // a report-level item (no place, a near-duplicate): saving its data confirms them
                Chromium.leavePage(browser, wait,
                        () -> browser.findElement(By.id("guardar-datos")).sendKeys(Keys.ENTER));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#revision-alcaldia .revisado"), "Revisado por analista"));
            } else {
                browser.findElement(By.id("revisar-" + anchor)).sendKeys(Keys.ENTER);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guardar-" + anchor)));
                if (rejected.isEmpty() && serious.contains(item)) {
                    rejected.add(browser.findElement(By.cssSelector("#" + anchor + " .texto")).getText());
                    new Select(browser.findElement(By.id("tipo-" + anchor))).selectByValue("no_hallazgo");
                    browser.findElement(By.id("nota-" + anchor)).sendKeys("No lo vio la persona observadora.");
                }
                Chromium.leavePage(browser, wait,
                        () -> browser.findElement(By.id("guardar-" + anchor)).sendKeys(Keys.ENTER));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + anchor + " .revisado")));
            }
            next = browser.findElement(By.id("siguiente"));
        }
        assertThat(browser.findElements(By.id("cola-vacia"))).as("the queue says it is empty").hasSize(1);
        assertThat(total()).isZero();
        assertThat(reviewed).hasSize(pending).contains(skipped);
        assertThat(rejected).hasSize(1);

        Path out = tmp.resolve("siguiente-edicion");
        ReportWriter.write(config, Publishing.configured(config), out, null);
        JsonNode after = Json.MAPPER.readTree(out.resolve(ReportWriter.JSON).toFile());
        long seriousBefore = before.at("/revision/incidencias_graves_automaticas").asLong();
        assertThat(after.at("/revision/incidencias_graves_automaticas").asLong()).isZero();
        assertThat(after.at("/revision/incidencias_graves_descartadas").asLong()).isEqualTo(1);
        assertThat(after.at("/revision/incidencias_graves_revisadas").asLong()).isEqualTo(seriousBefore - 1);
        assertThat(after.at("/incidencias_graves/hallazgos").asLong()).isEqualTo(seriousBefore - 1);
        assertThat(after.at("/revision/informes_revisados").asLong())
                .isBetween((long) counted.size(), (long) folios.size());
        assertThat(after.at("/revision/informes_revisados").asLong() + after.at("/revision/informes_automaticos").asLong())
                .isEqualTo(before.at("/revision/informes_automaticos").asLong());
        String html = Files.readString(out.resolve(ReportWriter.HTML));
        String incidents = html.substring(html.indexOf("id=\"incidencias\""), html.indexOf("id=\"buenas-practicas\""));
        assertThat(incidents).doesNotContain(rejected.get(0));
        assertThat(html).contains("Revisión por personas");
    }

    /** Presses Enter on a link (the queue's or the report page's «Siguiente pendiente») and waits for the next page. */
    private void followFromKeyboard(WebElement link) {
        Chromium.leavePage(browser, wait, () -> link.sendKeys(Keys.ENTER));
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("siguiente")),
                ExpectedConditions.presenceOfElementLocated(By.id("cola-vacia"))));
    }

    private int total() {
        return browser.findElements(By.cssSelector(".conteos-revision strong")).stream()
                .mapToInt(e -> Integer.parseInt(e.getText())).sum();
    }

    private int count(String category) {
        return Integer.parseInt(browser.findElement(By.id("conteo-" + category)).getText());
    }

    /** The items the queue page lists under a category ({@link #item}). */
    private Set<String> hrefs(String category) {
        Set<String> out = new LinkedHashSet<>();
        for (WebElement a : browser.findElements(By.cssSelector("#" + category + " a[href*='/informes/']"))) {
            out.add(item(a.getAttribute("href")));
        }
        return out;
    }

    /** The pending item a report page's address opens: {@code FOLIO#hN} (a finding) or {@code FOLIO#revision}. */
    private static String item(String url) {
        String path = url.substring(url.indexOf("/informes/") + "/informes/".length());
        String folio = path.substring(0, path.replaceAll("[?#].*", "").length());
        return folio + path.substring(path.indexOf('#'));
    }
}
