package dev.stargate.cli;

/** A mistake in how the command was used (a missing file, a bad option value): exit code 2, no stack trace. */
final class UserException extends RuntimeException {
    UserException(String message) {
        super(message);
    }
}
