package dev.stargate.server.api;

import dev.stargate.engine.results.HourlySites;
import dev.stargate.model.input.Suggest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hourly site table of a run, filtered, downsampled and paged by DuckDB over the run's
 * Parquet file. Without a site, rows are the fleet: quantities summed over sites, conditions
 * (temperature, capacity factors, caps) averaged, PUE as facility ÷ IT power. Downsampled rows
 * are means over buckets of whole steps that start at {@code from}; each row says how many steps
 * it averages. Column names are checked against the file's own columns; values are bound.
 */
final class HourlyQuery {
    /** The answer: {@code rows} are [time, steps, value per column]. */
    record Result(String site, List<String> columns, int stepSeconds, long bucketSeconds, Instant from, Instant to, long total,
                  int offset, int limit, List<List<Object>> rows) {}

    private HourlyQuery() {}

    static Result run(Path parquet, String site, Instant from, Instant to, Integer points, List<String> wanted, int offset, int limit)
            throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            String file = parquet.toAbsolutePath().toString();
            List<String> all = valueColumns(c, file);
            List<String> columns = wanted == null || wanted.isEmpty() ? all : checkColumns(wanted, all);
            if (site != null) checkSite(c, file, site);
            long[] range = range(c, file);
            long step = range[2];
            long start = from != null ? from.getEpochSecond() : range[0];
            long end = to != null ? to.getEpochSecond() : range[1] + step;
            if (end <= start) throw ApiException.badRequest("from must be before to");
            long bucket = step;
            if (points != null) bucket = Math.max(step, (long) Math.ceil((double) (end - start) / points / step) * step);

            StringBuilder inner = new StringBuilder("SELECT epoch(time) AS t");
            for (String col : columns) inner.append(", ").append(site != null ? quote(col) : fleetExpression(col)).append(" AS ").append(quote(col));
            inner.append(" FROM read_parquet(?) WHERE epoch(time) >= ? AND epoch(time) < ?");
            inner.append(site != null ? " AND site = ?" : " GROUP BY time");
            StringBuilder sql = new StringBuilder("SELECT b, count(*) AS n");
            for (String col : columns) sql.append(", avg(").append(quote(col)).append(")");
            sql.append(", count(*) OVER () AS total FROM (SELECT CAST(floor((t - ?) / ?) AS BIGINT) AS b, * FROM (").append(inner)
                    .append(")) GROUP BY b ORDER BY b LIMIT ? OFFSET ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, start);
                ps.setLong(i++, bucket);
                ps.setString(i++, file);
                ps.setLong(i++, start);
                ps.setLong(i++, end);
                if (site != null) ps.setString(i++, site);
                ps.setInt(i++, limit);
                ps.setInt(i, offset);
                List<List<Object>> rows = new ArrayList<>();
                long total = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(columns.size() + 2);
                        row.add(Instant.ofEpochSecond(start + rs.getLong(1) * bucket).toString());
                        row.add(rs.getLong(2));
                        for (int k = 0; k < columns.size(); k++) {
                            double v = rs.getDouble(3 + k);
                            row.add(rs.wasNull() || !Double.isFinite(v) ? null : v);
                        }
                        total = rs.getLong(columns.size() + 3);
                        rows.add(row);
                    }
                }
                if (rows.isEmpty()) total = count(c, file, site, start, end, bucket);
                return new Result(site, columns, (int) step, bucket, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), total,
                        offset, limit, rows);
            }
        }
    }

    private static String fleetExpression(String col) {
        if (col.equals("pue")) return "sum(\"facilityMw\") / nullif(sum(\"itMw\"), 0)";
        return (HourlySites.NOT_ADDITIVE.contains(col) ? "avg(" : "sum(") + quote(col) + ")";
    }

    private static List<String> valueColumns(Connection c, String file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(?))")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        out.remove("time");
        out.remove("site");
        return out;
    }

    private static List<String> checkColumns(List<String> wanted, List<String> all) {
        for (String w : wanted) {
            if (!all.contains(w)) {
                throw ApiException.badRequest("no hourly column " + w + Suggest.hint(w, all) + " (columns: " + String.join(", ", all) + ")");
            }
        }
        return List.copyOf(wanted);
    }

    private static void checkSite(Connection c, String file, String site) throws SQLException {
        List<String> sites = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT site FROM read_parquet(?) ORDER BY site")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sites.add(rs.getString(1));
            }
        }
        if (!sites.contains(site)) {
            throw ApiException.badRequest("the run has no site " + site + Suggest.hint(site, sites) + " (sites: " + String.join(", ", sites) + ")");
        }
    }

    /** First step, last step and step length, in epoch seconds. */
    private static long[] range(Connection c, String file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(epoch(time)), max(epoch(time)), count(DISTINCT time) FROM read_parquet(?)")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = (long) rs.getDouble(1);
                long max = (long) rs.getDouble(2);
                long n = rs.getLong(3);
                return new long[] {min, max, n > 1 ? (max - min) / (n - 1) : 3600};
            }
        }
    }

    private static long count(Connection c, String file, String site, long start, long end, long bucket) throws SQLException {
        String sql = "SELECT count(DISTINCT CAST(floor((epoch(time) - ?) / ?) AS BIGINT)) FROM read_parquet(?) WHERE epoch(time) >= ? AND epoch(time) < ?"
                + (site != null ? " AND site = ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, start);
            ps.setLong(2, bucket);
            ps.setString(3, file);
            ps.setLong(4, start);
            ps.setLong(5, end);
            if (site != null) ps.setString(6, site);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
