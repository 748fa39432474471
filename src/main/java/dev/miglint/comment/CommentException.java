package dev.miglint.comment;

/**
 * The code host refused or could not be reached. {@code status} is the HTTP status, 0 for a network error. The
 * message never contains the token ({@link Token#mask}).
 */
public final class CommentException extends Exception {
    private final int status;

    public CommentException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
