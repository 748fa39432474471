package dev.miglint.parse;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.scan.TokenKind;
import java.util.List;

/** DROP INDEX, DROP of other objects, and TRUNCATE. */
final class DropModeler {
    private DropModeler() {
    }

    static boolean handles(TokenCursor c) {
        return c.peekAnyWord("DROP", "TRUNCATE");
    }

    static Statement model(TokenCursor c) {
        if (c.acceptWords("TRUNCATE")) {
            return truncate(c);
        }
        c.expectWords("DROP");
        c.acceptAnyWord("TEMPORARY", "TEMP");
        if (c.acceptWords("INDEX")) {
            boolean concurrently = c.acceptWords("CONCURRENTLY");
            boolean ifExists = c.acceptWords("IF", "EXISTS");
            List<QualifiedName> names = c.qualifiedNameList();
            if (c.acceptWords("ON")) { // MySQL: DROP INDEX i ON t [ALGORITHM=...]
                c.skipToEnd();
            }
            return new Statement.DropIndex(names, concurrently, ifExists, behaviour(c));
        }
        ObjectKind kind = kind(c);
        if (kind == ObjectKind.OTHER) {
            String keyword = "DROP " + c.leadingWords(1);
            c.skipToEnd();
            return new Statement.Other(keyword);
        }
        boolean ifExists = c.acceptWords("IF", "EXISTS");
        List<QualifiedName> names = c.qualifiedNameList();
        QualifiedName table = null;
        if (c.acceptWords("ON")) { // DROP TRIGGER/POLICY/RULE name ON table
            table = c.qualifiedName();
        }
        return new Statement.Drop(kind, names, ifExists, behaviour(c), table);
    }

    private static ObjectKind kind(TokenCursor c) {
        if (c.acceptWords("MATERIALIZED", "VIEW")) {
            return ObjectKind.MATERIALIZED_VIEW;
        }
        String word = c.acceptAnyWord("TABLE", "VIEW", "SCHEMA", "DATABASE", "SEQUENCE", "TYPE", "DOMAIN", "FUNCTION",
                "PROCEDURE", "TRIGGER", "EXTENSION", "POLICY", "RULE");
        return word == null ? ObjectKind.OTHER : ObjectKind.valueOf(word);
    }

    private static boolean behaviour(TokenCursor c) {
        boolean cascade = c.acceptWords("CASCADE");
        c.acceptWords("RESTRICT");
        c.expectEnd();
        return cascade;
    }

    private static Statement truncate(TokenCursor c) {
        c.acceptWords("TABLE");
        c.acceptWords("ONLY");
        List<QualifiedName> tables = c.qualifiedNameList();
        if (c.peekKind(TokenKind.OPERATOR)) {
            c.next(); // t *
        }
        c.acceptWords("RESTART", "IDENTITY");
        c.acceptWords("CONTINUE", "IDENTITY");
        return new Statement.Truncate(tables, behaviour(c));
    }
}
