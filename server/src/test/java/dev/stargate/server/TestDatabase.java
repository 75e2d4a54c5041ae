package dev.stargate.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases the server's tests run against: the embedded H2 database always, and PostgreSQL
 * when STARGATE_TEST_PG_URL (with STARGATE_TEST_PG_USER and STARGATE_TEST_PG_PASSWORD) names one,
 * as .ci/run does. STARGATE_REQUIRE_POSTGRES=1 makes a missing PostgreSQL a failure, not a skip.
 * Every test gets an empty database: a new H2 file, or a new PostgreSQL schema.
 */
public record TestDatabase(String kind) {
    static final String PG_URL = System.getenv("STARGATE_TEST_PG_URL");
    /** Schemas made by this test JVM, dropped when it exits so that repeated builds leave nothing behind. */
    private static final List<String> SCHEMAS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchemas));
    }

    @Override
    public String toString() {
        return kind;
    }

    /** The databases to run on, for @MethodSource. */
    public static List<TestDatabase> all() {
        List<TestDatabase> out = new ArrayList<>(List.of(new TestDatabase("h2")));
        if (PG_URL != null && !PG_URL.isBlank()) out.add(new TestDatabase("postgresql"));
        else if ("1".equals(System.getenv("STARGATE_REQUIRE_POSTGRES"))) {
            fail("STARGATE_REQUIRE_POSTGRES=1 but STARGATE_TEST_PG_URL is not set; .ci/run installs PostgreSQL and sets it");
        }
        return out;
    }

    /** A configuration with an empty database of this kind and {@code dataDir} for files. */
    public ServerConfig config(Path dataDir) {
        ServerConfig c = ServerConfig.defaults().withPort(0).withDataDir(dataDir, true).withVersion("test");
        if (kind.equals("h2")) return c;
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection conn = DriverManager.getConnection(PG_URL, pgUser(), pgPassword()); Statement st = conn.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            synchronized (SCHEMAS) {
                SCHEMAS.add(schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + PG_URL + ": " + e.getMessage(), e);
        }
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return c.withDatabase(url, pgUser(), pgPassword());
    }

    private static void dropSchemas() {
        synchronized (SCHEMAS) {
            if (SCHEMAS.isEmpty()) return;
            try (Connection conn = DriverManager.getConnection(PG_URL, pgUser(), pgPassword()); Statement st = conn.createStatement()) {
                for (String s : SCHEMAS) st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop the test schemas " + SCHEMAS + ": " + e.getMessage());
            }
        }
    }

    static String pgUser() {
        return System.getenv("STARGATE_TEST_PG_USER");
    }

    static String pgPassword() {
        return System.getenv("STARGATE_TEST_PG_PASSWORD");
    }
}
