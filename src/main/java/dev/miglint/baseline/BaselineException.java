package dev.miglint.baseline;

/** A baseline file that cannot be read or is not a baseline: one line, exit code 2. */
public final class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }
}
