package dev.stargate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.RunSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The exported tables read back with the run summary's row counts and totals, as CSV and as Parquet. */
class ExportsTest {
    private final Path dir = Fixture.runDirectory();
    private final RunSummary s = Fixture.result.summary();

    @Test
    void csvTablesSumToTheSummary() throws Exception {
        Csv.Table h = Csv.read(dir.resolve(RunFiles.HOURLY_SITES));
        int steps = s.engine().steps();
        assertThat(h.rows()).hasSize(steps * s.fleet().sites());
        double hours = s.engine().stepMinutes() / 60.0;
        assertThat(sum(h, "facilityMw") * hours).isCloseTo(s.energy().facilityMwh(), within(1e-9 * s.energy().facilityMwh()));
        assertThat(sum(h, "itMw") * hours).isCloseTo(s.energy().itMwh(), within(1e-9 * s.energy().itMwh()));
        assertThat(sum(h, "carbonKg") / 1000).isCloseTo(s.energy().carbonTonnes(), within(1e-9 * s.energy().carbonTonnes()));
        s.energy().bySourceMwh().forEach((src, mwh) -> assertThat(sum(h, src + "Mwh")).as(src).isCloseTo(mwh, within(1e-9 * (1 + mwh))));
        Csv.Table inf = Csv.read(dir.resolve(RunFiles.INFERENCE_HOURLY));
        assertThat(inf.rows()).hasSize(steps * s.inference().services().size());
        assertThat(sum(inf, "demandTokensPerS") * s.engine().stepMinutes() * 60).isCloseTo(s.inference().demandTokens(),
                within(1e-9 * s.inference().demandTokens()));
        assertThat(Csv.read(dir.resolve(RunFiles.JOBS)).rows()).hasSize(s.training().jobs());
        assertThat(Csv.read(dir.resolve("regions.csv")).rows()).hasSize(2);
        assertThat(Csv.read(dir.resolve("plan_milestones.csv")).rows()).isNotEmpty();
    }

    @Test
    void parquetTablesReadBackInDuckDb() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            ResultSet r = st.executeQuery("SELECT count(*), sum(facilityMw), sum(carbonKg), count(DISTINCT site), min(typeof(time)) FROM "
                    + Parquet.literal(dir.resolve("hourly_sites.parquet")));
            r.next();
            double hours = s.engine().stepMinutes() / 60.0;
            assertThat(r.getLong(1)).isEqualTo((long) s.engine().steps() * s.fleet().sites());
            assertThat(r.getDouble(2) * hours).isCloseTo(s.energy().facilityMwh(), within(1e-9 * s.energy().facilityMwh()));
            assertThat(r.getDouble(3) / 1000).isCloseTo(s.energy().carbonTonnes(), within(1e-9 * s.energy().carbonTonnes()));
            assertThat(r.getLong(4)).isEqualTo(s.fleet().sites());
            assertThat(r.getString(5)).startsWith("TIMESTAMP"); // a real time column, not text
            r = st.executeQuery("SELECT count(*), sum(demandTokensPerS) FROM " + Parquet.literal(dir.resolve("inference_hourly.parquet")));
            r.next();
            assertThat(r.getLong(1)).isEqualTo((long) s.engine().steps() * s.inference().services().size());
            assertThat(r.getDouble(2) * s.engine().stepMinutes() * 60).isCloseTo(s.inference().demandTokens(), within(1e-9 * s.inference().demandTokens()));
        }
    }

    private static double sum(Csv.Table t, String column) {
        int c = t.column(column);
        double s = 0;
        for (String[] r : t.rows()) s += Double.parseDouble(r[c]);
        return s;
    }
}
