package dev.stargate.sweep;

import static dev.stargate.model.scenario.ScenarioMutations.apply;
import static dev.stargate.model.scenario.ScenarioMutations.mutations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the sweep loader with random edits of sweep files: whatever the text, loading either
 * succeeds or reports located problems, never another exception; a sweep that loads draws its
 * samples, and each sample's scenario either loads or is rejected with problems (which a run
 * records as the sample's error).
 */
class SweepMutationTest {
    private static final long SEED = 20_261_201L;
    private static final int EXAMPLES = 200;
    private static final int MAX_SAMPLES_CHECKED = 50;

    @Test
    void editedSweepFilesAreLoadedOrRefusedNeverCrash() throws IOException {
        Path shipped = Path.of("..", "scenarios", "sweeps", "one-gigawatt-uncertainty.yaml");
        for (String[] seed : List.of(new String[] {Files.readString(shipped), shipped.toAbsolutePath().getParent().toString()},
                new String[] {SweepFixtures.ONE_JOB, SweepFixtures.TEACHING.toString()},
                new String[] {SweepFixtures.ONE_BAD_SAMPLE, SweepFixtures.TEACHING.toString()})) {
            int[] outcomes = new int[2];
            qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(50).forAll(mutations()).checkAssert(ms -> {
                String text = apply(seed[0], ms);
                LoadedSweep s;
                try {
                    s = SweepLoader.parse(text, "fuzz-sweep.yaml", Path.of(seed[1]));
                } catch (InvalidInputException e) {
                    outcomes[1]++;
                    assertThat(e.errors()).isNotEmpty();
                    for (Problem p : e.errors()) assertThat(p.message()).isNotBlank();
                    return;
                }
                outcomes[0]++;
                List<Sample> samples;
                try {
                    samples = Sampler.draw(s);
                } catch (IllegalArgumentException e) {
                    assertThat(e).hasMessageContaining("combinations"); // a grid too large to run
                    return;
                }
                List<String> paths = s.sweep().parameters().stream().map(Parameter::path).toList();
                for (Sample x : samples.subList(0, Math.min(samples.size(), MAX_SAMPLES_CHECKED))) {
                    try {
                        ScenarioLoader.parseWithoutFiles(SampleRunner.scenarioText(s.baseTree(), paths, x), "sample");
                    } catch (InvalidInputException e) {
                        assertThat(e.errors()).isNotEmpty();
                    }
                }
            });
            assertThat(outcomes[0]).as("some edits still load").isPositive();
            assertThat(outcomes[1]).as("some edits are refused").isPositive();
        }
    }
}
