package dev.stargate.cli;

import dev.stargate.server.ServerConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the server's store is: shared by serve and token. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "JDBC_URL", description = {"Database, e.g. jdbc:postgresql://localhost:5432/stargate",
            "(default: the embedded database in the data directory)."})
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (PostgreSQL); the password is read from STARGATE_DB_PASSWORD.")
    String dbUser;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded database, scratch and cache files (default: ~/.stargate).")
    Path dataDir;

    ServerConfig apply(ServerConfig c) {
        if (dataDir != null) c = c.withDataDir(dataDir, true);
        if (db != null) c = c.withDatabase(db, dbUser, System.getenv("STARGATE_DB_PASSWORD"));
        return c;
    }
}
