package dev.stargate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation suite runs in every build: every case passes and docs/validation.md is current. */
class ValidationTest {
    @Test
    void everyCasePassesAndThePageIsCurrent() throws Exception {
        List<Validation.Result> results = Validation.run(Path.of("..", "validation", "cases.yaml"));
        assertThat(results).hasSizeGreaterThanOrEqualTo(10);
        for (Validation.Result r : results) {
            assertThat(r.pass()).as("%s: published %s, simulated %s (%+.1f%%)", r.c().name(), r.published(),
                    Validation.format(r.simulated()), 100 * r.error()).isTrue();
        }
        String page = Files.readString(Path.of("..", "docs", "validation.md"));
        assertThat(page).as("docs/validation.md is out of date: run ./stargate validation --write docs/validation.md")
                .isEqualTo(Validation.markdown(results));
    }

    @Test
    void aCaseThatMissesItsFigureFails() throws Exception {
        Path dir = Files.createTempDirectory("validation");
        Files.copy(Path.of("..", "validation", "ercot-carbon.yaml"), dir.resolve("ercot-carbon.yaml"));
        Files.writeString(dir.resolve("cases.yaml"), """
                cases:
                  - name: wrong-figure
                    what: "ERCOT intensity against a wrong published value"
                    scenario: ercot-carbon.yaml
                    metric: {numerator: energy.carbonTonnes, denominator: energy.facilityMwh, scale: 2204.62262}
                    publishedValue: 900
                    tolerance: 0.05
                    source: test
                """);
        Validation.Result r = Validation.run(dir.resolve("cases.yaml")).get(0);
        assertThat(r.pass()).isFalse();
        assertThat(r.error()).isBetween(-0.23, -0.21);
    }
}
