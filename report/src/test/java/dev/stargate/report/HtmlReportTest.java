package dev.stargate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final String html = read();

    private static String read() {
        try {
            return Files.readString(Fixture.runDirectory().resolve("report.html"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everySectionAndChartIsThere() {
        for (String id : new String[] {"figures", "map", "buildout", "plan", "power", "training", "inference", "cost", "assumptions"}) {
            assertThat(html).contains("<section id=\"" + id + "\">");
        }
        Matcher m = Pattern.compile("<svg ").matcher(html);
        int svgs = 0;
        while (m.find()) svgs++;
        // map, buildout, plan bars, power, energy mix, carbon, job Gantt, goodput, regions, SLO, inference over time, cost
        assertThat(svgs).isEqualTo(12);
        assertThat(html).contains("Binding constraints").contains("llama70b_class").doesNotContain("NaN");
    }

    @Test
    void scenarioTextIsEscaped() {
        assertThat(html).contains("Report &lt;test&gt; &amp; co").doesNotContain("Report <test>");
        assertThat(html).contains("&lt;b&gt;not bold&lt;/b&gt;").doesNotContain("<b>not bold</b>");
        assertThat(html).contains("&lt;i&gt;markup&lt;/i&gt;");
    }

    @Test
    void worksOfflineWithoutScripts() {
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(html).doesNotContain("<script").doesNotContain("<link ").doesNotContain("@import");
    }
}
