package mx.observa.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium and chromedriver, set explicitly so Selenium Manager never downloads a browser. */
public final class Chromium {

    private Chromium() {
    }

    /**
     * Runs {@code action} (a click or a key that leaves the page) and waits until another document has fully loaded.
     * The old page is marked first and the new one must not carry the mark: waiting for the old element to go stale
     * was not enough, because chromedriver, asked while the next page is being built, now and then answers that the
     * node "does not belong to the document" while the old page is still the current one, and the next lookup then
     * found an element of the old page (two report pages share their ids).
     */
    public static void leavePage(ChromeDriver driver, WebDriverWait wait, Runnable action) {
        driver.executeScript("window.observaPageLeft = true;");
        action.run();
        wait.until(d -> {
            try {
                return Boolean.TRUE.equals(driver.executeScript(
                        "return window.observaPageLeft === undefined && document.readyState === 'complete';"));
            } catch (WebDriverException e) {
                // the script was sent between two documents: ask again
                return false;
            }
        });
    }

    /**
     * @param profile a folder of its own for the browser profile
     * @param prefs   Chromium preferences (e.g. the download folder), may be empty
     */
    public static ChromeDriver start(Path profile, Map<String, Object> prefs) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=es-MX", "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile));
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
