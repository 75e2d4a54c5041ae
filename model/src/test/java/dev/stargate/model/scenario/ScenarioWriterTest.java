package dev.stargate.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.model.input.Unbinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scenarios with catalogue overrides, defaults and odd but valid values survive a write/read round trip. */
class ScenarioWriterTest {
    private static final String SCENARIO = """
            name: Round trip
            horizon: {start: 2027-01-01, end: 2028-01-01, stepMinutes: 30}
            seed: 1234567890123456789
            catalogue:
              accelerators:
                nvidia_gb200:
                  failureRatePerDay: 1.0e-3
                  unitPriceUsd: 40_000
                  notes: [0x10, 1_000, 1e5, .inf, yes, NO, True, "quoted"]
                acme_x1:
                  displayName: 1e5
                  vendor: NO
                  availableYear: 2027
                  systemPowerW: 1500
                  idlePowerFraction: 0.3
                  bf16DenseTflops: 2000
                  hbmGb: 192
                  hbmTbPerS: 8
                  scaleUpDomain: 8
                  acceleratorsPerRack: 32
                  rackPowerKw: 48
                  unitPriceUsd: 30000
                  lifetimeYears: 5
                  failureRatePerDay: 5.0e-4
              energy:
                gas_engine: {carbonFree: no}
              regions:
                ercot: {country: US, displayName: Off}
              models:
                llama70b_class:
                  tokensPerSecondPerAccelerator: {acme_x1: 5000}
            sites:
              - name: abilene
                displayName: yes
                country: US
                region: ercot
                latitudeDeg: -0
                longitudeDeg: -99.78
                cooling: liquid_dtc
                grid: {interconnectMw: 300}
                energy:
                  - {technology: gas_engine, capacityMw: 100, backup: yes}
                phases:
                  - {name: "1", onlineDate: 2026-06-01, accelerator: nvidia_gb200, acceleratorCount: 50000}
                  - {name: "NO", onlineDate: 2026-07-01, accelerator: acme_x1, acceleratorCount: 1_000}
            training:
              jobs:
                - {name: j, acceleratorCount: 1000, durationH: 1e2, earliestStart: 2027-01-01T06:30}
            inference:
              regions:
                - {name: "on", country: US, latitudeDeg: 41.88, longitudeDeg: -87.63, utcOffsetH: -6}
              services:
                - {name: chat, model: llama70b_class, demand: [{region: "on", meanTokensPerSecond: 1.0e6}]}
            """;

    @Test
    void writesOverridesAndValuesSoThatTheyReadBackTheSame() {
        LoadedScenario ls = ScenarioLoader.parse(SCENARIO, "round-trip.yaml", Path.of("."));
        assertThat(ls.scenario().sites().get(0).energy().get(0).backup()).isTrue();
        assertThat(ls.scenario().sites().get(0).displayName()).isEqualTo("yes");
        assertThat(ls.catalogue().energy().get("gas_engine").carbonFree()).isFalse();
        assertThat(ls.catalogue().accelerators().get("acme_x1").vendor()).isEqualTo("NO");
        assertThat(ls.catalogue().accelerators().get("acme_x1").displayName()).isEqualTo("1e5");
        assertThat(ls.catalogue().accelerators().get("nvidia_gb200").notes())
                .containsExactly("0x10", "1_000", "1e5", ".inf", "yes", "NO", "True", "quoted");
        assertThat(ls.catalogue().regions().get("ercot").displayName()).isEqualTo("Off");

        String yaml = ScenarioWriter.toYaml(ls.scenario(), Unbinder.toPlain(ls.catalogueOverrides()));
        LoadedScenario again = ScenarioLoader.parse(yaml, "written.yaml", Path.of("."));
        assertThat(again.scenario()).as(yaml).isEqualTo(ls.scenario());
        assertThat(again.catalogue()).as(yaml).isEqualTo(ls.catalogue());
        assertThat(again.scenario().seed()).isEqualTo(1234567890123456789L);
    }

    @Test
    void anEmptyCatalogueOrSectionChangesNothing() {
        String base = SCENARIO.substring(0, SCENARIO.indexOf("catalogue:")) + SCENARIO.substring(SCENARIO.indexOf("sites:"))
                .replace("accelerator: acme_x1, acceleratorCount: 1_000", "accelerator: nvidia_gb200, acceleratorCount: 1_000");
        LoadedScenario plain = ScenarioLoader.parse(base, "plain.yaml", Path.of("."));
        for (String empty : new String[] {"catalogue:\n", "catalogue: ~\n", "catalogue:\n  # accelerators: {}\n",
                "catalogue:\n  accelerators:\n  models: ~\n", "catalogue: {}\n"}) {
            LoadedScenario ls = ScenarioLoader.parse(empty + base, "empty.yaml", Path.of("."));
            assertThat(ls.catalogue()).as(empty).isEqualTo(plain.catalogue());
            assertThat(ls.warnings()).as(empty).isEmpty();
        }
        assertThat(ScenarioLoader.parse("catalogue:\n" + base, "empty.yaml", Path.of(".")).catalogueOverrides()).isNull();
    }

    @Test
    void writesTheCatalogueAfterTheSeedAndLeavesOutAbsentValues() {
        LoadedScenario ls = ScenarioLoader.parse(SCENARIO, "round-trip.yaml", Path.of("."));
        String yaml = ScenarioWriter.toYaml(ls.scenario(), Unbinder.toPlain(ls.catalogueOverrides()));
        assertThat(yaml.indexOf("\ncatalogue:")).isGreaterThan(yaml.indexOf("\nseed:")).isLessThan(yaml.indexOf("\nsites:"));
        assertThat(yaml).doesNotContain("description").doesNotContain("traceFile").doesNotContain("null");
        assertThat(ScenarioWriter.toYaml(ls.scenario(), null)).doesNotContain("catalogue");
    }
}
