package dev.stargate.engine;

import dev.stargate.engine.results.RunResult;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;

/** Small scenarios written inline, and running them with invariant checks on. */
final class TestScenarios {
    private TestScenarios() {}

    static LoadedScenario load(String yaml) {
        return ScenarioLoader.parse(yaml, "test.yaml", null);
    }

    static RunResult run(String yaml) {
        return Simulation.run(load(yaml), RunOptions.defaults().withInvariantChecks());
    }

    /** A cooling technology with a constant PUE, for hand-computable energy. */
    static final String FIXED_PUE_COOLING = """
              cooling:
                fixed_pue:
                  displayName: "Constant PUE 1.25 (test)"
                  maxRackKw: 100
                  pueBase: 1.25
                  pueKneeDegC: 50
                  pueSlopePerDegC: 0
                  wueLPerKwh: 0.5
                  capexUsdPerMw: 1.0e7
                  lifetimeYears: 20
                  fixedOmUsdPerMwYear: 0
                  landAcresPerMw: 1
                  source: ["test"]
            """;
}
