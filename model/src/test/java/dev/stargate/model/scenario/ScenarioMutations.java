package dev.stargate.model.scenario;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random edits of scenario text for fuzzing: delete, duplicate, swap or re-indent lines, replace a
 * scalar with a hostile value, insert a YAML-significant character, truncate. Used by the
 * loader's fuzz test here and by the server's API fuzz test (through this module's test jar).
 */
public final class ScenarioMutations {
    private ScenarioMutations() {}

    /** Values a scalar is replaced with: wrong types, extremes, YAML oddities, hostile text. */
    public static final List<String> HOSTILE = List.of(
            "-1", "0", "1", "-0", "1e308", "-1e308", "1e309", "1e-400", "1.7976931348623157E308", ".nan", ".inf", "-.inf",
            "\"\"", "''", "~", "null", "[]", "{}", "[~]", "{a: b}", "x", "true", "NO", "yes", "2026-13-45", "2026-02-29",
            "2028-02-29T25:61", "9999999999999", "99999999999999999999999999999999", "0x1F", "0o17", "1_000", "+12",
            "\"10 MW\"", "1,000", "a".repeat(5_000), "9".repeat(150), "日本語 🚀 ünïcödé", "\u202e\u0000\ufeff",
            "&anchor value", "*alias", "&a [1, *a]", "<<: *x", "!!binary aGVsbG8=", "!!float 1", "!custom x", "|", ">",
            "'unterminated", "\"unterminated", "\"\\u0000\\x\"", "{a: [b, {c: d}]}", "[[[[[[[[[[", "]]}}", "- item",
            "? key", "%TAG", "@at", "`tick", "#comment", "a: b: c", "\t", "nvidia_gb200", "ercot", "fixed", "fp8",
            "\"a\\0b\"", "/", "../", "\"\\t\"", "acme_x1", "grid", "storage");

    public static final List<String> CHARACTERS = List.of(":", "-", "{", "}", "[", "]", "\"", "'", "#", "&", "*", "!", "|",
            ">", "\t", "%", "@", "`", ",", "?", "\n", " ", "é", "\uFEFF", "\u0000", "\r", "\\");

    public enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, REPLACE_SCALAR, INSERT_CHARACTER, TRUNCATE, REINDENT }

    /** One edit; {@code a} and {@code b} pick lines, positions or amounts, {@code token} a replacement. */
    public record Mutation(Kind kind, int a, int b, int token) {}

    /** Scalar values after "key: " (block or flow style) and after "- " in lists. */
    static final Pattern SCALAR = Pattern.compile("(?<=: |^\\s{0,40}- )[^,{}\\[\\]\\n#]+", Pattern.MULTILINE);

    public static Gen<List<Mutation>> mutations() {
        Gen<Mutation> one = Generate.enumValues(Kind.class).zip(Generate.range(0, 1_000_000), Generate.range(0, 1_000_000),
                Generate.range(0, 1_000), Mutation::new);
        return lists().of(one).ofSizeBetween(1, 3);
    }

    public static String apply(String text, List<Mutation> ms) {
        for (Mutation m : ms) text = apply(text, m);
        return text;
    }

    public static String apply(String text, Mutation m) {
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

}
