package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A sweep file with a mistake is refused before any sample runs, with the line, the field and the fix. */
class SweepLoaderTest {
    /** The one-job sweep with one line replaced. */
    private static String edit(String from, String to) {
        assertThat(SweepFixtures.ONE_JOB).contains(from);
        return SweepFixtures.ONE_JOB.replace(from, to);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(edit("samples: 16", "sampels: 16"), "sweep.sampels", "did you mean 'samples'", 3),
                Arguments.of(edit("sites.texas_h100.phases[0]", "sites.texas_h10.phases[0]"), "sweep.parameters[2].path",
                        "no item named 'texas_h10' in sites; did you mean 'texas_h100'?", 10),
                Arguments.of(edit("phases[0].onlineDate", "phases[2].onlineDate"), "sweep.parameters[2].path",
                        "sites.texas_h100.phases has 1 items; [2] is beyond them", 10),
                Arguments.of(edit("nvidia_h100_sxm.failureRatePerDay", "nvidia_h100_sxm"), "sweep.parameters[0].path",
                        "this distribution draws numbers, but the scenario has", 6),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: uniform, min: 5}"), "sweep.parameters[1].distribution.max",
                        "a uniform distribution needs it", 9),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: uniform, min: 60, max: 5}"),
                        "sweep.parameters[1].distribution.max", "must be above min (60.0)", 9),
                Arguments.of(edit("mode: 4.7e-4", "mode: 4.7e-2"), "sweep.parameters[0].distribution.mode", "must lie within min and max", 7),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: date_shift, minDays: 0, maxDays: 5}"),
                        "sweep.parameters[1].path", "a date_shift needs a date there; the scenario has 20", 8),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: choice, values: [fast, \"10\"]}"),
                        "sweep.parameters[1].distribution.values[0]", "'fast' is not a number", 9),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: choice, values: [\"5\", \"9\"], weights: [1]}"),
                        "sweep.parameters[1].distribution.weights", "give one weight per value (2)", 9),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: gamma, min: 5, max: 60}"),
                        "sweep.parameters[1].distribution.type", "gamma", 9),
                Arguments.of(edit("checkpoint.restartMinutes", "checkpoint.restartMinute"), "sweep.parameters[1].path",
                        "the scenario does not load: training.jobs[0].checkpoint.restartMinute: unknown field 'restartMinute'; did you mean 'restartMinutes'?", 8),
                Arguments.of(edit("{type: uniform, min: 5, max: 60}", "{type: uniform, min: -60, max: -50}"), "sweep.parameters[1].distribution",
                        "with training.jobs.llama3-405b-like.checkpoint.restartMinutes = -55 the scenario does not load", 9),
                Arguments.of(edit("energy.itMwh", "energy.itMwhh"), "sweep.outputs[4]",
                        "'energy.itMwhh' is not a key of the run summary; did you mean 'energy.itMwh'?", 12),
                Arguments.of(edit("sites.texas_h100.phases[0].onlineDate", "training.jobs.llama3-405b-like.checkpoint.restartMinutes")
                        .replace("{type: date_shift, minDays: 0, maxDays: 45}", "{type: uniform, min: 5, max: 60}"),
                        "sweep.parameters[2].path", "is varied twice", 10),
                Arguments.of(edit("scenario: one-site-one-job.yaml", "scenario: one-site-one-job.yaml\n  kind: plan").replaceAll("  outputs: .*\n", ""), "sweep.kind", "plan sweeps need a scenario with a planning: section", 3),
                Arguments.of(edit("one-site-one-job.yaml", "one-site-two-jobs.yaml"), "sweep.scenario", "the scenario does not load", 2),
                Arguments.of(correlated("[\"training.jobs.llama3-405b-like.checkpoint.restartMinute\", \"sites.texas_h100.phases[0].onlineDate\"]", "0.5"),
                        "sweep.correlations[0].parameters[0]", "is not a parameter of this sweep; did you mean "
                                + "'training.jobs.llama3-405b-like.checkpoint.restartMinutes'?", 13),
                Arguments.of(correlated("[\"sites.texas_h100.phases[0].onlineDate\", \"sites.texas_h100.phases[0].onlineDate\"]", "0.5"),
                        "sweep.correlations[0].parameters", "fully correlated with itself", 13),
                Arguments.of(correlated("[\"sites.texas_h100.phases[0].onlineDate\"]", "0.5"), "sweep.correlations[0].parameters",
                        "name two parameters, got 1", 13),
                Arguments.of(correlated("[\"sites.texas_h100.phases[0].onlineDate\", \"training.jobs.llama3-405b-like.checkpoint.restartMinutes\"]", "1.5"),
                        "sweep.correlations[0].rho", "out of range", 14),
                Arguments.of(SweepFixtures.ONE_JOB.replace("  outputs:", "  correlations:\n"
                        + "    - {parameters: [\"sites.texas_h100.phases[0].onlineDate\", training.jobs.llama3-405b-like.checkpoint.restartMinutes], rho: 0.9}\n"
                        + "    - {parameters: [\"sites.texas_h100.phases[0].onlineDate\", catalogue.accelerators.nvidia_h100_sxm.failureRatePerDay], rho: 0.9}\n"
                        + "    - {parameters: [catalogue.accelerators.nvidia_h100_sxm.failureRatePerDay, training.jobs.llama3-405b-like.checkpoint.restartMinutes], "
                        + "rho: -0.5}\n  outputs:"), "sweep.correlations", "these correlations cannot all hold at once", 13),
                Arguments.of(SweepFixtures.ONE_JOB.replace("  outputs:", "  correlations:\n    - {parameters: [sites.texas_h100.phases[0].onlineDate, "
                        + "training.jobs.llama3-405b-like.checkpoint.restartMinutes], rho: 0.5}\n  outputs:"), "",
                        "inside a [...] list, quote a path with an [index]", 13),
                Arguments.of("""
                        sweep:
                          scenario: one-site-one-job.yaml
                          sampler: grid
                          parameters:
                            - {path: training.jobs.llama3-405b-like.mfu, grid: ["0.35", "0.40"]}
                            - {path: training.jobs.llama3-405b-like.checkpoint.restartMinutes, grid: ["10", "20"]}
                          correlations:
                            - {parameters: [training.jobs.llama3-405b-like.mfu, training.jobs.llama3-405b-like.checkpoint.restartMinutes], rho: 0.5}
                        """, "sweep.correlations", "a grid runs every combination", 8));
    }

    /** The one-job sweep with one correlation (lines 12-14) before its outputs. */
    private static String correlated(String parameters, String rho) {
        return SweepFixtures.ONE_JOB.replace("  outputs:", "  correlations:\n    - parameters: " + parameters + "\n      rho: " + rho + "\n  outputs:");
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void isRefusedWithTheLineFieldAndFix(String yaml, String path, String fragment, int line) {
        InvalidInputException e = catchThrowableOfType(() -> SweepFixtures.load(yaml), InvalidInputException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.errors()).as("one error, no follow-on noise: " + e.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(fragment);
            assertThat(p.location().file()).isEqualTo("test-sweep.yaml");
            assertThat(p.location().line()).isEqualTo(line);
        });
    }

    @Test
    void aScenarioThatReadsFilesIsRefusedBecauseSamplesRunFromItsTextAlone(@TempDir Path dir) throws IOException {
        Path teaching = SweepFixtures.TEACHING;
        Files.writeString(dir.resolve("with-trace.yaml"), Files.readString(teaching.resolve("one-site-one-job.yaml"))
                .replaceAll("(?s)training:\n  jobs:.*?\nassumptions:", "training:\n  traceFile: jobs.csv\nassumptions:"));
        Files.writeString(dir.resolve("jobs.csv"), "name,accelerator,acceleratorCount,durationH,earliestStart\nj,nvidia_h100_sxm,1024,100,2026-01-02\n");
        Files.writeString(dir.resolve("sweep.yaml"), """
                sweep:
                  scenario: with-trace.yaml
                  parameters:
                    - path: sites.texas_h100.grid.interconnectMw
                      distribution: {type: uniform, min: 50, max: 70}
                """);
        InvalidInputException e = catchThrowableOfType(() -> SweepLoader.load(dir.resolve("sweep.yaml")), InvalidInputException.class);
        assertThat(e).isNotNull();
        Problem p = e.errors().get(0);
        assertThat(p.toString()).contains("sweep.yaml:2:").contains("sweep.scenario: the scenario reads a trace or weather-profile file")
                .contains("list the jobs under training.jobs");
    }

    @Test
    void aMissingSweepFileSaysWhereSweepsAre() {
        InvalidInputException e = catchThrowableOfType(() -> SweepLoader.load(Path.of("no-such-sweep.yaml")), InvalidInputException.class);
        assertThat(e.errors().get(0).toString()).contains("no-such-sweep.yaml").contains("no such file; sweeps ship in scenarios/sweeps/");
    }

    @Test
    void theShippedPlanSweepLoads() {
        LoadedSweep s = SweepLoader.load(Path.of("..", "scenarios", "sweeps", "reference-plan-uncertainty.yaml"));
        assertThat(s.sweep().kind()).isEqualTo(SweepKind.PLAN);
        assertThat(s.baseValues()).containsExactly(66.0, 33.3, 2029, 13000);
        assertThat(s.outputs()).contains("plan.itMwBySite.");
    }

    @Test
    void theShippedSweepLoads() {
        LoadedSweep s = SweepLoader.load(Path.of("..", "scenarios", "sweeps", "one-gigawatt-uncertainty.yaml"));
        assertThat(s.sweep().parameters()).hasSize(6);
        assertThat(s.baseValues()).containsExactly("2028-04-01", "4.7e-4", 2, 0.38, 1.0, null);
    }
}
