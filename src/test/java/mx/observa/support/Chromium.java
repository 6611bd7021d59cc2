package mx.observa.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Debian's headless Chromium and chromedriver, set explicitly so Selenium Manager never downloads a browser. */
public final class Chromium {

    private Chromium() {
    }

    /**
     * The page holding {@code element} was replaced. As {@code ExpectedConditions.stalenessOf}, and also when
     * chromedriver, asked while the new page is being built, answers that the node "does not belong to the document"
     * instead of calling it stale (an "unknown error" it raises now and then).
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
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
