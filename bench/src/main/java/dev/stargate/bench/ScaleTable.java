package dev.stargate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The engine's scale table: one simulated year at 0.1, 1, 10 and 100 GW (and a longer horizon),
 * each in a fresh JVM with a fixed heap, plus the whole-process time of {@code stargate simulate}
 * on the reference scenario. Prints a Markdown table.
 */
public final class ScaleTable {
    public record Row(double gw, int years, int sites, long accelerators, double peakFacilityMw, long events,
                      double wallSeconds, double eventsPerSecond, double peakHeapMb) {}

    /** A planner row: planning case size, solve time and gap. */
    public record PlanRow(int candidates, int years, int days, int integers, int siteLpVariables, String status, double gap,
                          double absoluteGapUsd, double solveSeconds, int iterations, double objectiveUsd, double greedyObjectiveUsd) {}

    private ScaleTable() {}

    /** Runs {@link PlanScaleRun} in a child JVM. */
    public static PlanRow plan(Path scenario, int candidates, int days, String heap) throws IOException, InterruptedException {
        JsonNode n = child(heap, PlanScaleRun.class.getName(), scenario.toString(), Integer.toString(candidates), Integer.toString(days));
        return new PlanRow(n.get("candidates").asInt(), n.get("years").asInt(), n.get("days").asInt(), n.get("integers").asInt(),
                n.get("siteLpVariables").asInt(), n.get("status").asText(), n.get("gap").asDouble(), n.get("absoluteGapUsd").asDouble(),
                n.get("solveSeconds").asDouble(), n.get("iterations").asInt(), n.get("objectiveUsd").asDouble(),
                n.get("greedyObjectiveUsd").asDouble());
    }

    public static String planMarkdown(List<PlanRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| candidates × years × days | integers | site LP vars | status | solve s | iterations | gap | abs. gap $M | plan $B | greedy $B | saving |\n");
        sb.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PlanRow r : rows) {
            sb.append(String.format(Locale.ROOT, "| %d × %d × %d | %,d | %,d | %s | %.1f | %d | %.3f%% | %,.1f | %,.1f | %,.1f | %.2f%% |%n",
                    r.candidates(), r.years(), r.days(), r.integers(), r.siteLpVariables(), r.status(), r.solveSeconds(), r.iterations(),
                    100 * r.gap(), r.absoluteGapUsd() / 1e6, r.objectiveUsd() / 1e9, r.greedyObjectiveUsd() / 1e9,
                    100 * (r.greedyObjectiveUsd() - r.objectiveUsd()) / r.greedyObjectiveUsd()));
        }
        return sb.toString();
    }

    private static JsonNode child(String heap, String main, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (line.startsWith("{")) last = line;
            }
        }
        if (p.waitFor() != 0 || last == null) throw new IOException(main + " " + String.join(" ", args) + " failed:\n" + all);
        return new ObjectMapper().readTree(last);
    }

    /** Runs {@link ScaleRun} in a child JVM with {@code -Xmx} = {@code heap}. */
    public static Row run(Path scenario, double gw, int years, String heap) throws IOException, InterruptedException {
        JsonNode n = child(heap, ScaleRun.class.getName(), scenario.toString(), Double.toString(gw), Integer.toString(years));
        return new Row(n.get("gw").asDouble(), n.get("years").asInt(), n.get("sites").asInt(), n.get("accelerators").asLong(),
                n.get("peakFacilityMw").asDouble(), n.get("events").asLong(), n.get("wallSeconds").asDouble(),
                n.get("eventsPerSecond").asDouble(), n.get("peakHeapMb").asDouble());
    }

    public static List<Row> table(Path scenario, double[] gws, String heap, PrintWriter progress) throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        for (double gw : gws) {
            progress.printf(Locale.ROOT, "bench: %.1f GW x 1 year...%n", gw);
            progress.flush();
            rows.add(run(scenario, gw, 1, heap));
        }
        progress.printf(Locale.ROOT, "bench: 10 GW x 2 years...%n");
        progress.flush();
        rows.add(run(scenario, 10, 2, heap));
        return rows;
    }

    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| fleet | horizon | sites | accelerators | peak facility MW | events | wall s | events/s | peak heap MB | s per GW-year |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %.1f GW | %d y | %d | %,d | %,.0f | %,d | %.2f | %,.0f | %.0f | %.3f |%n",
                    r.gw(), r.years(), r.sites(), r.accelerators(), r.peakFacilityMw(), r.events(), r.wallSeconds(),
                    r.eventsPerSecond(), r.peakHeapMb(), r.wallSeconds() / (r.gw() * r.years())));
        }
        return sb.toString();
    }
}
