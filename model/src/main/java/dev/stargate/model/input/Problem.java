package dev.stargate.model.input;

/**
 * One thing wrong with an input: where (file:line:column), which field (a path such as
 * {@code sites[3].phases[0].acceleratorCount}), what is wrong and what is allowed.
 */
public record Problem(Severity severity, Location location, String path, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form printed by the CLI and returned by the server. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String where = location.toString();
        if (!where.isEmpty()) sb.append(where).append(": ");
        sb.append(severity == Severity.ERROR ? "error: " : "warning: ");
        if (!path.isEmpty()) sb.append(path).append(": ");
        sb.append(message);
        return sb.toString();
    }
}
