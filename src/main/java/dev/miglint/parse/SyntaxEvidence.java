package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.SyntaxProblem;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Evidence that a statement is not valid SQL in any of the dialects, as opposed to valid SQL miglint does not
 * know: a bracket that is never closed or closes nothing, a {@code ;} inside brackets (the statement ran on into
 * the next one because a bracket was left open), or, when neither parser understood it, a first word that starts
 * no SQL statement or (PostgreSQL) a MySQL backtick-quoted name. Only what the tokens show; nothing is guessed from a parser's complaint.
 */
final class SyntaxEvidence {
    private SyntaxEvidence() {
    }

    /** Words a statement can start with in PostgreSQL, MySQL or SQLite (and PL/pgSQL, for nested statements). */
    private static final Set<String> LEADING = Set.of(
            "ABORT", "ALTER", "ANALYSE", "ANALYZE", "ATTACH", "BEGIN", "BINLOG", "CACHE", "CALL", "CHANGE", "CHECK",
            "CHECKPOINT", "CHECKSUM", "CLOSE", "CLUSTER", "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE",
            "DECLARE", "DELETE", "DELIMITER", "DESC", "DESCRIBE", "DETACH", "DISCARD", "DO", "DROP", "END", "EXECUTE",
            "EXPLAIN", "FETCH", "FLUSH", "GET", "GRANT", "HANDLER", "HELP", "IMPORT", "INSERT", "INSTALL", "KILL",
            "LISTEN", "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "OPTIMIZE", "PRAGMA", "PREPARE", "PURGE",
            "REASSIGN", "REFRESH", "REINDEX", "RELEASE", "RENAME", "REPAIR", "REPLACE", "RESET", "RESIGNAL", "REVOKE",
            "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT", "SET", "SHOW", "SIGNAL", "START", "TABLE", "TRUNCATE",
            "UNINSTALL", "UNLISTEN", "UNLOCK", "UPDATE", "USE", "VACUUM", "VALUES", "WITH", "XA");

    /** The evidence, or null. {@code parsed}: one of the parsers understood the statement. */
    static SyntaxProblem find(String text, List<Token> tokens, boolean parsed, Dialect dialect) {
        List<Token> significant = tokens.stream().filter(t -> !t.isComment()).toList();
        if (significant.isEmpty()) {
            return null;
        }
        SyntaxProblem brackets = brackets(text, significant);
        if (brackets != null || parsed) {
            return brackets;
        }
        if (dialect == Dialect.POSTGRES) {
            // outside a string PostgreSQL reads ` only inside an operator name, which the parsers would understand
            for (Token t : significant) {
                if (t.kind() == TokenKind.OPERATOR && t.text(text).startsWith("`")) {
                    return new SyntaxProblem(t.span(), "syntax error: PostgreSQL has no backtick quotes (this is MySQL's"
                            + " way of quoting a name); PostgreSQL quotes names with double quotes");
                }
            }
        }
        Token first = significant.get(0);
        String word = first.text(text).toUpperCase(Locale.ROOT);
        if (first.kind() == TokenKind.WORD && !LEADING.contains(word)) {
            return new SyntaxProblem(first.span(), "syntax error: \"" + first.text(text)
                    + "\" does not start any SQL statement (a misspelt keyword?)");
        }
        return null;
    }

    private static SyntaxProblem brackets(String text, List<Token> tokens) {
        boolean rule = startsRule(text, tokens);
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : tokens) {
            if (t.kind() == TokenKind.LPAREN) {
                open.push(t);
            } else if (t.kind() == TokenKind.RPAREN) {
                if (open.isEmpty()) {
                    return new SyntaxProblem(t.span(), "syntax error: this \")\" closes no \"(\"");
                }
                open.pop();
            } else if (t.kind() == TokenKind.SEMICOLON && !open.isEmpty() && !rule) {
                // CREATE RULE ... DO (a; b) is the one statement with ';' inside brackets
                return new SyntaxProblem(open.peek().span(), "syntax error: this \"(\" is not closed before the \";\""
                        + " at " + where(text, t));
            }
        }
        return open.isEmpty() ? null
                : new SyntaxProblem(open.peek().span(), "syntax error: this \"(\" is never closed");
    }

    private static boolean startsRule(String text, List<Token> tokens) {
        int i = 0;
        if (i < tokens.size() && tokens.get(i).isWord(text, "CREATE")) {
            i++;
            if (i + 1 < tokens.size() && tokens.get(i).isWord(text, "OR") && tokens.get(i + 1).isWord(text, "REPLACE")) {
                i += 2;
            }
            return i < tokens.size() && tokens.get(i).isWord(text, "RULE");
        }
        return false;
    }

    private static String where(String text, Token t) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < t.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (t.start() - lineStart + 1);
    }
}
