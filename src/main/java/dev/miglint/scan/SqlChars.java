package dev.miglint.scan;

/** Character classes of SQL text that every dialect shares. */
final class SqlChars {
    private SqlChars() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B' || c == '\0'
                || (c >= 0x80 && (c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Any non-space char from U+0080 up counts, as in PostgreSQL; that also keeps surrogate pairs whole. */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= 0x80 && !isSpace(c));
    }

    static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }
}
