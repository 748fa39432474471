package dev.miglint.parse;

import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.model.Statement.CreateIndex;
import java.util.List;
import java.util.Locale;

/**
 * {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] [USING m] ON [ONLY] table
 * [USING m] (elements) [INCLUDE (...)] [NULLS [NOT] DISTINCT] [WITH (...)] [TABLESPACE t] [WHERE predicate]}
 * plus MySQL's trailing index options and ALGORITHM/LOCK clauses.
 */
final class CreateIndexRecognizer {

    CreateIndex recognize(TokenCursor c) {
        c.expectWords("CREATE");
        c.acceptWords("OR", "REPLACE");
        boolean unique = c.acceptWords("UNIQUE");
        String mysqlKind = c.acceptAnyWord("FULLTEXT", "SPATIAL"); // MySQL: the index type, kept as the method
        c.expectWords("INDEX");
        boolean concurrently = c.acceptWords("CONCURRENTLY");
        boolean ifNotExists = c.acceptWords("IF", "NOT", "EXISTS");
        String name = null;
        if (!c.peekWord("ON")) {
            name = c.qualifiedName().name();
        }
        String method = using(c, mysqlKind == null ? null : mysqlKind.toLowerCase(Locale.ROOT));
        c.expectWords("ON");
        boolean only = c.acceptWords("ONLY");
        QualifiedName table = c.qualifiedName();
        method = mysqlKind != null ? method : using(c, method);
        List<String> columns = IndexElements.of(c.parenthesized());
        SqlExpr where = null;
        while (!c.atEnd()) {
            if (c.acceptWords("WHERE")) {
                where = new SqlExpr(c.restText());
                c.skipToEnd();
            } else {
                method = trailingOption(c, method);
            }
        }
        return new CreateIndex(name, table, unique, concurrently, ifNotExists, columns, method, where, only);
    }

    private static String using(TokenCursor c, String method) {
        if (c.acceptWords("USING")) {
            return c.next().text(c.source()).toLowerCase(Locale.ROOT);
        }
        return method;
    }

    private static String trailingOption(TokenCursor c, String method) {
        if (c.acceptWords("INCLUDE") || c.acceptWords("WITH")) {
            c.parenthesized();
        } else if (c.acceptWords("NULLS", "NOT", "DISTINCT") || c.acceptWords("NULLS", "DISTINCT")
                || c.acceptAnyWord("VISIBLE", "INVISIBLE") != null) {
            return method;
        } else if (c.peekWord("USING")) {
            return using(c, method);
        } else if (c.acceptAnyWord("TABLESPACE", "COMMENT", "ALGORITHM", "LOCK", "KEY_BLOCK_SIZE", "WITH") != null) {
            c.acceptEquals();
            c.next();
        } else {
            throw new NotRecognizedException("unexpected " + c.near() + " in CREATE INDEX");
        }
        return method;
    }
}
