package fi.digipolku.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI through the gateway in a real browser (Debian's chromium, driven by Selenium): it loads every service's
 * document under the gateway's Content-Security-Policy and tries out one call with a pasted token, and with a token
 * from signing in to the realm through the documents' openIdConnect scheme.
 */
class SwaggerUiIT {

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("digipolku.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("digipolku.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyDocumentLoadsAndACallRunsWithAToken() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(Stack.GATEWAY + "/api-docs/");

        Select definitions = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".topbar select"))));
        assertThat(definitions.getOptions()).extracting(WebElement::getText).contains("pathway", "messaging",
                "feedback", "metrics", "gateway");
        for (String name : List.of("pathway", "messaging", "feedback", "metrics", "gateway")) {
            // the list is disabled while a document loads
            definitions = new Select(wait.until(d -> {
                WebElement select = d.findElement(By.cssSelector(".topbar select"));
                return select.isEnabled() ? select : null;
            }));
            definitions.selectByVisibleText(name);
            wait.until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty()
                    && d.findElements(By.cssSelector(".loading-container")).isEmpty()
                    && d.findElement(By.cssSelector(".info .title")).getText().contains(
                            name.equals("gateway") ? "gateway" : name + "-service"));
            assertThat(browser.findElements(By.cssSelector(".errors-wrapper"))).as(name + ": errors shown")
                    .isEmpty();
        }

        authorize(wait, Stack.token("nurse"));
        runSessionCall(wait);
        assertThat(refusals()).as("what the browser refused under the page's policy").isEmpty();
    }

    @Test
    void signingInThroughTheRealmRunsACall() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(Stack.GATEWAY + "/api-docs/");
        Select definitions = new Select(wait.until(d -> {
            List<WebElement> select = d.findElements(By.cssSelector(".topbar select"));
            return !select.isEmpty() && select.get(0).isEnabled() ? select.get(0) : null;
        }));
        definitions.selectByVisibleText("gateway");
        wait.until(d -> d.findElement(By.cssSelector(".info .title")).getText().contains("gateway"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-wrapper .authorize"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        WebElement code = wait.until(d -> dialog.findElements(By.cssSelector(".auth-container")).stream()
                .filter(c -> c.getText().contains("authorization_code")).findFirst().orElse(null));
        String swagger = browser.getWindowHandle();
        code.findElement(By.cssSelector("button.authorize")).click();
        wait.until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(swagger)).findFirst()
                .orElseThrow());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("nurse");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        // the realm sends the popup back to /api-docs/oauth2-redirect.html, which hands over the code and closes
        wait.until(d -> d.getWindowHandles().size() == 1);
        browser.switchTo().window(swagger);
        wait.until(d -> dialog.findElements(By.cssSelector(".auth-container")).stream()
                .filter(c -> c.getText().contains("authorization_code"))
                .anyMatch(c -> c.findElement(By.cssSelector("button.authorize")).getText().contains("Logout")));
        assertThat(dialog.findElements(By.cssSelector(".errors"))).as("sign-in errors").isEmpty();
        dialog.findElement(By.cssSelector("button.btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));

        runSessionCall(wait);
        assertThat(refusals()).as("what the browser refused under the page's policy").isEmpty();
    }

    /** Tries out GET /api/v1/session of the gateway's document: it answers 200 for the nurse, a professional. */
    private static void runSessionCall(WebDriverWait wait) {
        WebElement session = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".opblock-get .opblock-summary-path[data-path='/api/v1/session']")));
        session.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".execute"))).click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".live-responses-table tr.response .response-col_status")));
        assertThat(status.getText()).isEqualTo("200");
        assertThat(browser.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"))
                .getText()).contains("professional");
    }

    private static List<String> refusals() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused")).toList();
    }

    /** Pastes a token into the Authorize dialog's bearer scheme, as a developer does. */
    private static void authorize(WebDriverWait wait, String token) {
        browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        WebElement bearer = dialog.findElements(By.cssSelector(".auth-container")).stream()
                .filter(c -> c.findElements(By.cssSelector("h4 code")).stream()
                        .anyMatch(name -> name.getText().equals("bearer")))
                .findFirst().orElseThrow();
        bearer.findElement(By.cssSelector("input")).sendKeys(token);
        bearer.findElement(By.cssSelector("button.authorize")).click();
        dialog.findElement(By.cssSelector("button.btn-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }
}
