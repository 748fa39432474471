package dev.miglint.parse;

/** Thrown by the token recognizers when a statement leaves the forms they know; the message is the reason. */
final class NotRecognizedException extends RuntimeException {
    NotRecognizedException(String reason) {
        super(reason, null, false, false);
    }
}
