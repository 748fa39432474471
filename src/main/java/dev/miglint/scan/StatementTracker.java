package dev.miglint.scan;

import dev.miglint.model.Dialect;

/**
 * Follows the significant tokens of one statement to tell whether a {@code ;} may end it: not inside
 * parentheses, and not inside the BEGIN/CASE ... END body of a trigger or routine (SQLite and MySQL trigger
 * bodies, MySQL procedures without DELIMITER, PostgreSQL {@code BEGIN ATOMIC}). Also notices
 * {@code COPY ... FROM stdin}, whose data rows follow the statement.
 */
final class StatementTracker {

    /** Only CREATE statements naming one of these before this many tokens get body tracking. */
    private static final int HEAD_LENGTH = 12;

    private final Dialect dialect;
    private String source;
    private int index;
    private boolean isCreate;
    private boolean isCopy;
    private boolean inHead;
    private boolean hasBody;
    private int parenDepth;
    private int blockDepth;
    private boolean endPending;
    private boolean previousWasBegin;
    private boolean previousWasFrom;
    private boolean copyFromStdin;

    StatementTracker(Dialect dialect) {
        this.dialect = dialect;
    }

    void reset(String source) {
        this.source = source;
        index = 0;
        isCreate = isCopy = inHead = hasBody = false;
        parenDepth = blockDepth = 0;
        endPending = previousWasBegin = previousWasFrom = copyFromStdin = false;
    }

    boolean copyFromStdin() {
        return copyFromStdin;
    }

    /** Whether a default {@code ;} at this point ends the statement. */
    boolean canEndAtSemicolon() {
        resolvePendingEnd(null);
        return parenDepth == 0 && blockDepth == 0;
    }

    void accept(Token token) {
        int position = index++;
        boolean consumedByEnd = resolvePendingEnd(token);
        if (position == 0) {
            isCreate = is(token, "CREATE");
            isCopy = is(token, "COPY");
            inHead = isCreate;
        }
        switch (token.kind()) {
            case LPAREN -> {
                parenDepth++;
                inHead = false;
            }
            case RPAREN -> parenDepth = Math.max(0, parenDepth - 1);
            default -> { }
        }
        if (inHead && position > 0) {
            readHead(token, position);
        }
        if (hasBody && !consumedByEnd && token.kind() == TokenKind.WORD) {
            trackBlocks(token);
        }
        previousWasBegin = is(token, "BEGIN");
        if (isCopy) {
            copyFromStdin |= previousWasFrom && is(token, "STDIN");
            previousWasFrom = is(token, "FROM");
        }
    }

    private void readHead(Token token, int position) {
        if (is(token, "TRIGGER") || is(token, "PROCEDURE") || is(token, "FUNCTION") || is(token, "EVENT")) {
            hasBody = true;
            inHead = false;
        } else if (position > HEAD_LENGTH || is(token, "TABLE") || is(token, "INDEX") || is(token, "VIEW")
                || is(token, "UNIQUE") || is(token, "SCHEMA") || is(token, "TYPE") || is(token, "ON")) {
            inHead = false;
        }
    }

    private void trackBlocks(Token word) {
        if (is(word, "BEGIN")) {
            // a PostgreSQL routine body only nests with BEGIN ATOMIC; plain BEGIN there is a transaction word
            if (dialect != Dialect.POSTGRES) {
                blockDepth++;
            }
        } else if (is(word, "ATOMIC")) {
            if (dialect == Dialect.POSTGRES && previousWasBegin) {
                blockDepth++;
            }
        } else if (is(word, "CASE")) {
            blockDepth++;
        } else if (is(word, "END")) {
            endPending = true;
        }
    }

    /**
     * An END closes a block unless it is MySQL's END IF / END LOOP / END WHILE / END REPEAT, which close
     * constructs we never opened; END CASE closes a CASE. Returns true when {@code next} was that second word.
     */
    private boolean resolvePendingEnd(Token next) {
        if (!endPending) {
            return false;
        }
        endPending = false;
        if (next != null && (is(next, "IF") || is(next, "LOOP") || is(next, "WHILE") || is(next, "REPEAT"))) {
            return true;
        }
        blockDepth = Math.max(0, blockDepth - 1);
        return next != null && is(next, "CASE");
    }

    private boolean is(Token token, String keyword) {
        return token.isWord(source, keyword);
    }
}
