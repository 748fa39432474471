package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.SetVariable;
import dev.miglint.model.Statement.TransactionControl;
import dev.miglint.model.Statement.TransactionControl.Kind;
import dev.miglint.scan.TokenKind;
import java.util.Locale;

/** SET / RESET / PRAGMA and transaction control. */
final class SessionModeler {
    private SessionModeler() {
    }

    static boolean handles(TokenCursor c) {
        return c.peekAnyWord("SET", "RESET", "PRAGMA", "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
                "SAVEPOINT", "RELEASE") || c.peekWords("PREPARE", "TRANSACTION");
    }

    static Statement model(TokenCursor c, Dialect dialect) {
        if (c.acceptWords("SET")) {
            return set(c, dialect);
        }
        if (c.acceptWords("RESET")) {
            String name = c.restText().toLowerCase(Locale.ROOT);
            c.skipToEnd();
            return new SetVariable(name, null, false, false);
        }
        if (c.acceptWords("PRAGMA")) {
            return pragma(c);
        }
        return transaction(c);
    }

    private static Statement transaction(TokenCursor c) {
        Kind kind;
        if (c.acceptAnyWord("BEGIN", "START") != null) {
            kind = Kind.BEGIN;
        } else if (c.acceptAnyWord("COMMIT", "END") != null) {
            kind = Kind.COMMIT;
        } else if (c.acceptAnyWord("ROLLBACK", "ABORT") != null) {
            c.acceptAnyWord("WORK", "TRANSACTION");
            kind = c.peekWord("TO") ? Kind.ROLLBACK_TO_SAVEPOINT : Kind.ROLLBACK;
        } else if (c.acceptWords("SAVEPOINT")) {
            kind = Kind.SAVEPOINT;
        } else if (c.acceptWords("RELEASE")) {
            kind = Kind.RELEASE_SAVEPOINT;
        } else {
            c.expectWords("PREPARE", "TRANSACTION");
            kind = Kind.PREPARE_TRANSACTION;
        }
        c.skipToEnd();
        return new TransactionControl(kind);
    }

    private static Statement set(TokenCursor c, Dialect dialect) {
        boolean local = c.acceptWords("LOCAL");
        c.acceptAnyWord("SESSION", "GLOBAL", "PERSIST");
        if (c.acceptWords("TIME", "ZONE")) {
            return new SetVariable("timezone", rest(c), local, false);
        }
        int from = c.mark();
        while (!c.atEnd() && !isAssignment(c)) {
            c.next();
        }
        if (c.atEnd()) { // SET NAMES utf8, SET ROLE x, SET CONSTRAINTS ALL DEFERRED
            c.reset(from);
            c.next();
            String name = c.textBetween(from, c.mark()).toLowerCase(Locale.ROOT);
            return new SetVariable(name, c.atEnd() ? "" : rest(c), local, false);
        }
        String name = c.textBetween(from, c.mark()).toLowerCase(Locale.ROOT);
        c.next();
        String value;
        if (dialect == Dialect.MYSQL) { // SET a = 1, b = 2: the first assignment
            value = c.splitAtTopLevelCommas().get(0).restText();
        } else {
            value = rest(c);
        }
        return new SetVariable(name, value, local, false);
    }

    private static boolean isAssignment(TokenCursor c) {
        if (c.peekWord("TO")) {
            return true;
        }
        if (!c.peekKind(TokenKind.OPERATOR)) {
            return false;
        }
        String op = c.peek().text(c.source());
        return op.equals("=") || op.equals(":=");
    }

    private static String rest(TokenCursor c) {
        String text = c.restText();
        c.skipToEnd();
        return text;
    }

    /**
     * {@code SELECT set_config('name', 'value', is_local) [, ...]} with literal arguments only: the same as
     * {@code SET [LOCAL] name = value}. Null (cursor unmoved) for any other SELECT.
     */
    static Statement setConfig(TokenCursor c) {
        int start = c.mark();
        c.expectWords("SELECT");
        java.util.List<SetVariable> settings = new java.util.ArrayList<>();
        for (TokenCursor item : c.splitAtTopLevelCommas()) {
            SetVariable sv = setConfigCall(item);
            if (sv == null) {
                c.reset(start);
                return null;
            }
            settings.add(sv);
        }
        return settings.size() == 1 ? settings.get(0) : new Statement.SetConfig(settings);
    }

    private static SetVariable setConfigCall(TokenCursor c) {
        try {
            if (!c.peekIdentifier() || !c.qualifiedName().name().equals("set_config") || !c.peekKind(TokenKind.LPAREN)) {
                return null;
            }
            java.util.List<TokenCursor> args = c.parenthesized().splitAtTopLevelCommas();
            if (args.size() != 3 || !args.get(0).peekKind(TokenKind.STRING) || !args.get(1).peekKind(TokenKind.STRING)) {
                return null;
            }
            String name = args.get(0).literalValue().toLowerCase(Locale.ROOT);
            String value = args.get(1).literalValue();
            TokenCursor isLocal = args.get(2);
            String local = isLocal.atEnd() ? "" : isLocal.literalValue().toLowerCase(Locale.ROOT);
            if (!args.get(0).atEnd() || !args.get(1).atEnd() || !isLocal.atEnd()) {
                return null;
            }
            boolean on = switch (local) {
                case "true", "t", "on", "yes", "y", "1" -> true;
                case "false", "f", "off", "no", "n", "0" -> false;
                default -> throw new NotRecognizedException("is_local");
            };
            if (c.acceptWords("AS")) {
                c.identifier();
            } else if (c.peekIdentifier()) {
                c.identifier();
            }
            return c.atEnd() ? new SetVariable(name, value, on, false) : null;
        } catch (NotRecognizedException e) {
            return null;
        }
    }

    private static Statement pragma(TokenCursor c) {
        String name = c.qualifiedName().name();
        String value = null;
        if (c.acceptEquals()) {
            value = rest(c);
        } else if (c.peekKind(TokenKind.LPAREN)) {
            value = c.parenthesized().restText();
        }
        return new SetVariable(name, value, false, true);
    }
}
