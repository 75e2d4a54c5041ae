package dev.stargate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the stargate command in-process and captures its exit code and streams. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    static final String REFERENCE = "../scenarios/stargate-2026.yaml";
    static final String ONE_JOB = "../scenarios/teaching/one-site-one-job.yaml";
    static final String OFF_GRID = "../scenarios/teaching/off-grid-solar-battery-gas.yaml";
}
