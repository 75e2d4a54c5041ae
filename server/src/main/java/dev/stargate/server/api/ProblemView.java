package dev.stargate.server.api;

import dev.stargate.model.input.Problem;

/**
 * One input problem in API responses: the fields for an editor to mark (line, column, path) and
 * {@code text}, the exact line the CLI prints.
 */
public record ProblemView(String severity, String file, Integer line, Integer column, String path, String message, String text) {
    public static ProblemView of(Problem p) {
        boolean located = p.location().line() > 0;
        return new ProblemView(p.isError() ? "error" : "warning", p.location().file(), located ? p.location().line() : null,
                located ? p.location().column() : null, p.path(), p.message(), p.toString());
    }
}
