package dev.stargate.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The system of record: a connection pool, the schema brought up to date by Flyway (scripts in
 * db/migration, portable between the embedded H2 database and PostgreSQL), and JDBI on top.
 * Every statement binds its parameters; none is assembled from input.
 */
public final class Database implements AutoCloseable {
    /** Connections in the pool: the request threads and the workers share them. */
    private static final int POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final String url;

    private Database(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
        this.jdbi = Jdbi.create(pool);
    }

    /** Connects, migrates the schema and returns the database; clear errors for unreachable servers. */
    public static Database open(String url, String user, String password, Path dataDir) {
        if (url.startsWith("jdbc:h2:")) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
            }
        } else if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL " + url + "; give jdbc:postgresql://host:port/db or jdbc:h2:file:PATH");
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        if (user != null) hc.setUsername(user);
        if (password != null) hc.setPassword(password);
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setPoolName("stargate-db");
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            String why = rootMessage(e);
            if (url.startsWith("jdbc:h2:") && why != null && why.contains("locked")) {
                throw new IllegalStateException("the embedded database " + redact(url) + " is in use by another process (a running "
                        + "stargate serve?); stop it first, or share a PostgreSQL database (--db) between processes", e);
            }
            throw new IllegalStateException("cannot connect to " + redact(url) + ": " + why
                    + "; check the URL, that the database server runs, and the user and password", e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new IllegalStateException("cannot bring the database schema at " + redact(url) + " up to date: " + rootMessage(e), e);
        }
        return new Database(ds, url);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The URL without a password, for logs and /health. */
    public String describe() {
        return redact(url);
    }

    /** True when a trivial query answers. */
    public boolean healthy() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }
}
