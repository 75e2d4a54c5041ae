package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static final LoadedScenario OFF_GRID = ScenarioLoader.load(Path.of("..", "scenarios", "teaching", "off-grid-solar-battery-gas.yaml"));

    private static RunSummary withoutWallTime(RunSummary s) {
        var e = s.engine();
        return new RunSummary(s.scenario(), s.fleet(), s.power(), s.energy(), s.training(), s.inference(), s.cost(),
                s.partners(), new RunSummary.Engine(e.events(), 0, e.seed(), e.steps(), e.stepMinutes()));
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        RunResult a = Simulation.run(OFF_GRID, RunOptions.defaults());
        RunResult b = Simulation.run(OFF_GRID, RunOptions.defaults());
        assertThat(withoutWallTime(a.summary())).isEqualTo(withoutWallTime(b.summary()));
        assertThat(a.hourlySites().values()).isDeepEqualTo(b.hourlySites().values());
        assertThat(a.inferenceHourly().demandTps()).isEqualTo(b.inferenceHourly().demandTps());
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        RunResult a = Simulation.run(OFF_GRID, RunOptions.defaults());
        RunResult b = Simulation.run(OFF_GRID, RunOptions.defaults().withSeed(12345L));
        assertThat(b.summary().engine().seed()).isEqualTo(12345L);
        assertThat(a.summary().energy().bySourceMwh()).isNotEqualTo(b.summary().energy().bySourceMwh());
    }
}
