package dev.stargate.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the CSV tables of a run directory (RFC 4180 quoting), header first. */
public final class Csv {
    public record Table(List<String> header, List<String[]> rows) {
        public int column(String name) {
            int i = header.indexOf(name);
            if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + header);
            return i;
        }
    }

    private Csv() {}

    public static Table read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** A table from CSV text ({@code name} for errors). */
    public static Table parse(String text, String name) throws IOException {
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            return read(in, name);
        }
    }

    private static Table read(BufferedReader in, String name) throws IOException {
        String header = in.readLine();
        if (header == null) throw new IOException(name + " is empty");
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty()) rows.add(split(line));
        }
        return new Table(List.of(split(header)), rows);
    }

    static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out.toArray(String[]::new);
    }
}
