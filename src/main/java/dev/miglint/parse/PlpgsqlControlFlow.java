package dev.miglint.parse;

import dev.miglint.scan.TokenKind;

/**
 * The PL/pgSQL around the SQL statements of a DO body. Scanning the body as SQL cuts it at semicolons, so a
 * segment may start with block or branch syntax ({@code BEGIN IF NOT EXISTS (...) THEN ALTER TABLE ...});
 * we move past that to the statement itself. Rules see the statement, not the condition guarding it.
 */
final class PlpgsqlControlFlow {
    private PlpgsqlControlFlow() {
    }

    /** Moves the cursor past leading block and branch syntax; returns whether a DECLARE section began. */
    static boolean skipPrefix(TokenCursor c) {
        boolean declare = false;
        while (!c.atEnd()) {
            if (c.peekKind(TokenKind.OPERATOR) && c.peek().text(c.source()).startsWith("<<")) {
                c.skipPastOperator(">>"); // <<label>>
            } else if (c.acceptWords("DECLARE")) {
                declare = true;
                if (c.indexOfTopLevelWord("BEGIN") < 0) {
                    return true;
                }
                c.skipPastTopLevelWord("BEGIN");
                declare = false;
            } else if (c.acceptAnyWord("BEGIN", "ELSE", "LOOP", "EXCEPTION") != null) {
                continue;
            } else if (c.peekAnyWord("IF", "ELSIF", "ELSEIF", "WHEN") && c.hasTopLevelWord("THEN")) {
                c.skipPastTopLevelWord("THEN");
            } else if (c.peekAnyWord("FOR", "WHILE", "FOREACH") && c.hasTopLevelWord("LOOP")) {
                c.skipPastTopLevelWord("LOOP");
            } else {
                break;
            }
        }
        return declare;
    }

    /** {@code END [IF | LOOP | CASE] [label]}, or an assignment {@code v := expr} / {@code rec.f = expr}. */
    static boolean isBlockSyntax(TokenCursor c) {
        if (c.atEnd() || c.peekWord("END")) {
            return true;
        }
        int i = 1;
        while (c.peekKind(i, TokenKind.DOT)) {
            i += 2;
        }
        if (!c.peekKind(i, TokenKind.OPERATOR)) {
            return false;
        }
        String op = c.peek(i).text(c.source());
        return op.equals("=") || c.source().startsWith(":=", c.peek(i).start());
    }
}
