package dev.stargate.server.api;

import dev.stargate.engine.results.HourlySites;
import dev.stargate.model.input.Suggest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * The hourly site table of a run, filtered, downsampled and paged by DuckDB over the run's
 * Parquet file. Without a site, rows are the fleet: quantities summed over sites, conditions
 * (temperature, capacity factors, caps) averaged, PUE as facility ÷ IT power. Downsampled rows
 * are means over buckets of whole steps that start at {@code from}; each row says how many steps
 * it averages. Column names are checked against the file's own columns; values are bound.
 *
 * <p>One in-memory DuckDB database serves every query (a cheap connection each, one thread per
 * query so that concurrent requests share the cores). A file's columns, sites and time range are
 * read once; small answers are kept (results never change once a run has succeeded), so the
 * same chart asked again costs nothing. Both caches are bounded.
 */
final class HourlyQuery implements AutoCloseable {
    /** The answer: {@code rows} are [time, steps, value per column]. */
    record Result(String site, List<String> columns, int stepSeconds, long bucketSeconds, Instant from, Instant to, long total,
                  int offset, int limit, List<List<Object>> rows) {}

    /** What a file holds: its value columns, sites, first and last step (epoch s) and step length (s). */
    private record Meta(List<String> columns, List<String> sites, long first, long last, long step) {}

    /** Files whose metadata is kept, answers kept, and the largest answer kept (cells). */
    private static final int META_ENTRIES = 64;
    private static final int RESULT_ENTRIES = 64;
    private static final int RESULT_MAX_CELLS = 20_000;

    private final DuckDBConnection db;
    private final Map<Path, Meta> meta = lru(META_ENTRIES);
    private final Map<String, Result> results = lru(RESULT_ENTRIES);

    HourlyQuery() throws SQLException {
        this.db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = db.createStatement()) {
            st.execute("SET threads = 1");
            st.execute("SET TimeZone = 'UTC'");
        }
    }

    Result run(Path parquet, String site, Instant from, Instant to, Integer points, List<String> wanted, int offset, int limit)
            throws SQLException {
        String key = parquet + "|" + site + "|" + from + "|" + to + "|" + points + "|" + wanted + "|" + offset + "|" + limit;
        synchronized (results) {
            Result cached = results.get(key);
            if (cached != null) return cached;
        }
        try (Connection c = db.duplicate()) {
            String file = parquet.toAbsolutePath().toString();
            Meta m = meta(c, parquet);
            List<String> columns = wanted == null || wanted.isEmpty() ? m.columns() : checkColumns(wanted, m.columns());
            if (site != null && !m.sites().contains(site)) {
                throw ApiException.badRequest("the run has no site " + site + Suggest.hint(site, m.sites()) + " (sites: " + String.join(", ", m.sites()) + ")");
            }
            long start = from != null ? from.getEpochSecond() : m.first();
            long end = to != null ? to.getEpochSecond() : m.last() + m.step();
            if (end <= start) throw ApiException.badRequest("from must be before to");
            long bucket = m.step();
            if (points != null) bucket = Math.max(m.step(), (long) Math.ceil((double) (end - start) / points / m.step()) * m.step());

            StringBuilder inner = new StringBuilder("SELECT epoch(time) AS t");
            for (String col : columns) inner.append(", ").append(site != null ? quote(col) : fleetExpression(col)).append(" AS ").append(quote(col));
            inner.append(" FROM read_parquet(?) WHERE epoch(time) >= ? AND epoch(time) < ?");
            inner.append(site != null ? " AND site = ?" : " GROUP BY time");
            StringBuilder sql = new StringBuilder("SELECT b, count(*) AS n");
            for (String col : columns) sql.append(", avg(").append(quote(col)).append(")");
            sql.append(", count(*) OVER () AS total FROM (SELECT CAST(floor((t - ?) / ?) AS BIGINT) AS b, * FROM (").append(inner)
                    .append(")) GROUP BY b ORDER BY b LIMIT ? OFFSET ?");
            List<List<Object>> rows = new ArrayList<>();
            long total = -1;
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
            }
            if (total < 0) total = bucketsIn(start, Math.min(end, m.last() + m.step()), Math.max(start, m.first()), bucket);
            Result r = new Result(site, List.copyOf(columns), (int) m.step(), bucket, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), total,
                    offset, limit, List.copyOf(rows));
            if ((long) rows.size() * (columns.size() + 2) <= RESULT_MAX_CELLS) {
                synchronized (results) {
                    results.put(key, r);
                }
            }
            return r;
        }
    }

    /** Buckets with data when a page past the end came back empty: those between the data's first and last step in range. */
    private static long bucketsIn(long start, long endOfData, long firstInRange, long bucket) {
        if (endOfData <= firstInRange) return 0;
        return (endOfData - 1 - start) / bucket - (firstInRange - start) / bucket + 1;
    }

    /** Drops what is kept of a file (its run was deleted). */
    void forget(Path parquet) {
        synchronized (meta) {
            meta.remove(parquet);
        }
        synchronized (results) {
            results.keySet().removeIf(k -> k.startsWith(parquet + "|"));
        }
    }

    private Meta meta(Connection c, Path parquet) throws SQLException {
        synchronized (meta) {
            Meta m = meta.get(parquet);
            if (m != null) return m;
        }
        String file = parquet.toAbsolutePath().toString();
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(?))")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(rs.getString(1));
            }
        }
        columns.remove("time");
        columns.remove("site");
        List<String> sites = new ArrayList<>();
        long first;
        long last;
        long n;
        try (PreparedStatement ps = c.prepareStatement("SELECT min(epoch(time)), max(epoch(time)), count(DISTINCT time), list(DISTINCT site ORDER BY site) "
                + "FROM read_parquet(?)")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = (long) rs.getDouble(1);
                last = (long) rs.getDouble(2);
                n = rs.getLong(3);
                for (Object s : (Object[]) rs.getArray(4).getArray()) sites.add(String.valueOf(s));
            }
        }
        Meta m = new Meta(List.copyOf(columns), List.copyOf(sites), first, last, n > 1 ? (last - first) / (n - 1) : 3600);
        synchronized (meta) {
            meta.put(parquet, m);
        }
        return m;
    }

    private static String fleetExpression(String col) {
        if (col.equals("pue")) return "sum(\"facilityMw\") / nullif(sum(\"itMw\"), 0)";
        return (HourlySites.NOT_ADDITIVE.contains(col) ? "avg(" : "sum(") + quote(col) + ")";
    }

    private static List<String> checkColumns(List<String> wanted, List<String> all) {
        for (String w : wanted) {
            if (!all.contains(w)) throw ApiException.badRequest("no hourly column " + w + Suggest.hint(w, all) + " (columns: " + String.join(", ", all) + ")");
        }
        return List.copyOf(wanted);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
