package dev.stargate.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.input.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios under {@code src/test/resources/warnings/} are valid but implausible: they must load,
 * and produce exactly the warnings their {@code # expect-warning: <path> | <message fragment>}
 * headers name, each located on a line of the scenario.
 */
class MalformedWarningsTest {
    private static final String EXPECT = "# expect-warning:";

    static Path dir() {
        try {
            return Path.of(MalformedWarningsTest.class.getResource("/warnings").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadsWithTheExpectedWarnings(String name) throws IOException {
        Path file = dir().resolve(name);
        List<String[]> expects = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith(EXPECT)) break;
            String[] parts = line.substring(EXPECT.length()).split("\\|", -1);
            assertThat(parts).hasSize(2);
            expects.add(new String[] {parts[0].trim(), parts[1].trim()});
        }
        assertThat(expects).as("%s has '%s' headers", name, EXPECT).isNotEmpty();

        LoadedScenario ls;
        try {
            ls = ScenarioLoader.load(file);
        } catch (InvalidInputException e) {
            ls = fail(name + " must load, but:\n" + e.getMessage());
        }
        List<Problem> warnings = ls.warnings();
        String all = warnings.stream().map(Problem::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        assertThat(warnings).allSatisfy(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.location().file()).isEqualTo(file.toString());
            assertThat(w.location().line()).isPositive();
        });
        for (String[] x : expects) {
            assertThat(warnings).as("%s: expected warning [%s] '%s' among:%s", name, x[0], x[1], all)
                    .anySatisfy(w -> {
                        assertThat(w.path()).isEqualTo(x[0]);
                        assertThat(w.message()).contains(x[1]);
                    });
        }
        assertThat(warnings).as("%s: no other warnings:%s", name, all).hasSameSizeAs(expects);
    }
}
