package dev.stargate.report;

import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.engine.results.RunResult;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.model.scenario.ScenarioWriter;
import dev.stargate.planner.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One run directory for the report tests, made once: a small case is planned, its planned fleet
 * simulated (jobs and services carried over), and everything written as simulate/plan --out do.
 */
final class Fixture {
    static final String SCENARIO = """
            name: "Report <test> & co"
            description: A small fleet with a job, a service and a plan; its name has markup to escape.
            horizon: {start: 2028-01-01, end: 2028-03-01}
            sites:
              - name: texas
                country: US
                region: ercot
                latitudeDeg: 32.5
                longitudeDeg: -99.8
                cooling: liquid_dtc
                grid: {interconnectMw: 300, availableDate: 2025-01-01}
                phases:
                  - {name: hall 1, onlineDate: 2025-06-01, accelerator: nvidia_gb200, acceleratorCount: 60000}
                assumptions: ["<b>not bold</b>: site assumption"]
                sources: ["a source"]
            training:
              jobs:
                - {name: run-1, acceleratorCount: 40000, durationH: 500, earliestStart: 2028-01-05}
            inference:
              regions:
                - {name: texas_users, country: US, latitudeDeg: 32.8, longitudeDeg: -96.8, utcOffsetH: -6}
                - {name: oslo, country: "NO", latitudeDeg: 59.9, longitudeDeg: 10.7, utcOffsetH: 1}
              services:
                - name: chat
                  model: llama70b_class
                  rttBudgetMs: 250
                  demand:
                    - {region: texas_users, meanTokensPerSecond: 5.0e7}
                    - {region: oslo, meanTokensPerSecond: 2.0e7}
            planning:
              startYear: 2026
              years: 3
              targets:
                - {year: 2028, itMw: 350}
              roadmap:
                - {year: 2026, accelerator: nvidia_gb200}
                - {year: 2027, accelerator: nvidia_gb300}
              representativeDays: 4
              candidates:
                - {name: texas, site: texas, maxItMw: 200, leadTimeYears: 1}
                - {name: north, country: "NO", region: norway_no4, latitudeDeg: 68.3, longitudeDeg: 17.5, maxItMw: 300,
                   interconnectMw: 320, coolingOptions: [liquid_dtc_closed_loop], leadTimeYears: 1, siteCostUsd: 4.0e8}
            assumptions: ["scenario assumption with <i>markup</i>"]
            """;

    private static Path dir;
    static RunResult result;

    private Fixture() {}

    static synchronized Path runDirectory() {
        if (dir != null) return dir;
        try {
            dir = Files.createTempDirectory("stargate-report-test");
            LoadedScenario base = ScenarioLoader.parse(SCENARIO, "fixture.yaml", null);
            Planner.Outcome plan = Planner.plan(base, 60.0, 2, false, line -> { });
            Path planned = dir.resolve("planned-scenario.yaml");
            String yaml = ScenarioWriter.toYaml(plan.plannedScenario(), null);
            // a shorter horizon keeps the test quick
            yaml = yaml.replace("start: 2028-01-01\n  end: 2029-01-01", "start: 2028-01-01\n  end: 2028-03-01");
            Files.writeString(planned, yaml, StandardCharsets.UTF_8);
            LoadedScenario run = ScenarioLoader.load(planned);
            result = Simulation.run(run, RunOptions.defaults());
            RunFiles.write(result, run, plan.report(), dir);
            Files.writeString(dir.resolve("report.html"), HtmlReport.render(RunData.read(dir), "test"), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
