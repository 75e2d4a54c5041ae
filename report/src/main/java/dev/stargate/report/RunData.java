package dev.stargate.report;

import dev.stargate.engine.results.RunSummary;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.planner.PlanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run directory read back: what {@link RunFiles#write} wrote, for the report. */
public record RunData(Path dir, RunSummary summary, LoadedScenario scenario, PlanReport plan, Hourly hourly,
                      Inference inference, Map<String, List<Long>> interruptions) {

    /** The hourly site table by column: {@code values[column][step * sites + site]}. */
    public record Hourly(long[] times, int stepSeconds, List<String> sites, List<String> columns, double[][] values) {
        public int steps() {
            return times.length;
        }

        /** A column summed over sites, per step. */
        public double[] fleet(String column) {
            int c = columns.indexOf(column);
            double[] out = new double[times.length];
            if (c < 0) return out;
            int n = sites.size();
            for (int k = 0; k < out.length; k++) for (int s = 0; s < n; s++) out[k] += values[c][k * n + s];
            return out;
        }

        /** A column of one site over the steps. */
        public double[] site(String column, int site) {
            int c = columns.indexOf(column);
            double[] out = new double[times.length];
            if (c < 0) return out;
            for (int k = 0; k < out.length; k++) out[k] = values[c][k * sites.size() + site];
            return out;
        }
    }

    /** The hourly inference table, summed over services. */
    public record Inference(long[] times, double[] demandTps, double[] servedWithinTps, double[] servedBeyondTps) {}

    /** Reads a run directory; a missing or malformed file is a user error naming the file. */
    public static RunData read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir + " (a run directory written by simulate --out or demo)");
        RunSummary summary = RunFiles.readSummary(require(dir, RunFiles.SUMMARY));
        LoadedScenario scenario;
        try {
            scenario = ScenarioLoader.load(require(dir, RunFiles.SCENARIO));
        } catch (InvalidInputException e) {
            throw new IOException(dir.resolve(RunFiles.SCENARIO) + " does not load: " + e.getMessage(), e);
        }
        Path planFile = dir.resolve(RunFiles.PLAN);
        PlanReport plan = Files.isRegularFile(planFile) ? RunFiles.readPlan(planFile) : null;
        Hourly hourly = Files.isRegularFile(dir.resolve(RunFiles.HOURLY_SITES)) ? hourly(dir.resolve(RunFiles.HOURLY_SITES)) : null;
        Inference inference = Files.isRegularFile(dir.resolve(RunFiles.INFERENCE_HOURLY)) ? inference(dir.resolve(RunFiles.INFERENCE_HOURLY)) : null;
        Map<String, List<Long>> interruptions = new LinkedHashMap<>();
        Path ints = dir.resolve(RunFiles.INTERRUPTIONS);
        if (Files.isRegularFile(ints)) {
            for (String[] r : Csv.read(ints).rows()) interruptions.computeIfAbsent(r[0], k -> new ArrayList<>()).add(epoch(r[1]));
        }
        return new RunData(dir, summary, scenario, plan, hourly, inference, interruptions);
    }

    private static Path require(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) throw new NoSuchFileException(p + " (every run directory has it; was the run written with --out?)");
        return p;
    }

    static long epoch(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    private static Hourly hourly(Path file) throws IOException {
        Csv.Table t = Csv.read(file);
        List<String> columns = t.header().subList(2, t.header().size());
        List<String> sites = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (String[] r : t.rows()) {
            long time = epoch(r[0]);
            if (times.isEmpty() || times.get(times.size() - 1) != time) times.add(time);
            if (times.size() == 1) sites.add(r[1]);
        }
        double[][] values = new double[columns.size()][t.rows().size()];
        for (int i = 0; i < t.rows().size(); i++) {
            String[] r = t.rows().get(i);
            for (int c = 0; c < columns.size(); c++) values[c][i] = Double.parseDouble(r[c + 2]);
        }
        long[] ts = times.stream().mapToLong(Long::longValue).toArray();
        int step = ts.length > 1 ? (int) (ts[1] - ts[0]) : 3600;
        return new Hourly(ts, step, sites, List.copyOf(columns), values);
    }

    private static Inference inference(Path file) throws IOException {
        Csv.Table t = Csv.read(file);
        Map<Long, double[]> byTime = new LinkedHashMap<>();
        for (String[] r : t.rows()) {
            double[] v = byTime.computeIfAbsent(epoch(r[0]), k -> new double[3]);
            v[0] += Double.parseDouble(r[2]);
            v[1] += Double.parseDouble(r[3]);
            v[2] += Double.parseDouble(r[4]);
        }
        long[] times = byTime.keySet().stream().mapToLong(Long::longValue).toArray();
        double[] d = new double[times.length];
        double[] w = new double[times.length];
        double[] b = new double[times.length];
        int i = 0;
        for (double[] v : byTime.values()) {
            d[i] = v[0];
            w[i] = v[1];
            b[i] = v[2];
            i++;
        }
        return new Inference(times, d, w, b);
    }
}
