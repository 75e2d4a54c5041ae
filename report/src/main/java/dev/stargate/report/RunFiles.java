package dev.stargate.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stargate.engine.core.World;
import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.InferenceHourly;
import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import dev.stargate.model.input.Unbinder;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.ScenarioWriter;
import dev.stargate.model.scenario.Site;
import dev.stargate.model.scenario.Training;
import dev.stargate.planner.PlanReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A run directory: everything a run (and, when given, its plan) produced, as files other tools
 * and {@code stargate report} read. Tables are CSV (every table) and Parquet (the hourly ones);
 * numbers are written as the shortest text that reads back to the same double, so the tables
 * sum to the summary's totals.
 */
public final class RunFiles {
    public static final String SUMMARY = "summary.json";
    public static final String HOURLY_SITES = "hourly_sites.csv";
    public static final String INFERENCE_HOURLY = "inference_hourly.csv";
    public static final String JOBS = "jobs.csv";
    public static final String INTERRUPTIONS = "interruptions.csv";
    public static final String SCENARIO = "scenario.yaml";
    public static final String PLAN = "plan.json";

    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunFiles() {}

    public static String summaryJson(RunSummary s) throws IOException {
        return JSON.writeValueAsString(s) + "\n";
    }

    public static String planJson(PlanReport p) throws IOException {
        return JSON.writeValueAsString(p) + "\n";
    }

    /** Writes the run (and its plan, when not null) into {@code dir}. */
    public static void write(RunResult r, LoadedScenario ls, PlanReport plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        RunSummary s = r.summary();
        Files.writeString(dir.resolve(SUMMARY), summaryJson(s), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SCENARIO), scenarioForRunDirectory(ls), StandardCharsets.UTF_8);
        writeJobs(s, dir.resolve(JOBS));
        writeInterruptions(r, ls, dir.resolve(INTERRUPTIONS));
        table(dir.resolve("services.csv"), "name,demandTokens,servedTokens,servedWithinSloTokens,sloAttainment",
                s.inference().services().stream().map(v -> List.of(v.name(), num(v.demandTokens()), num(v.servedTokens()),
                        num(v.servedWithinSloTokens()), num(v.sloAttainment()))).toList());
        table(dir.resolve("regions.csv"), "name,demandTokens,servedTokens,servedWithinSloTokens,sloAttainment",
                s.inference().regions().stream().map(v -> List.of(v.name(), num(v.demandTokens()), num(v.servedTokens()),
                        num(v.servedWithinSloTokens()), num(v.sloAttainment()))).toList());
        table(dir.resolve("partners.csv"), "name,itCapacityMw,accelerators,facilityMwh,carbonTonnes,costUsd",
                s.partners().stream().map(v -> List.of(v.name(), num(v.itCapacityMw()), num(v.accelerators()), num(v.facilityMwh()),
                        num(v.carbonTonnes()), num(v.costUsd()))).toList());
        table(dir.resolve("energy_sources.csv"), "source,mwh",
                s.energy().bySourceMwh().entrySet().stream().map(e -> List.of(e.getKey(), num(e.getValue()))).toList());
        if (r.hourlySites() != null) {
            writeHourly(r.hourlySites(), dir.resolve(HOURLY_SITES));
            Parquet.fromCsv(dir.resolve(HOURLY_SITES), dir.resolve("hourly_sites.parquet"));
        }
        if (r.inferenceHourly() != null) {
            writeInference(r.inferenceHourly(), dir.resolve(INFERENCE_HOURLY));
            Parquet.fromCsv(dir.resolve(INFERENCE_HOURLY), dir.resolve("inference_hourly.parquet"));
        }
        if (plan != null) writePlan(plan, dir);
    }

    /** The plan's own files: plan.json, plan_sites.csv, plan_milestones.csv. */
    public static void writePlan(PlanReport plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(PLAN), planJson(plan), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (PlanReport.SiteYear y : plan.plan().sites()) {
            rows.add(List.of(y.site(), Integer.toString(y.year()), y.cooling(), num(y.itMw()), Integer.toString(y.blocksAdded()),
                    y.accelerator() == null ? "" : y.accelerator(), Long.toString(y.acceleratorsAdded()), num(y.gridMwh()),
                    num(y.unservedMwh()), num(y.carbonTonnes()), num(y.carbonFreeShare()), num(y.annualEnergyCostUsd())));
        }
        table(dir.resolve("plan_sites.csv"), "site,year,cooling,itMw,blocksAdded,accelerator,acceleratorsAdded,gridMwh,unservedMwh,"
                + "carbonTonnes,carbonFreeShare,annualEnergyCostUsd", rows);
        table(dir.resolve("plan_milestones.csv"), "date,site,what",
                plan.plan().milestones().stream().map(m -> List.of(m.date(), m.site(), m.what())).toList());
    }

    /**
     * The scenario as run, with its catalogue overrides and the trace's jobs inlined, and without
     * references to files the run directory does not hold (site weather profiles are dropped).
     */
    static String scenarioForRunDirectory(LoadedScenario ls) {
        Scenario s = ls.scenario();
        List<Site> sites = s.sites().stream().map(x -> new Site(x.name(), x.displayName(), x.country(), x.region(), x.latitudeDeg(),
                x.longitudeDeg(), x.landAcres(), x.announcedMw(), x.cooling(), x.grid(), x.energy(), x.phases(), x.partners(), null,
                x.sources(), x.assumptions())).toList();
        Scenario copy = new Scenario(s.name(), s.description(), s.horizon(), s.seed(), sites, new Training(ls.trainingJobs(), null),
                s.inference(), s.policies(), s.failures(), s.economics(), s.weather(), s.planning(), s.assumptions(), s.sources());
        return ScenarioWriter.toYaml(copy, Unbinder.toPlain(ls.catalogueOverrides()));
    }

    static String time(long startEpochSecond, int step, int stepMinutes) {
        return World.ISO_UTC.format(LocalDateTime.ofEpochSecond(startEpochSecond + (long) step * stepMinutes * 60, 0, ZoneOffset.UTC));
    }

    /**
     * Numbers as the shortest text that reads back to the same double (so exported tables sum to
     * exactly the summary's totals); whole numbers without a decimal point.
     */
    public static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** CSV cell: quoted when it holds a comma, quote or line break. */
    public static String cell(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static void table(Path file, String header, List<List<String>> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.newLine();
            for (List<String> r : rows) {
                out.write(String.join(",", r.stream().map(RunFiles::cell).toList()));
                out.newLine();
            }
        }
    }

    private static void writeHourly(HourlySites h, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("time,site," + String.join(",", h.columns()));
            out.newLine();
            int n = h.siteNames().size();
            StringBuilder sb = new StringBuilder(512);
            for (int k = 0; k < h.steps(); k++) {
                String t = time(h.startEpochSecond(), k, h.stepMinutes());
                for (int s = 0; s < n; s++) {
                    sb.setLength(0);
                    sb.append(t).append(',').append(cell(h.siteNames().get(s)));
                    int row = k * n + s;
                    for (double[] col : h.values()) sb.append(',').append(num(col[row]));
                    out.write(sb.toString());
                    out.newLine();
                }
            }
        }
    }

    private static void writeInference(InferenceHourly h, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("time,service,demandTokensPerS,servedWithinSloTokensPerS,servedBeyondSloTokensPerS,droppedTokensPerS");
            out.newLine();
            int n = h.services().size();
            for (int k = 0; k < h.steps(); k++) {
                String t = time(h.startEpochSecond(), k, h.stepMinutes());
                for (int v = 0; v < n; v++) {
                    int row = k * n + v;
                    out.write(t + "," + cell(h.services().get(v)) + "," + num(h.demandTps()[row]) + "," + num(h.servedWithinTps()[row])
                            + "," + num(h.servedBeyondTps()[row]) + "," + num(h.droppedTps()[row]));
                    out.newLine();
                }
            }
        }
    }

    private static void writeJobs(RunSummary s, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RunSummary.JobDetail j : s.training().jobsDetail()) {
            rows.add(List.of(j.name(), Integer.toString(j.accelerators()), Integer.toString(j.hotSpares()), nz(j.site()),
                    nz(j.accelerator()), nz(j.start()), nz(j.end()), num(j.progress()), Integer.toString(j.interruptions()),
                    num(j.goodput()), num(j.allocatedAcceleratorHours()), num(j.lostAcceleratorHours()),
                    num(j.checkpointIntervalMinutes()), num(j.costUsd())));
        }
        table(file, "name,accelerators,hotSpares,site,accelerator,start,end,progress,interruptions,goodput,"
                + "allocatedAcceleratorHours,lostAcceleratorHours,checkpointIntervalMinutes,costUsd", rows);
    }

    private static void writeInterruptions(RunResult r, LoadedScenario ls, Path file) throws IOException {
        long start = ls.scenario().horizon().start().toEpochDay() * 86400L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("job,time");
            out.newLine();
            List<RunSummary.JobDetail> jobs = r.summary().training().jobsDetail();
            for (int i = 0; i < jobs.size(); i++) {
                String name = cell(jobs.get(i).name());
                for (long t : r.interruptionSeconds().get(i)) {
                    out.write(name + "," + World.ISO_UTC.format(LocalDateTime.ofEpochSecond(start + t, 0, ZoneOffset.UTC)));
                    out.newLine();
                }
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Reads a summary.json written by {@link #write}. */
    public static RunSummary readSummary(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RunSummary.class);
    }

    public static PlanReport readPlan(Path file) throws IOException {
        return JSON.readValue(file.toFile(), PlanReport.class);
    }

    /** Unused-key tolerant reader of a JSON object into a map (for tests and tools). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Map.class);
    }
}
