package dev.stargate.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/malformed/} is a scenario with mistakes. Its header
 * lines say which errors the loader must report:
 *
 * <pre>
 * # expect: sites[0].region | unknown grid region 'ercott' | 10
 * # expect:  | not valid YAML
 * # expect: trace[line 4].acceleratorCount | expected a number | 62-trace-bad-rows.csv:4
 * </pre>
 *
 * that is: the exact field path (empty for the whole file), a fragment of the message and,
 * optionally, the line (in the scenario, or {@code file:line} in a file beside it). Loading must
 * fail with every expected error, and every error must point at a line of the scenario, of a
 * catalogue resource or of a file beside the scenario. No other error may be reported (no
 * follow-on noise), unless a {@code # also-reported: <what and why>} header allows it.
 */
class MalformedScenarioTest {
    /** Files whose only problem concerns the whole file and so has no line to point at. */
    private static final Set<String> NO_LINE = Set.of("04-empty-file.yaml");

    private static final String EXPECT = "# expect:";
    private static final String ALSO = "# also-reported:";

    record Expect(String path, String fragment, String file, int line) {
        @Override
        public String toString() {
            return "[" + path + "] '" + fragment + "'" + (line > 0 ? " at " + (file == null ? "" : file + ":") + line : "");
        }
    }

    static Path dir() {
        try {
            return Path.of(MalformedScenarioTest.class.getResource("/malformed").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static List<Expect> expectations(Path file) throws IOException {
        List<Expect> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(ALSO)) continue;
            if (!line.startsWith(EXPECT)) break;
            String[] parts = line.substring(EXPECT.length()).split("\\|", -1);
            assertThat(parts.length).as("header '%s' has path | fragment [| line]", line).isBetween(2, 3);
            String where = parts.length == 3 ? parts[2].trim() : "";
            String whereFile = where.contains(":") ? where.substring(0, where.lastIndexOf(':')) : null;
            int whereLine = where.isEmpty() ? 0 : Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
            out.add(new Expect(parts[0].trim(), parts[1].trim(), whereFile, whereLine));
        }
        return out;
    }

    @Test
    void theCorpusIsLargeAndEveryCaseStatesItsErrors() throws IOException {
        List<String> names = cases().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(45);
        assertThat(names).allSatisfy(n -> assertThat(n).matches("[0-9]{2}-[a-z0-9-]+\\.yaml"));
        assertThat(names.stream().map(n -> n.substring(0, 2)).distinct().count()).as("unique numbers").isEqualTo(names.size());
        for (String n : names) {
            assertThat(expectations(dir().resolve(n))).as(n + " has '# expect:' header lines").isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryExpectedErrorAtALine(String name) throws IOException {
        Path file = dir().resolve(name);
        List<Expect> expects = expectations(file);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ScenarioLoader.load(file));
        assertThat(e).as("%s must not load", name).isNotNull();
        List<Problem> errors = e.errors();
        String all = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
        assertThat(errors).as("errors of %s:%s", name, all).isNotEmpty();

        for (Expect x : expects) {
            assertThat(errors).as("%s: expected error %s among:%s", name, x, all).anySatisfy(p -> {
                assertThat(p.path()).isEqualTo(x.path());
                assertThat(p.message()).contains(x.fragment());
                if (x.line() > 0) {
                    assertThat(p.location().line()).isEqualTo(x.line());
                    Path expectedFile = x.file() == null ? file : file.resolveSibling(x.file());
                    assertThat(Path.of(p.location().file()).toAbsolutePath().normalize())
                            .isEqualTo(expectedFile.toAbsolutePath().normalize());
                }
            });
        }

        boolean othersAllowed = Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith(ALSO));
        if (!othersAllowed) {
            assertThat(errors).as("%s: every error is expected (no follow-on errors):%s", name, all).allSatisfy(p ->
                    assertThat(expects).anyMatch(x -> x.path().equals(p.path()) && p.message().contains(x.fragment())));
        }

        for (Problem p : errors) {
            String where = p.location().file();
            boolean scenario = where.equals(file.toString());
            boolean catalogue = where.startsWith("catalogue/") && where.endsWith(".yaml");
            boolean beside = !scenario && !catalogue && !where.isEmpty()
                    && Path.of(where).toAbsolutePath().normalize().getParent().equals(file.toAbsolutePath().normalize().getParent());
            assertThat(scenario || catalogue || beside)
                    .as("%s: error located in the scenario, a catalogue resource or a file beside it: %s", name, p).isTrue();
            if (NO_LINE.contains(name)) {
                assertThat(p.path()).as("%s: only file-level problems lack a line: %s", name, p).isEmpty();
            } else {
                assertThat(p.location().line()).as("%s: error has a line: %s", name, p).isPositive();
                assertThat(p.location().column()).as("%s: error has a column: %s", name, p).isPositive();
            }
        }
    }
}
