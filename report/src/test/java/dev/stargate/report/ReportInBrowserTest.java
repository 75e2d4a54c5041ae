package dev.stargate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The report opens in headless Chromium with no console errors, and every chart renders with a
 * real size and content. A screenshot is kept in target/screenshots/.
 */
class ReportInBrowserTest {
    @Test
    void rendersInHeadlessChromiumWithoutErrors() throws Exception {
        Path report = Fixture.runDirectory().resolve("report.html");
        ChromeDriver driver = HeadlessChromium.start();
        try {
            driver.get(report.toUri().toString());
            assertThat(driver.getTitle()).contains("Stargate report");
            List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).hasSize(12);
            for (WebElement svg : charts) {
                String name = svg.getAttribute("aria-label");
                assertThat(svg.getRect().getWidth()).as(name).isGreaterThan(100);
                assertThat(svg.getRect().getHeight()).as(name).isGreaterThan(40);
                assertThat(svg.findElements(By.xpath("./*")).size()).as(name).isGreaterThan(3);
            }
            assertThat(HeadlessChromium.severeConsoleMessages(driver)).as("browser console errors").isEmpty();
            HeadlessChromium.screenshot(driver, "report");
        } finally {
            driver.quit();
        }
    }
}
