package dev.stargate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stargate.engine.core.World;
import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.InferenceHourly;
import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Writes a run's outputs: summary.json, hourly_sites.csv, jobs.csv, inference_hourly.csv. */
final class ResultFiles {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ResultFiles() {}

    static String summaryJson(RunSummary s) throws IOException {
        return JSON.writeValueAsString(s) + "\n";
    }

    static void write(RunResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), summaryJson(r.summary()), StandardCharsets.UTF_8);
        writeJobs(r.summary(), dir.resolve("jobs.csv"));
        if (r.hourlySites() != null) writeHourly(r.hourlySites(), dir.resolve("hourly_sites.csv"));
        if (r.inferenceHourly() != null) writeInference(r.inferenceHourly(), dir.resolve("inference_hourly.csv"));
    }

    private static String time(long startEpochSecond, int step, int stepMinutes) {
        return World.ISO_UTC.format(LocalDateTime.ofEpochSecond(startEpochSecond + (long) step * stepMinutes * 60, 0, ZoneOffset.UTC));
    }

    /**
     * Numbers as the shortest text that reads back to the same double (so exported tables sum to
     * exactly the summary's totals); whole numbers without a decimal point.
     */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
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
                    sb.append(t).append(',').append(h.siteNames().get(s));
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
                    out.write(t + "," + h.services().get(v) + "," + num(h.demandTps()[row]) + "," + num(h.servedWithinTps()[row])
                            + "," + num(h.servedBeyondTps()[row]) + "," + num(h.droppedTps()[row]));
                    out.newLine();
                }
            }
        }
    }

    private static void writeJobs(RunSummary s, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("name,accelerators,hotSpares,site,accelerator,start,end,progress,interruptions,goodput,"
                    + "allocatedAcceleratorHours,lostAcceleratorHours,checkpointIntervalMinutes,costUsd");
            out.newLine();
            for (RunSummary.JobDetail j : s.training().jobsDetail()) {
                out.write(String.join(",", j.name(), Integer.toString(j.accelerators()), Integer.toString(j.hotSpares()),
                        nz(j.site()), nz(j.accelerator()), nz(j.start()), nz(j.end()), num(j.progress()),
                        Integer.toString(j.interruptions()), num(j.goodput()), num(j.allocatedAcceleratorHours()),
                        num(j.lostAcceleratorHours()), num(j.checkpointIntervalMinutes()), num(j.costUsd())));
                out.newLine();
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
