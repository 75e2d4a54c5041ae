package dev.stargate.model.scenario;

import dev.stargate.model.input.Binder;
import dev.stargate.model.input.Location;
import dev.stargate.model.input.Node;
import dev.stargate.model.input.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV trace of training jobs, one job per line, so that real cluster logs can be replayed.
 * The header names {@link TrainingJob} fields, with the aliases {@code arrival} (earliestStart),
 * {@code accelerators} (acceleratorCount) and {@code site} (allowedSites; several separated by
 * ';'). Each row is bound like a scenario job, so defaults, ranges and messages are the same.
 */
public final class TraceReader {
    /** Most jobs a trace may hold. */
    public static final int MAX_ROWS = 5_000_000;

    private static final Map<String, String> ALIASES = Map.of(
            "arrival", "earliestStart",
            "accelerators", "acceleratorCount",
            "site", "allowedSites",
            "country", "allowedCountries");

    private TraceReader() {}

    static List<LocatedJob> read(String traceFile, Path baseDir, Problems problems) {
        Path path;
        try {
            path = baseDir == null ? Path.of(traceFile) : baseDir.resolve(traceFile);
        } catch (InvalidPathException e) {
            problems.error("training.traceFile", "is not a valid file path: " + e.getReason());
            return List.of();
        }
        String file = path.toString();
        List<LocatedJob> jobs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            int[] lineNo = {0};
            String header = nextDataLine(in, lineNo);
            if (header == null) {
                problems.error(Location.ofFile(file), "training.traceFile", "the trace is empty; expected a header line");
                return jobs;
            }
            String[] columns = header.split(",", -1);
            for (int i = 0; i < columns.length; i++) {
                columns[i] = ALIASES.getOrDefault(columns[i].trim(), columns[i].trim());
            }
            String line;
            while ((line = in.readLine()) != null) {
                lineNo[0]++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (jobs.size() >= MAX_ROWS) {
                    problems.error(new Location(file, lineNo[0], 1), "training.traceFile", "more than " + MAX_ROWS + " jobs; split the trace");
                    break;
                }
                LocatedJob job = row(line, columns, file, lineNo[0], problems);
                if (job != null) jobs.add(job);
                if (problems.errorCount() > 100) {
                    problems.error(new Location(file, lineNo[0], 1), "training.traceFile", "too many errors; stopped reading the trace");
                    break;
                }
            }
        } catch (NoSuchFileException e) {
            problems.error("training.traceFile", "trace file " + file + " does not exist; the path is relative to the scenario file");
        } catch (IOException e) {
            problems.error("training.traceFile", "cannot read trace file " + file + ": " + e.getMessage());
        }
        return jobs;
    }

    private static LocatedJob row(String line, String[] columns, String file, int lineNo, Problems problems) {
        String[] cells = line.split(",", -1);
        Location rowLoc = new Location(file, lineNo, 1);
        String path = "trace[line " + lineNo + "]";
        if (cells.length != columns.length) {
            problems.error(rowLoc, path, "has " + cells.length + " cells; the header has " + columns.length);
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        int col = 1;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].trim();
            Location at = new Location(file, lineNo, col);
            col += cells[i].length() + 1;
            if (cell.isEmpty()) continue;
            Node value;
            if (columns[i].equals("allowedSites") || columns[i].equals("allowedCountries")) {
                List<Node> items = new ArrayList<>();
                for (String part : cell.split(";")) items.add(new Node.ScalarNode(part.trim(), Node.ScalarNode.Kind.STRING, at));
                value = new Node.ListNode(items, at);
            } else {
                value = new Node.ScalarNode(cell, Node.ScalarNode.Kind.STRING, at);
            }
            entries.put(columns[i], value);
            keys.put(columns[i], at);
        }
        if (!entries.containsKey("name")) {
            entries.put("name", new Node.ScalarNode("trace-" + lineNo, Node.ScalarNode.Kind.STRING, rowLoc));
        }
        TrainingJob job = Binder.bind(new Node.MapNode(entries, keys, rowLoc), TrainingJob.class, path, problems);
        return job == null ? null : new LocatedJob(job, path, rowLoc);
    }

    private static String nextDataLine(BufferedReader in, int[] lineNo) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNo[0]++;
            if (!line.isBlank() && !line.startsWith("#")) return line;
        }
        return null;
    }
}
