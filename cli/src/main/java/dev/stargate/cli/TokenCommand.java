package dev.stargate.cli;

import dev.stargate.server.ServerConfig;
import dev.stargate.server.auth.Role;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.TokenStore;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"API tokens of a server started with --auth: each belongs to one workspace with one role",
                "(viewer: read; planner: also edit scenarios and start runs; admin: also delete).",
                "Works on the server's database (same --db / --data-dir as serve); the embedded one only while the server is stopped."},
        subcommands = {TokenCommand.Create.class, TokenCommand.Revoke.class, TokenCommand.ListTokens.class})
final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the server's database, applies {@code f} to its tokens, closes it. */
    static <T> T withTokens(DatabaseOptions options, Function<TokenStore, T> f) {
        ServerConfig c = options.apply(ServerConfig.defaults());
        Database db;
        try {
            db = Database.open(c.databaseUrl(), c.databaseUser(), c.databasePassword(), c.dataDir());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
        try (db) {
            return f.apply(new TokenStore(db.jdbi()));
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Make a token (the workspace is created if new) and print it once: store it now, only its hash is kept.")
    static final class Create implements Callable<Integer> {
        @Option(names = "--workspace", required = true, paramLabel = "NAME", description = "Workspace, e.g. one per partner.")
        String workspace;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, planner or admin.")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "What the token is for (default: WORKSPACE-ROLE).")
        String name;

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role r = Role.fromWire(role);
            if (r == null) throw new UserException("--role " + role + " is not one of " + Arrays.stream(Role.values()).map(Role::wire).toList());
            if (!workspace.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
                throw new UserException("--workspace " + workspace + ": use letters, digits, '_', '.' or '-' (at most 100)");
            }
            TokenStore.NewToken t = withTokens(database, tokens -> tokens.create(name != null ? name : workspace + "-" + r.wire(), workspace, r));
            PrintWriter out = spec.commandLine().getOut();
            out.println(t.secret());
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.printf("token %d (%s): %s in workspace %s. Shown once; use it as Authorization: Bearer TOKEN, or log in to the dashboard.%n",
                    t.info().id(), t.info().name(), r.wire(), workspace);
            err.flush();
            return Main.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Revoke a token by id or name; it stops working at once, also for dashboard sessions made with it.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "ID_OR_NAME")
        String which;

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!withTokens(database, tokens -> tokens.revoke(which))) {
                throw new UserException("no active token " + which + "; stargate token list shows them");
            }
            spec.commandLine().getOut().println("revoked " + which);
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "The tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Table t = new Table("id", "name", "workspace", "role", "created", "revoked");
            for (TokenStore.TokenInfo i : withTokens(database, TokenStore::list)) {
                t.row(Long.toString(i.id()), i.name(), i.workspace(), i.role().wire(), i.createdAt().toString(),
                        i.revokedAt() == null ? "" : i.revokedAt().toString());
            }
            t.print(spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }
}
