package dev.miglint.cli;

/** A usage, configuration or input error: one line on stderr and exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
