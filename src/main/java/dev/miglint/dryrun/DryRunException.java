package dev.miglint.dryrun;

/** The dry run cannot go on (bad option, database unreachable...): one line on stderr and exit 2. */
public final class DryRunException extends Exception {
    public DryRunException(String message) {
        super(message);
    }

    public DryRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
