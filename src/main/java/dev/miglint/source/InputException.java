package dev.miglint.source;

/** A file or path that cannot be linted; the message is one clear line without the path. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
