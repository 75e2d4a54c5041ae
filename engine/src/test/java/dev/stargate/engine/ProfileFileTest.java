package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.RunResult;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's weather can come from a CSV of measured hours instead of the generators. */
class ProfileFileTest {
    static final String SCENARIO = """
            name: measured weather
            horizon: {start: 2027-07-01, end: 2027-07-02}
            sites:
              - name: s1
                country: US
                region: ercot
                latitudeDeg: 32.5
                longitudeDeg: -99.8
                cooling: air
                grid: {interconnectMw: 50}
                profilesFile: weather.csv
                energy:
                  - {technology: solar_pv, capacityMw: 10}
                phases:
                  - {name: all, onlineDate: 2027-01-01, accelerator: nvidia_h100_sxm, acceleratorCount: 1000}
            """;

    @Test
    void measuredHoursDriveTemperatureAndSolar(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("time,temperatureDegC,solarCf\n");
        for (int h = -2; h < 26; h++) {
            csv.append(java.time.LocalDateTime.of(2027, 7, 1, 0, 0).plusHours(h)).append(",40,").append(h % 2 == 0 ? "0.5" : "0").append('\n');
        }
        Files.writeString(dir.resolve("weather.csv"), csv);
        Files.writeString(dir.resolve("s.yaml"), SCENARIO);
        RunResult r = Simulation.run(ScenarioLoader.load(dir.resolve("s.yaml")), RunOptions.defaults().withInvariantChecks());
        HourlySites h = r.hourlySites();
        for (int k = 0; k < 24; k++) {
            assertThat(h.get("temperatureDegC", k, 0)).isEqualTo(40);
            assertThat(h.get("pue", k, 0)).isCloseTo(1.25 + 0.012 * 25, within(1e-12)); // air: knee 15 °C
            assertThat(h.get("solarCf", k, 0)).isEqualTo(k % 2 == 0 ? 0.5 : 0);
            assertThat(h.get("variableGeneratedMwh", k, 0)).isEqualTo(k % 2 == 0 ? 5 : 0);
        }
    }

    @Test
    void aProfileThatDoesNotCoverTheHorizonIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("weather.csv"), "time,solarCf\n2027-07-01T00:00,0.1\n2027-07-01T01:00,0.2\n");
        Files.writeString(dir.resolve("s.yaml"), SCENARIO);
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("s.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sites[0].profilesFile: profile covers 2027-07-01T00:00 to 2027-07-01T02:00");
    }

    @Test
    void badCellsAreReportedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("weather.csv"), "time,solarCf,windcf\n2027-07-01T00:00,1.5,0.2\n");
        Files.writeString(dir.resolve("s.yaml"), SCENARIO);
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("s.yaml")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("weather.csv:1:1: error: sites[0].profilesFile: unknown column 'windcf'; did you mean 'windCf'?");
        Files.writeString(dir.resolve("weather.csv"), "time,solarCf\n2027-07-01T00:00,1.5\n");
        assertThatThrownBy(() -> ScenarioLoader.load(dir.resolve("s.yaml")))
                .hasMessageContaining("weather.csv:2:18: error: sites[0].profilesFile: solarCf 1.5 is out of range");
    }
}
