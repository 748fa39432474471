package dev.miglint.parse;

import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.scan.TokenKind;

/** INSERT, UPDATE and DELETE (also after a WITH list) from tokens: the table and what rules ask of it. */
final class DmlModeler {
    private DmlModeler() {
    }

    static boolean handles(TokenCursor c) {
        return c.peekAnyWord("INSERT", "REPLACE", "UPSERT", "UPDATE", "DELETE", "WITH");
    }

    static Statement model(TokenCursor c) {
        if (c.acceptWords("WITH")) {
            skipCommonTableExpressions(c);
            if (!c.peekAnyWord("INSERT", "REPLACE", "UPDATE", "DELETE")) {
                c.skipToEnd();
                return new Statement.Other("SELECT");
            }
        }
        if (c.acceptAnyWord("INSERT", "REPLACE", "UPSERT") != null) {
            return insert(c);
        }
        if (c.acceptWords("UPDATE")) {
            skipModifiers(c);
            c.acceptWords("ONLY");
            return new Statement.Update(c.qualifiedName(), hasWhere(c));
        }
        c.expectWords("DELETE");
        skipModifiers(c);
        if (c.acceptWords("FROM")) {
            c.acceptWords("ONLY");
        }
        QualifiedName table = c.qualifiedName();
        return new Statement.Delete(table, hasWhere(c));
    }

    /** Only a top-level WHERE filters the statement's own rows; one inside a subquery or CTE does not. */
    private static boolean hasWhere(TokenCursor c) {
        boolean where = c.hasTopLevelWord("WHERE");
        c.skipToEnd();
        return where;
    }

    private static void skipCommonTableExpressions(TokenCursor c) {
        c.acceptWords("RECURSIVE");
        do {
            c.identifier();
            c.skipOptionalParens();
            c.expectWords("AS");
            c.acceptWords("NOT");
            c.acceptWords("MATERIALIZED");
            c.parenthesized();
        } while (c.accept(TokenKind.COMMA));
    }

    /** MySQL {@code LOW_PRIORITY}, {@code IGNORE}, ...; SQLite {@code OR REPLACE}. */
    private static void skipModifiers(TokenCursor c) {
        while (c.acceptAnyWord("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK", "IGNORE") != null) {
            // keep skipping
        }
        if (c.acceptWords("OR")) {
            c.next();
        }
    }

    private static Statement insert(TokenCursor c) {
        skipModifiers(c);
        c.acceptWords("INTO");
        QualifiedName table = c.qualifiedName();
        if (c.acceptWords("AS")) {
            c.identifier();
        }
        if (c.peekKind(TokenKind.LPAREN) && !c.peekAnyWordAt(1, "SELECT", "WITH")) {
            c.parenthesized();
        }
        c.accept(TokenKind.LPAREN);
        boolean fromSelect = c.peekAnyWord("SELECT", "WITH", "TABLE");
        c.skipToEnd();
        return new Statement.Insert(table, fromSelect);
    }
}
