package dev.miglint.lint;

/** A request that cannot run (an unknown rule, a bad setting, a config that does not parse): one line, exit 2. */
public final class RequestException extends Exception {
    public RequestException(String message) {
        super(message);
    }
}
