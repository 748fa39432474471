package dev.miglint.cli;

/** A usage, configuration or input error: one line on stderr and exit code 2. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
