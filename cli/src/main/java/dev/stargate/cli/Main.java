package dev.stargate.cli;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code stargate} command. Exit codes: 0 success, 2 invalid input (with a message naming the
 * file, line, field and fix), 1 internal error. User errors never print a stack trace unless
 * {@code --debug} is given.
 */
@Command(name = "stargate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Plan, simulate and operate a global AI compute backbone.",
        subcommands = {
                DemoCommand.class,
                PlanCommand.class,
                SimulateCommand.class,
                ReportCommand.class,
                ValidateCommand.class,
                DescribeCommand.class,
                CatalogCommand.class,
                SchemaCommand.class,
                BenchCommand.class,
                ValidationCommand.class,
                ServeCommand.class,
                TokenCommand.class,
                LoadTestCommand.class,
                SweepCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return INVALID_INPUT;
        });
        return cl;
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parse) {
        PrintWriter err = cl.getErr();
        boolean debug = anyDebug(parse);
        if (ex instanceof InvalidInputException invalid) {
            for (Problem p : invalid.problems()) err.println(p);
            int n = invalid.errors().size();
            err.println(Format.plural(n, "error") + "; nothing was run.");
            if (debug) ex.printStackTrace(err);
            return INVALID_INPUT;
        }
        if (ex instanceof UserException user) {
            err.println("error: " + user.getMessage());
            if (debug) ex.printStackTrace(err);
            return INVALID_INPUT;
        }
        err.println("internal error: " + ex + (debug ? "" : " (run again with --debug for the stack trace, and report it)"));
        if (debug) ex.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    private static boolean anyDebug(CommandLine.ParseResult parse) {
        for (CommandLine.ParseResult p = parse; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.matchedOption("--debug") != null) return true;
        }
        return false;
    }
}
