package mx.observa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import mx.observa.app.ObservaService;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchRequest;
import mx.observa.support.Chromium;
import mx.observa.support.Inbox;
import mx.observa.support.LongReport;
import mx.observa.support.TestHome;

/** The observers' form in headless Chromium, with a report far longer than a form field usually holds. */
class SubmitFormBrowserIT {

    private static final int TYPED_CHARS = 150_000;

    @TempDir
    Path tmp;

    @Test
    void aLongTypedReportIsAcceptedThroughTheForm() throws Exception {
        ObservaConfig config = TestHome.config(tmp.resolve("observa"));
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE)) {
            ChromeDriver browser = Chromium.start(tmp.resolve("perfil"), java.util.Map.of());
            try {
                browser.get("http://127.0.0.1:" + config.get("observa.port") + "/enviar");
                browser.findElement(By.id("nombre")).sendKeys("Ana Pérez");
                browser.findElement(By.id("correo")).sendKeys("ana@example.org");
                new Select(browser.findElement(By.id("alcaldia"))).selectByVisibleText("Iztapalapa");
                // most of the text is pasted (typing 150,000 keys one by one takes minutes), the end typed
                String text = LongReport.text(TYPED_CHARS);
                String ending = " " + LongReport.LAST_WORD;
                WebElement area = browser.findElement(By.id("texto"));
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area,
                        text.substring(0, text.length() - ending.length()));
                area.sendKeys(ending);
                assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].value.length;",
                        area)).intValue()).isEqualTo(TYPED_CHARS);

                browser.findElement(By.cssSelector("form[action='/enviar'] button[type=submit]")).click();

                new WebDriverWait(browser, Duration.ofSeconds(120))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".folio")));
                assertThat(browser.findElement(By.cssSelector(".folio")).getText()).matches("OBS-2022-\\d{6}");
                assertThat(browser.getPageSource()).contains("texto del formulario").doesNotContain("cuarentena");
            } finally {
                browser.quit();
            }
            Inbox.awaitProcessed(service); // the page came once the post was archived; processing follows
            assertThat(service.search().search(new SearchRequest(LongReport.LAST_WORD, null, null, null, null, 0, 10))
                    .hits()).as("the whole text arrived").hasSize(1);
        }
    }
}
