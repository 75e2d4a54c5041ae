package dev.stargate.report;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Parquet copies of CSV tables, written by an in-process DuckDB (types detected from the CSV:
 * times become timestamps, numbers doubles or integers), for pandas, DuckDB and Spark users.
 */
public final class Parquet {
    private Parquet() {}

    public static void fromCsv(Path csv, Path parquet) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, auto_detect = true)) TO "
                    + literal(parquet) + " (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            throw new IOException("cannot write " + parquet + ": " + e.getMessage(), e);
        }
    }

    /** A file path as a SQL string literal. */
    public static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
