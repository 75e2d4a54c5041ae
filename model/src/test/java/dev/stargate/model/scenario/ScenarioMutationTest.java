package dev.stargate.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the loader with random edits of the shipped scenarios (and of a seed scenario with
 * catalogue overrides and a job trace): whatever the text, loading either
 * succeeds or reports problems; it never fails with any other exception. A scenario that still
 * loads must also survive a write/read round trip.
 */
class ScenarioMutationTest {
    private static final long SEED = 20_260_101L;
    private static final int EXAMPLES = 300;

    /** Values a scalar is replaced with: wrong types, extremes, YAML oddities, hostile text. */
    static final List<String> HOSTILE = List.of(
            "-1", "0", "1", "-0", "1e308", "-1e308", "1e309", "1e-400", "1.7976931348623157E308", ".nan", ".inf", "-.inf",
            "\"\"", "''", "~", "null", "[]", "{}", "[~]", "{a: b}", "x", "true", "NO", "yes", "2026-13-45", "2026-02-29",
            "2028-02-29T25:61", "9999999999999", "99999999999999999999999999999999", "0x1F", "0o17", "1_000", "+12",
            "\"10 MW\"", "1,000", "a".repeat(5_000), "9".repeat(150), "日本語 🚀 ünïcödé", "\u202e\u0000\ufeff",
            "&anchor value", "*alias", "&a [1, *a]", "<<: *x", "!!binary aGVsbG8=", "!!float 1", "!custom x", "|", ">",
            "'unterminated", "\"unterminated", "\"\\u0000\\x\"", "{a: [b, {c: d}]}", "[[[[[[[[[[", "]]}}", "- item",
            "? key", "%TAG", "@at", "`tick", "#comment", "a: b: c", "\t", "nvidia_gb200", "ercot", "fixed", "fp8",
            "\"a\\0b\"", "/", "../", "\"\\t\"", "acme_x1", "grid", "storage");

    static final List<String> CHARACTERS = List.of(":", "-", "{", "}", "[", "]", "\"", "'", "#", "&", "*", "!", "|",
            ">", "\t", "%", "@", "`", ",", "?", "\n", " ", "é", "\uFEFF", "\u0000", "\r", "\\");

    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, REPLACE_SCALAR, INSERT_CHARACTER, TRUNCATE, REINDENT }

    /** One edit; {@code a} and {@code b} pick lines, positions or amounts, {@code token} a replacement. */
    record Mutation(Kind kind, int a, int b, int token) {}

    /** Scalar values after "key: " (block or flow style) and after "- " in lists. */
    private static final Pattern SCALAR = Pattern.compile("(?<=: |^\\s{0,40}- )[^,{}\\[\\]\\n#]+", Pattern.MULTILINE);

    static Gen<List<Mutation>> mutations() {
        Gen<Mutation> one = Generate.enumValues(Kind.class).zip(Generate.range(0, 1_000_000), Generate.range(0, 1_000_000),
                Generate.range(0, 1_000), Mutation::new);
        return lists().of(one).ofSizeBetween(1, 3);
    }

    static String apply(String text, List<Mutation> ms) {
        for (Mutation m : ms) text = apply(text, m);
        return text;
    }

    static String apply(String text, Mutation m) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        switch (m.kind()) {
            case DELETE_LINE -> lines.remove(m.a() % n);
            case DUPLICATE_LINE -> lines.add(m.a() % n, lines.get(m.a() % n));
            case SWAP_LINES -> {
                String x = lines.get(m.a() % n);
                lines.set(m.a() % n, lines.get(m.b() % n));
                lines.set(m.b() % n, x);
            }
            case REINDENT -> {
                String line = lines.get(m.a() % n);
                int[] deltas = {-4, -2, -1, 1, 2, 4};
                int d = deltas[m.b() % deltas.length];
                lines.set(m.a() % n, m.token() % 7 == 0 ? "\t" + line
                        : d > 0 ? " ".repeat(d) + line : line.substring(Math.min(-d, leadingSpaces(line))));
            }
            case REPLACE_SCALAR -> {
                List<int[]> spans = new ArrayList<>();
                Matcher matcher = SCALAR.matcher(text);
                while (matcher.find()) spans.add(new int[] {matcher.start(), matcher.end()});
                if (spans.isEmpty()) return text;
                int[] s = spans.get(m.a() % spans.size());
                return text.substring(0, s[0]) + HOSTILE.get(m.token() % HOSTILE.size()) + text.substring(s[1]);
            }
            case INSERT_CHARACTER -> {
                int at = m.a() % (text.length() + 1);
                return text.substring(0, at) + CHARACTERS.get(m.token() % CHARACTERS.size()) + text.substring(at);
            }
            case TRUNCATE -> {
                return text.substring(0, m.a() % (text.length() + 1));
            }
        }
        return String.join("\n", lines);
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

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
            Mutation m = new Mutation(Kind.REPLACE_SCALAR, i, 0, (i * 7) % HOSTILE.size());
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
