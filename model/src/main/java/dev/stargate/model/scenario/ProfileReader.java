package dev.stargate.model.scenario;

import dev.stargate.model.input.Location;
import dev.stargate.model.input.Problems;
import dev.stargate.model.input.Suggest;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a site's hourly weather CSV: a {@code time} column (UTC, YYYY-MM-DDTHH:MM, one row per
 * consecutive hour) and any of {@code temperatureDegC}, {@code solarCf}, {@code windCf}. Every
 * problem names the file, line and column.
 */
final class ProfileReader {
    static final List<String> COLUMNS = List.of("time", "temperatureDegC", "solarCf", "windCf");
    /** Most rows a profile may hold: 30 years of hours. */
    static final int MAX_ROWS = 30 * 366 * 24;

    private ProfileReader() {}

    static HourlyProfile read(String profileFile, Path baseDir, String path, Problems problems) {
        Path p;
        try {
            p = baseDir == null ? Path.of(profileFile) : baseDir.resolve(profileFile);
        } catch (InvalidPathException e) {
            problems.error(path, "is not a valid file path: " + e.getReason());
            return null;
        }
        String file = p.toString();
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                problems.error(path, "profile file " + file + " is empty; expected a header: time,temperatureDegC,solarCf,windCf");
                return null;
            }
            String[] cols = Arrays.stream(header.split(",", -1)).map(String::trim).toArray(String[]::new);
            int errors = problems.errorCount();
            int timeCol = -1;
            int[] target = new int[cols.length];
            for (int i = 0; i < cols.length; i++) {
                int k = COLUMNS.indexOf(cols[i]);
                if (k < 0) {
                    problems.error(new Location(file, 1, 1), path, "unknown column '" + cols[i] + "'" + Suggest.hint(cols[i], COLUMNS)
                            + "; allowed: " + String.join(", ", COLUMNS));
                }
                if (k == 0) timeCol = i;
                target[i] = k;
            }
            if (timeCol < 0) problems.error(new Location(file, 1, 1), path, "the header has no 'time' column");
            if (problems.errorCount() > errors) return null;
            List<double[]> rows = new ArrayList<>();
            LocalDateTime start = null;
            LocalDateTime next = null; // the hour the next row must give
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                if (rows.size() >= MAX_ROWS) {
                    problems.error(new Location(file, lineNo, 1), path, "more than " + MAX_ROWS + " hours; 30 years at most");
                    break;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != cols.length) {
                    problems.error(new Location(file, lineNo, 1), path, "has " + cells.length + " cells; the header has " + cols.length);
                    if (problems.errorCount() - errors > 20) break;
                    continue;
                }
                double[] row = new double[COLUMNS.size()];
                int col = 1;
                for (int i = 0; i < cells.length; i++) {
                    String cell = cells[i].trim();
                    Location at = new Location(file, lineNo, col);
                    col += cells[i].length() + 1;
                    if (target[i] == 0) {
                        try {
                            LocalDateTime t = LocalDateTime.parse(cell.endsWith("Z") ? cell.substring(0, cell.length() - 1) : cell);
                            if (start == null) start = t;
                            LocalDateTime expected = next == null ? t : next;
                            if (!t.equals(expected)) {
                                problems.error(at, path, "time " + cell + " breaks the hourly sequence; expected " + expected);
                            }
                            next = t.plusHours(1); // one gap, one error: the rows after it follow on from it
                        } catch (DateTimeParseException e) {
                            problems.error(at, path, "expected a UTC time YYYY-MM-DDTHH:MM, got '" + cell + "'");
                            if (next != null) next = next.plusHours(1); // the row still stands for an hour
                        }
                        continue;
                    }
                    try {
                        double v = Double.parseDouble(cell);
                        boolean cf = target[i] >= 2;
                        if (!Double.isFinite(v) || (cf && (v < 0 || v > 1)) || (!cf && (v < -90 || v > 60))) {
                            problems.error(at, path, cols[i] + " " + cell + " is out of range; allowed: "
                                    + (cf ? "0 .. 1 (output ÷ nameplate)" : "-90 .. 60 °C"));
                        }
                        row[target[i]] = v;
                    } catch (NumberFormatException e) {
                        problems.error(at, path, "expected a number for " + cols[i] + ", got '" + cell + "'");
                    }
                }
                rows.add(row);
                if (problems.errorCount() - errors > 20) break;
            }
            if (problems.errorCount() > errors) return null;
            if (rows.isEmpty() || start == null) {
                problems.error(path, "profile file " + file + " has no rows");
                return null;
            }
            return new HourlyProfile(file, start, column(rows, cols, target, 1), column(rows, cols, target, 2), column(rows, cols, target, 3));
        } catch (NoSuchFileException e) {
            problems.error(path, "profile file " + file + " does not exist; the path is relative to the scenario file");
        } catch (IOException e) {
            problems.error(path, "cannot read profile file " + file + ": " + e.getMessage());
        }
        return null;
    }

    private static double[] column(List<double[]> rows, String[] cols, int[] target, int k) {
        boolean present = Arrays.stream(target).anyMatch(x -> x == k);
        if (!present) return null;
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i)[k];
        return out;
    }
}
