package dev.stargate.sweep;

import dev.stargate.report.Parquet;
import dev.stargate.report.RunFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sweep's output directory: samples.csv and samples.parquet (one row per sample: its
 * parameters and outputs, or its error), percentiles.csv, sensitivity.csv, summary.json and report.html.
 */
public final class SweepFiles {
    public static final String SAMPLES = "samples.csv";
    public static final String PERCENTILES = "percentiles.csv";
    public static final String SENSITIVITY = "sensitivity.csv";
    public static final String REPORT = "report.html";
    public static final String SUMMARY = "summary.json";

    private SweepFiles() {}

    public static void write(SweepRun run, Path dir, String version) throws IOException {
        Files.createDirectories(dir);
        List<Parameter> ps = run.sweep().sweep().parameters();
        List<String> keys = SweepStats.keys(run.results());
        List<String> header = new ArrayList<>(List.of("sample", "seed", "status", "seconds", "error"));
        ps.forEach(p -> header.add(p.path()));
        header.addAll(keys);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(SAMPLES), StandardCharsets.UTF_8)) { // row by row: sweeps can be long
            row(out, header);
            for (int i = 0; i < run.samples().size(); i++) {
                Sample s = run.samples().get(i);
                SampleResult r = run.results().get(i);
                List<String> row = new ArrayList<>(header.size());
                row.addAll(List.of(Integer.toString(s.index()), Long.toString(s.seed()), r.ok() ? "ok" : "failed", RunFiles.num(r.seconds()),
                        r.error() == null ? "" : r.error()));
                for (Object v : s.values()) row.add(v instanceof Double d ? RunFiles.num(d) : String.valueOf(v));
                for (String k : keys) {
                    Double v = r.outputs().get(k);
                    row.add(v == null ? "" : RunFiles.num(v));
                }
                row(out, row);
            }
        }
        Parquet.fromCsv(dir.resolve(SAMPLES), dir.resolve("samples.parquet"));

        List<List<String>> pct = new ArrayList<>();
        for (SweepStats.Spread s : run.spreads()) {
            pct.add(List.of(s.key(), Integer.toString(s.samples()), RunFiles.num(s.mean()), RunFiles.num(s.min()), RunFiles.num(s.p10()),
                    RunFiles.num(s.p50()), RunFiles.num(s.p90()), RunFiles.num(s.max()), cell(s.p10Interval().low()), cell(s.p10Interval().high()),
                    cell(s.p50Interval().low()), cell(s.p50Interval().high()), cell(s.p90Interval().low()), cell(s.p90Interval().high())));
        }
        table(dir.resolve(PERCENTILES), List.of("output", "samples", "mean", "min", "p10", "p50", "p90", "max", "p10Low", "p10High", "p50Low", "p50High",
                "p90Low", "p90High"), pct);

        List<List<String>> sens = new ArrayList<>();
        for (Map.Entry<String, SweepStats.Sensitivity> e : run.sensitivity().entrySet()) {
            for (int p = 0; p < ps.size(); p++) sens.add(List.of(e.getKey(), ps.get(p).path(), cell(e.getValue().spearman()[p]), cell(e.getValue().prcc()[p])));
        }
        table(dir.resolve(SENSITIVITY), List.of("output", "parameter", "spearmanRho", "prcc"), sens);
        Files.writeString(dir.resolve(REPORT), SweepReport.render(run, version), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SUMMARY), json(run), StandardCharsets.UTF_8);
    }

    private static void table(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(out, header);
            for (List<String> r : rows) row(out, r);
        }
    }

    /** The sweep's summary document (docs/sweeps.md), as printed by {@code stargate sweep --json}. */
    public static String json(SweepRun run) throws IOException {
        return RunFiles.JSON.writeValueAsString(SweepSummary.of(run)) + "\n";
    }

    /** A correlation or interval bound, empty where it is undefined. */
    private static String cell(double v) {
        return Double.isNaN(v) ? "" : RunFiles.num(v);
    }

    private static void row(BufferedWriter out, List<String> cells) throws IOException {
        out.write(String.join(",", cells.stream().map(RunFiles::cell).toList()));
        out.newLine();
    }
}
