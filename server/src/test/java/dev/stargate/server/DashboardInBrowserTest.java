package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.report.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium, as a user meets it: write a scenario in the editor (errors
 * shown inline, then fixed), save it, start a run, watch it reach 100 % through live events,
 * see the key figures and the report's charts, compare two runs and open a plan's buildout
 * timeline. Screenshots of each page are kept in target/screenshots/.
 */
class DashboardInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void fromScenarioToChartsInTheBrowser() throws Exception {
        ChromeDriver driver = HeadlessChromium.start();
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir))) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            WebDriverWait runWait = new WebDriverWait(driver, Duration.ofMinutes(3));
            JavascriptExecutor js = driver;
            String base = "http://localhost:" + s.server.port(); // the browser resolves no other host name

            // the editor shows server-side validation inline
            driver.get(base + "/#/scenarios/new");
            WebElement source = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
            String yaml = TestServer.resource("small.yaml");
            type(js, source, yaml.replace("acceleratorCount: 60000", "acceleratorCount: -5"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "sites[0].phases[0].acceleratorCount"));
            assertThat(driver.findElement(By.id("problems")).getText()).contains("line 14:93").contains("out of range");
            assertThat(driver.findElements(By.cssSelector("#gutter .bad"))).extracting(WebElement::getText).containsExactly("14");
            HeadlessChromium.screenshot(driver, "dashboard-editor-errors");
            type(js, source, yaml);
            wait.until(ExpectedConditions.textToBe(By.id("validity"), "valid"));
            assertThat(driver.findElements(By.cssSelector("#problems li"))).isEmpty();

            // save, then the scenario's page with its fleet map
            driver.findElement(By.id("save")).click();
            wait.until(ExpectedConditions.urlMatches("#/scenarios/\\d+$"));
            WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".map img")));
            wait.until(d -> (Boolean) js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", map));
            HeadlessChromium.screenshot(driver, "dashboard-scenario");

            // start a run; the page follows it live to 100 % and shows the results
            wait.until(ExpectedConditions.elementToBeClickable(By.id("simulate"))).click();
            wait.until(ExpectedConditions.urlMatches("#/runs/\\d+$"));
            long runId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*#/runs/", ""));
            runWait.until(ExpectedConditions.textToBe(By.cssSelector("#run-head .status"), "succeeded"));
            assertThat(driver.findElement(By.id("pct")).getText()).isEqualTo("100.0 %");
            assertThat(driver.findElement(By.cssSelector("#run-head [role=progressbar]")).getAttribute("aria-valuenow")).isEqualTo("100");
            List<WebElement> figures = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#figures .card"), 11));
            assertThat(figures.get(0).getText()).contains("90,000").contains("Accelerators");
            WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe.report")));
            driver.switchTo().frame(frame);
            List<WebElement> charts = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("svg.chart"), 8));
            assertThat(charts.get(0).getRect().getWidth()).isGreaterThan(100);
            driver.switchTo().defaultContent();
            HeadlessChromium.screenshot(driver, "dashboard-run");

            // names are text, never markup
            String markup = "<img src=x id=injected>";
            s.post("/api/scenarios", "application/yaml", yaml.replace("name: Small fleet", "name: \"" + markup + "\""));
            driver.get(base + "/#/scenarios");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), markup));
            assertThat(driver.findElements(By.id("injected"))).isEmpty();

            // the run list shows it finished
            driver.get(base + "/#/runs");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-run='" + runId + "']"), "succeeded"));

            // a second run, then the comparison of the two
            long scenarioId = s.get("/api/runs/" + runId).json().get("scenarioId").asLong();
            long second = s.startRun(scenarioId, "simulate", 99L);
            s.awaitFinal(second, Duration.ofMinutes(3));
            driver.get(base + "/#/compare?a=" + runId + "&b=" + second);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison tbody tr"), 21));
            HeadlessChromium.screenshot(driver, "dashboard-compare");

            // a plan run's buildout timeline
            long plan = s.startRun(s.createScenario("plan.yaml"), "plan", null);
            assertThat(s.awaitFinal(plan, Duration.ofMinutes(3)).get("status").asText()).isEqualTo("succeeded");
            driver.get(base + "/#/runs/" + plan + "/plan");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.timeline rect")));
            assertThat(driver.findElements(By.cssSelector("svg.timeline rect")).size()).isGreaterThanOrEqualTo(3);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Milestones").contains("north");
            HeadlessChromium.screenshot(driver, "dashboard-plan");

            // the overview: counts, the latest scenario's map, recent runs
            driver.get(base + "/#/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recent table")));
            assertThat(driver.findElement(By.id("live")).getText()).contains("live");
            HeadlessChromium.screenshot(driver, "dashboard-overview");

            assertThat(HeadlessChromium.severeConsoleMessages(driver)).as("browser console errors").isEmpty();
        } finally {
            driver.quit();
        }
    }

    @Test
    void logInWithATokenThenWorkInTheWorkspace() throws Exception {
        ServerConfig config = TestDatabase.all().get(0).config(dir).withAuth(true);
        AuthTest.Tokens tk = AuthTest.tokens(config);
        ChromeDriver driver = HeadlessChromium.start();
        try (TestServer s = TestServer.start(config)) {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            JavascriptExecutor js = driver;
            String base = "http://localhost:" + s.server.port();
            driver.get(base + "/#/scenarios/new");
            WebElement token = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token")));
            token.sendKeys("sgt_wrong");
            driver.findElement(By.cssSelector("#login button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "unknown or revoked token"));
            HeadlessChromium.screenshot(driver, "dashboard-login");
            driver.findElement(By.id("token")).clear();
            driver.findElement(By.id("token")).sendKeys(tk.alphaPlanner());
            driver.findElement(By.cssSelector("#login button")).click();
            wait.until(ExpectedConditions.textToBe(By.id("who"), "alpha · planner"));

            // the editor's save goes through the session cookie and its CSRF token
            WebElement source = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source")));
            type(js, source, TestServer.resource("small.yaml"));
            wait.until(ExpectedConditions.textToBe(By.id("validity"), "valid"));
            driver.findElement(By.id("save")).click();
            wait.until(ExpectedConditions.urlMatches("#/scenarios/\\d+$"));
            assertThat(s.withToken(tk.alphaViewer()).get("/api/scenarios").json().get("total").asInt()).isEqualTo(1);
            assertThat(s.withToken(tk.betaPlanner()).get("/api/scenarios").json().get("total").asInt()).isZero();
            assertThat(driver.manage().getCookieNamed("stargate_session").isHttpOnly()).isTrue();
            assertThat(js.executeScript("return document.cookie")).as("the session cookie is out of scripts' reach").isEqualTo("");

            String session = driver.manage().getCookieNamed("stargate_session").getValue();
            assertThat(s.as(java.util.Map.of("Cookie", "stargate_session=" + session)).get("/api/scenarios").status()).isEqualTo(200);
            driver.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token")));
            assertThat(s.as(java.util.Map.of("Cookie", "stargate_session=" + session)).get("/api/scenarios").status())
                    .as("the session ended on the server, not only in the browser").isEqualTo(401);
            assertThat(HeadlessChromium.severeConsoleMessages(driver)).as("browser console errors")
                    .allSatisfy(m -> assertThat(m.getMessage()).contains("401"));
        } finally {
            driver.quit();
        }
    }

    /** Replaces the editor's text as typing would (an input event), without typing it key by key. */
    private static void type(JavascriptExecutor js, WebElement textarea, String text) {
        js.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", textarea, text);
    }
}
