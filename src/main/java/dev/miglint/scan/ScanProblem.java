package dev.miglint.scan;

/** Something the lexer could not read cleanly; scanning always goes on. {@code offset} is file-absolute. */
public record ScanProblem(Kind kind, int offset, String message) {

    public enum Kind {
        UNTERMINATED_STRING, UNTERMINATED_QUOTED_IDENT, UNTERMINATED_DOLLAR_QUOTE, UNTERMINATED_COMMENT,
        UNTERMINATED_PLACEHOLDER, NUL_BYTE
    }
}
