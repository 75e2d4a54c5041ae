package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.report.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The sweep report opens in headless Chromium without console errors; each tornado chart has its bars. */
class SweepReportInBrowserTest {
    @Test
    void rendersItsTornadoChartsInHeadlessChromium(@TempDir Path dir) throws Exception {
        SweepRun run = Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_JOB), 8, new LocalExecutor(2), 1, n -> { });
        SweepFiles.write(run, dir, "test");
        ChromeDriver driver = HeadlessChromium.start();
        try {
            driver.get(dir.resolve(SweepFiles.REPORT).toUri().toString());
            assertThat(driver.getTitle()).contains("Stargate sweep");
            List<WebElement> charts = driver.findElements(By.cssSelector("svg.chart"));
            assertThat(charts).isNotEmpty();
            for (WebElement svg : charts) {
                String name = svg.getAttribute("aria-label");
                assertThat(svg.getRect().getWidth()).as(name).isGreaterThan(300);
                assertThat(svg.getRect().getHeight()).as(name).isGreaterThan(60);
                // one bar (a rect with its value as tooltip) per parameter whose correlation is defined
                List<WebElement> bars = svg.findElements(By.xpath(".//*[local-name()='rect'][*[local-name()='title']]"));
                assertThat(bars).as(name).hasSizeBetween(1, 3);
                assertThat(bars).allSatisfy(b -> assertThat(b.getRect().getWidth()).isPositive());
            }
            // every sample completes the job: that output has nothing to chart, and the report says so
            assertThat(charts).noneSatisfy(c -> assertThat(c.getAttribute("aria-label")).contains("training.completed"));
            assertThat(driver.getPageSource()).contains("The same in every sample (no correlation to chart): training.completed.");
            assertThat(HeadlessChromium.severeConsoleMessages(driver)).as("browser console errors").isEmpty();
            HeadlessChromium.screenshot(driver, "sweep-report");
        } finally {
            driver.quit();
        }
    }
}
