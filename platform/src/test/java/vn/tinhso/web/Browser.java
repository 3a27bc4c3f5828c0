package vn.tinhso.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, each browser with a fresh profile. Missing packages fail
 * the test with the command that installs them ({@code .ci/run} does), never skip it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) {
        return open(port, 1280, 900);
    }

    static Browser open(int port, int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory("tinhso-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--lang=vi", "--accept-lang=vi");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, "http://localhost:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(String css) {
        return waitFor(css);
    }

    WebElement waitFor(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException missing) {
            throw new AssertionError(css + " not on " + driver.getCurrentUrl() + ": " + pageText(), missing);
        }
    }

    /** What the page says, for a failure message. */
    private String pageText() {
        String text = driver.findElement(By.tagName("body")).getText();
        return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("Waited in vain on " + driver.getCurrentUrl() + " showing:\n"
                    + driver.findElement(By.tagName("body")).getText(), timeout);
        }
    }

    String text(String css) {
        return find(css).getText();
    }

    /**
     * Waits until the element says {@code expected}, then returns its text. A click that submits a form returns
     * before the next page replaces this one, so reading at once could see the old page or a stale element.
     */
    String textOnceItSays(String css, String expected) {
        waitUntil(d -> d.findElement(By.cssSelector(css)).getText().contains(expected));
        return text(css);
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    /** Signs in from the header's link through single sign-on; leaves the browser where the sign-in sends it. */
    void signIn(String username) {
        go("/dang-nhap");
        signInAtTheProvider(username);
    }

    /** On the provider's sign-in page: fills it in and waits until the browser is back on the platform's pages. */
    void signInAtTheProvider(String username) {
        waitUntil(d -> d.getCurrentUrl().contains("/idp/login"));
        type("#username", username);
        type("#password", "TinhSo@2026");
        click("form[action='/idp/login'] button[type=submit]");
        waitUntil(d -> !d.getCurrentUrl().contains("/idp/") && !d.getCurrentUrl().contains("/oauth2/")
                && !d.getCurrentUrl().contains("/login/oauth2/"));
    }

    void signOut() {
        click("form[action='/dang-xuat'] button");
        waitUntil(d -> d.getCurrentUrl().contains("daDangXuat"));
    }

    /** The HTTP status a GET of {@code path} gets with this browser's session. */
    long statusOf(String path) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));",
                base + path);
        return ((Number) status).longValue();
    }

    /** Uploads through a file input marked data-upload and waits until the page has the stored file's id. */
    void upload(String inputCss, Path file) {
        WebElement input = find(inputCss);
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement box = input.findElement(By.xpath("./ancestor::div[contains(@class,'upload')]"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> box.getAttribute("data-uploaded") != null);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
