package dev.stargate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.model.scenario.TrainingJob;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run directory's scenario.yaml is the scenario as run: it loads on its own (no file
 * references), keeps the scenario's catalogue overrides, and holds the trace's jobs inline.
 */
class RunScenarioFileTest {
    @Test
    void theScenarioAsRunKeepsOverridesAndTraceJobs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("trace.csv"), """
                name,accelerators,durationH,arrival
                traced-1,1000,10,2028-01-02
                traced-2,2000,20,2028-01-03
                """);
        Files.writeString(dir.resolve("scenario.yaml"), """
                name: Overrides and a trace
                horizon: {start: 2028-01-01, end: 2028-01-15}
                catalogue:
                  accelerators:
                    nvidia_gb200: {unitPriceUsd: 12345}
                sites:
                  - name: texas
                    country: US
                    region: ercot
                    latitudeDeg: 32.5
                    longitudeDeg: -99.8
                    cooling: liquid_dtc
                    grid: {interconnectMw: 100, availableDate: 2025-01-01}
                    phases:
                      - {name: hall 1, onlineDate: 2025-06-01, accelerator: nvidia_gb200, acceleratorCount: 10000}
                training:
                  traceFile: trace.csv
                  jobs:
                    - {name: inline, acceleratorCount: 500, durationH: 5}
                """);
        LoadedScenario ls = ScenarioLoader.load(dir.resolve("scenario.yaml"));
        Path out = dir.resolve("run");
        RunFiles.write(Simulation.run(ls, RunOptions.defaults()), ls, null, out);

        LoadedScenario asRun = ScenarioLoader.load(out.resolve(RunFiles.SCENARIO));
        assertThat(asRun.scenario().training().traceFile()).isNull();
        assertThat(asRun.trainingJobs()).extracting(TrainingJob::name).containsExactly("inline", "traced-1", "traced-2");
        assertThat(asRun.catalogue().accelerators().get("nvidia_gb200").unitPriceUsd()).isEqualTo(12345);
        assertThat(asRun.catalogue().accelerators().get("nvidia_gb300").unitPriceUsd())
                .isEqualTo(ls.catalogue().accelerators().get("nvidia_gb300").unitPriceUsd());
    }
}
