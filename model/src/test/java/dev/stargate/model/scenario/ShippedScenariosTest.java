package dev.stargate.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.input.Unbinder;
import dev.stargate.model.sizing.FleetSizing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenarios shipped in the repository's scenarios/ directory load cleanly and survive a write/read round trip. */
public class ShippedScenariosTest {
    /** Surefire runs in the module directory, model/. */
    static final Path SCENARIOS = Path.of("..", "scenarios");
    static final Path REFERENCE = SCENARIOS.resolve("stargate-2026.yaml");

    /** Every scenario under scenarios/ (sweep files under scenarios/sweeps/ are not scenarios; the sweep module tests them). */
    public static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.walk(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !p.startsWith(SCENARIOS.resolve("sweeps"))).sorted().toList();
        }
    }

    static LoadedScenario load(Path file) {
        try {
            return ScenarioLoader.load(file);
        } catch (InvalidInputException e) {
            return fail(file + " does not load:\n" + e.getMessage());
        }
    }

    @Test
    void theScenariosDirectoryHoldsTheReferenceAndTheTeachingScenarios() throws IOException {
        assertThat(shipped()).contains(REFERENCE);
        assertThat(shipped()).filteredOn(p -> p.startsWith(SCENARIOS.resolve("teaching"))).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void loadsWithoutErrors(Path file) {
        LoadedScenario ls = load(file);
        assertThat(ls.scenario().sites()).isNotEmpty();
        assertThat(ls.warnings()).allMatch(p -> !p.isError());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void roundTripsThroughTheWriter(Path file) {
        LoadedScenario ls = load(file);
        Object overrides = ls.catalogueOverrides() == null ? null : Unbinder.toPlain(ls.catalogueOverrides());
        String yaml = ScenarioWriter.toYaml(ls.scenario(), overrides);
        LoadedScenario again;
        try {
            again = ScenarioLoader.parse(yaml, file + " (written)", file.toAbsolutePath().getParent());
        } catch (InvalidInputException e) {
            throw new AssertionError("the written form of " + file + " does not load:\n" + e.getMessage() + "\n---\n" + yaml, e);
        }
        assertThat(again.scenario()).as("scenario after writing and reading back:\n%s", yaml).isEqualTo(ls.scenario());
        assertThat(again.catalogue()).as("catalogue after writing and reading back").isEqualTo(ls.catalogue());
        assertThat(again.traceJobs()).isEqualTo(ls.traceJobs());
        // writing again gives the same text: the written form is a fixed point
        Object overrides2 = again.catalogueOverrides() == null ? null : Unbinder.toPlain(again.catalogueOverrides());
        assertThat(ScenarioWriter.toYaml(again.scenario(), overrides2)).isEqualTo(yaml);
    }

    @Test
    void theReferenceScenarioHasNoWarnings() {
        List<Problem> warnings = load(REFERENCE).warnings();
        assertThat(warnings).as(warnings.stream().map(Problem::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theReferenceScenarioKeepsItsFacts() {
        LoadedScenario ls = load(REFERENCE);
        Scenario s = ls.scenario();
        assertThat(s.horizon().start()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(s.horizon().end()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(s.horizon().stepMinutes()).isEqualTo(60);
        assertThat(s.seed()).isEqualTo(2026);

        assertThat(s.sites()).extracting(Site::name).containsExactly("abilene", "shackelford", "milam", "dona_ana",
                "lordstown", "michigan", "wisconsin", "uae", "norway", "uk", "india", "argentina");
        assertThat(s.sites()).extracting(Site::country).containsOnly("US", "AE", "NO", "GB", "IN", "AR");
        assertThat(s.site("norway").country()).as("unquoted NO would be YAML 1.1 false").isEqualTo("NO");

        Site abilene = s.site("abilene");
        assertThat(abilene.phases()).allMatch(p -> p.accelerator().equals("nvidia_gb200"));
        assertThat(abilene.phases().stream().mapToLong(Phase::acceleratorCount).sum()).isEqualTo(450_000);
        assertThat(abilene.grid().interconnectMw()).isEqualTo(1200);
        assertThat(abilene.partners().stream().mapToDouble(Partner::share).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(s.site("dona_ana").grid().interconnectMw()).as("Project Jupiter is off-grid").isZero();

        FleetSizing fleet = FleetSizing.of(s, ls.catalogue());
        assertThat(fleet.accelerators()).isEqualTo(3_648_000);
        assertThat(fleet.acceleratorsByType()).containsEntry("nvidia_gb200", 450_000L).containsEntry("nvidia_gb300", 3_198_000L);
        assertThat(fleet.facilityMwAtDesign()).as("'toward 10 GW' of facility power").isBetween(8_500.0, 10_000.0);

        assertThat(s.training().jobs()).hasSize(10);
        assertThat(s.training().jobs().get(0).name()).isEqualTo("frontier-a");
        assertThat(s.training().jobs().get(0).allowedSites()).containsExactly("abilene");
        assertThat(s.inference().regions()).hasSize(10);
        assertThat(s.inference().services()).extracting(InferenceService::name)
                .containsExactly("chat", "api", "assistant-mini", "eu-sovereign");
        assertThat(s.policies().placement()).isEqualTo(PlacementPolicy.BEST_FIT);
        assertThat(s.policies().inferenceReserveFraction()).isEqualTo(0.15);
        assertThat(ls.catalogueOverrides()).as("the reference uses the built-in catalogue").isNull();
        assertThat(ls.traceJobs()).isEmpty();
    }
}
