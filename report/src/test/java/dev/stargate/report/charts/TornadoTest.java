package dev.stargate.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Tornado charts: longest bar on top, sides by sign, undefined values marked, long labels kept to their end. */
class TornadoTest {
    @Test
    void barsAreSortedByLengthAndSidedBySign() {
        String svg = Tornado.render("t", "rho", List.of("small", "big negative", "undefined", "medium"), new double[] {0.1, -0.9, Double.NaN, 0.5},
                1.0, 900);
        Matcher tips = Pattern.compile("<title>([^<]+)</title>").matcher(svg);
        StringBuilder order = new StringBuilder();
        while (tips.find()) order.append(tips.group(1)).append(';');
        assertThat(order.toString()).contains("big negative: -0.900;medium: +0.500;small: +0.100;");
        assertThat(svg).contains("n/a (constant)");
        Matcher negative = Pattern.compile("<rect x=\"([\\d.]+)\"[^>]*width=\"([\\d.]+)\"[^>]*fill=\"#D55E00\"").matcher(svg);
        assertThat(negative.find()).isTrue();
        Matcher positive = Pattern.compile("<rect x=\"([\\d.]+)\"[^>]*fill=\"#0072B2\"").matcher(svg);
        assertThat(positive.find()).isTrue();
        // the negative bar ends where the positive ones begin: at zero
        assertThat(Double.parseDouble(negative.group(1)) + Double.parseDouble(negative.group(2))).isCloseTo(Double.parseDouble(positive.group(1)),
                within(0.01));
    }

    @Test
    void aSecondMeasureIsADiamondOnItsRowWithItsValueInTheTooltip() {
        String svg = Tornado.render("t", "rho", List.of("a", "b"), new double[] {0.2, -0.6}, new double[] {0.8, Double.NaN}, "PRCC", 1.0, 900);
        assertThat(svg).contains("<title>a: +0.200, PRCC +0.800</title>").contains("<title>a: PRCC +0.800</title>").contains("<title>b: -0.600</title>");
        assertThat(Pattern.compile("<path d=\"M").matcher(svg).results().count()).isEqualTo(1); // no diamond where the measure is undefined
    }

    @Test
    void longLabelsKeepTheirEnd() {
        assertThat(Tornado.fit("catalogue.accelerators.nvidia_h100_sxm.failureRatePerDay", 30)).hasSize(30).startsWith("…")
                .endsWith("h100_sxm.failureRatePerDay");
        assertThat(Tornado.fit("short", 30)).isEqualTo("short");
    }
}
