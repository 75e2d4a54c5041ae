package dev.stargate.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static dev.stargate.model.scenario.ScenarioMutations.HOSTILE;
import static dev.stargate.model.scenario.ScenarioMutations.SCALAR;
import static dev.stargate.model.scenario.ScenarioMutations.apply;
import static dev.stargate.model.scenario.ScenarioMutations.mutations;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.input.Unbinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the loader with random edits of the shipped scenarios (and of a seed scenario with
 * catalogue overrides and a job trace): whatever the text, loading either
 * succeeds or reports problems; it never fails with any other exception. A scenario that still
 * loads must also survive a write/read round trip.
 */
class ScenarioMutationTest {
    private static final long SEED = 20_260_101L;
    private static final int EXAMPLES = 300;

    static List<Path> seeds() throws IOException, URISyntaxException {
        List<Path> seeds = new ArrayList<>(ShippedScenariosTest.shipped());
        Path fuzz = Path.of(ScenarioMutationTest.class.getResource("/fuzz").toURI());
        try (Stream<Path> files = Files.list(fuzz)) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(seeds::add);
        }
        return seeds;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void loadingAnEditedScenarioReportsProblemsAndNeverCrashes(Path file) throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        Path dir = file.toAbsolutePath().getParent();
        int[] outcomes = new int[2];
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).withShrinkCycles(100)
                .forAll(mutations())
                .checkAssert(ms -> {
                    String text = apply(original, ms);
                    try {
                        LoadedScenario ls;
                        try {
                            ls = ScenarioLoader.parse(text, name, dir);
                        } catch (InvalidInputException e) {
                            outcomes[1]++;
                            assertThat(e.errors()).as("an InvalidInputException carries an error").isNotEmpty();
                            for (Problem p : e.problems()) {
                                assertThat(p.toString()).isNotBlank();
                                assertThat(p.message()).isNotBlank();
                                assertThat(p.path()).isNotNull();
                                assertThat(p.location()).isNotNull();
                            }
                            return;
                        }
                        outcomes[0]++;
                        assertThat(ls.scenario()).isNotNull();
                        assertThat(ls.catalogue()).isNotNull();
                        assertThat(ls.warnings()).noneMatch(Problem::isError);
                        Object overrides = ls.catalogueOverrides() == null ? null : Unbinder.toPlain(ls.catalogueOverrides());
                        String written = ScenarioWriter.toYaml(ls.scenario(), overrides);
                        LoadedScenario again = ScenarioLoader.parse(written, name + " (written)", dir);
                        assertThat(again.scenario()).as("round trip of the loaded scenario").isEqualTo(ls.scenario());
                        assertThat(again.catalogue()).as("round trip of the catalogue").isEqualTo(ls.catalogue());
                    } catch (Throwable t) {
                        StringWriter trace = new StringWriter();
                        t.printStackTrace(new PrintWriter(trace));
                        throw new AssertionError("mutations " + ms + " of " + name + " gave " + t + "\n--- mutated text ---\n"
                                + text + "\n--- end ---\n" + trace, t);
                    }
                });
        // the edits are neither all harmless nor all fatal
        System.out.printf("%s: %d edited versions loaded, %d were rejected%n", name, outcomes[0], outcomes[1]);
        assertThat(outcomes[0]).as("edited scenarios that still load").isPositive();
        assertThat(outcomes[1]).as("edited scenarios that are rejected").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyHostileValueInEveryPlaceIsHandled(Path file) throws IOException {
        // deterministic sweep: scalars spread over the file, each replaced by the next hostile value
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Matcher matcher = SCALAR.matcher(original);
        int spans = 0;
        while (matcher.find()) spans++;
        assertThat(spans).isGreaterThan(10);
        int step = Math.max(1, spans / 120); // bounded time: the reference scenario has over a thousand scalars
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < spans; i += step) {
            ScenarioMutations.Mutation m = new ScenarioMutations.Mutation(ScenarioMutations.Kind.REPLACE_SCALAR, i, 0, (i * 7) % HOSTILE.size());
            String text = apply(original, m);
            try {
                ScenarioLoader.parse(text, file.getFileName().toString(), file.toAbsolutePath().getParent());
            } catch (InvalidInputException e) {
                if (e.errors().isEmpty()) failures.add(m + ": exception without errors");
            } catch (Throwable t) {
                failures.add(m + ": " + t);
            }
        }
        assertThat(failures).as(failures.stream().collect(Collectors.joining("\n"))).isEmpty();
    }
}
