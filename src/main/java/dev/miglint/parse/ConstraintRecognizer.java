package dev.miglint.parse;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.ConstraintDef.Kind;
import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.scan.TokenKind;
import java.util.List;

/** Table constraints ({@code [CONSTRAINT n] PRIMARY KEY | UNIQUE | FOREIGN KEY | CHECK | EXCLUDE ...}) and their inline column forms. */
final class ConstraintRecognizer {

    private final Dialect dialect;

    ConstraintRecognizer(Dialect dialect) {
        this.dialect = dialect;
    }

    static boolean startsTableConstraint(TokenCursor c) {
        return c.peekAnyWord("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE");
    }

    private static final String[] KINDS = {"PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE", "NOT"};

    /** A whole table constraint; the cursor must be exhausted by it. */
    ConstraintDef tableConstraint(TokenCursor c) {
        String name = null;
        if (c.acceptWords("CONSTRAINT")) {
            name = c.peekAnyWord(KINDS) ? null : c.identifier();
        }
        ConstraintDef def;
        if (c.acceptWords("PRIMARY", "KEY")) {
            def = keyConstraint(c, name, Kind.PRIMARY_KEY);
        } else if (c.acceptWords("UNIQUE")) {
            c.acceptAnyWord("KEY", "INDEX");
            name = mysqlIndexName(c, name);
            def = keyConstraint(c, name, Kind.UNIQUE);
        } else if (c.acceptWords("FOREIGN", "KEY")) {
            name = mysqlIndexName(c, name);
            List<String> columns = c.identifierList();
            c.expectWords("REFERENCES");
            def = references(c, name, columns);
        } else if (c.acceptWords("CHECK")) {
            def = check(c, name);
        } else if (c.acceptWords("NOT", "NULL")) { // PostgreSQL 18: CONSTRAINT n NOT NULL column
            def = new ConstraintDef(name, Kind.NOT_NULL, List.of(c.identifier()), null, List.of(), null, false, null);
        } else if (c.acceptWords("EXCLUDE")) {
            String text = c.restText();
            c.skipToEnd();
            def = new ConstraintDef(name, Kind.EXCLUDE, List.of(), null, List.of(), new SqlExpr(text), false, null);
        } else {
            throw new NotRecognizedException("unknown table constraint " + c.near());
        }
        boolean notValid = trailingOptions(c);
        c.expectEnd();
        return notValid ? withNotValid(def) : def;
    }

    /** MySQL allows an index name after UNIQUE [KEY] and FOREIGN KEY; the constraint name wins when both are given. */
    private String mysqlIndexName(TokenCursor c, String name) {
        if (dialect == Dialect.MYSQL && c.peekIdentifier() && !c.peekWord("USING")) {
            String indexName = c.identifier();
            return name != null ? name : indexName;
        }
        return name;
    }

    private ConstraintDef keyConstraint(TokenCursor c, String name, Kind kind) {
        c.acceptWords("NULLS", "NOT", "DISTINCT");
        c.acceptWords("NULLS", "DISTINCT");
        skipMysqlIndexType(c);
        if (c.acceptWords("USING", "INDEX")) {
            String index = c.identifier();
            return new ConstraintDef(name, kind, List.of(), null, List.of(), null, false, index);
        }
        List<String> columns = IndexElements.of(c.parenthesized());
        return new ConstraintDef(name, kind, columns, null, List.of(), null, false, null);
    }

    private static void skipMysqlIndexType(TokenCursor c) {
        if (c.peekWord("USING") && c.peekAnyWordAt(1, "BTREE", "HASH")) {
            c.next();
            c.next();
        }
    }

    ConstraintDef references(TokenCursor c, String name, List<String> columns) {
        QualifiedName table = c.qualifiedName();
        List<String> referenced = c.peekKind(TokenKind.LPAREN) ? c.identifierList() : List.of();
        return new ConstraintDef(name, Kind.FOREIGN_KEY, columns, table, referenced, null, false, null);
    }

    ConstraintDef check(TokenCursor c, String name) {
        return check(c, name, List.of());
    }

    /** A CHECK; {@code columns}: the column it is written on (an inline column constraint), empty for a table CHECK. */
    ConstraintDef check(TokenCursor c, String name, List<String> columns) {
        if (!c.peekKind(TokenKind.LPAREN)) {
            throw new NotRecognizedException("expected ( after CHECK");
        }
        int from = c.mark();
        c.parenthesized();
        String text = c.textBetween(from, c.mark());
        return new ConstraintDef(name, Kind.CHECK, columns, null, List.of(), new SqlExpr(stripParens(text)), false, null);
    }

    private static String stripParens(String text) {
        return text.substring(1, text.length() - 1).trim();
    }

    /**
     * Skips what may follow any constraint (referential actions, deferrability, index parameters, MySQL
     * index options) and reports whether {@code NOT VALID} was among it.
     */
    boolean trailingOptions(TokenCursor c) {
        boolean notValid = false;
        while (!c.atEnd()) {
            if (c.acceptWords("NOT", "VALID")) {
                notValid = true;
            } else if (!skipOneOption(c)) {
                break;
            }
        }
        return notValid;
    }

    /** One option that may follow a constraint, inline or table-level; false when none comes next. */
    boolean skipOneOption(TokenCursor c) {
        if (c.acceptWords("ON", "DELETE") || c.acceptWords("ON", "UPDATE")) {
            referentialAction(c);
        } else if (c.acceptWords("ON", "CONFLICT")) {
            c.next();
        } else if (c.acceptWords("MATCH")) {
            c.next();
        } else if (c.acceptWords("NOT", "DEFERRABLE") || c.acceptWords("DEFERRABLE") || c.acceptWords("NOT", "ENFORCED")
                || c.acceptWords("ENFORCED") || c.acceptWords("NO", "INHERIT")) {
            return true;
        } else if (c.acceptWords("INITIALLY")) {
            c.next();
        } else if (c.acceptWords("USING", "INDEX", "TABLESPACE") || c.acceptWords("COMMENT")) {
            c.next();
        } else if (c.acceptWords("INCLUDE") || c.acceptWords("WITH")) {
            c.parenthesized();
        } else if (c.peekWord("USING") && c.peekAnyWordAt(1, "BTREE", "HASH")) {
            c.next();
            c.next();
        } else if (c.acceptWords("KEY_BLOCK_SIZE")) {
            c.acceptEquals();
            c.next();
        } else if (c.acceptAnyWord("VISIBLE", "INVISIBLE", "ASC", "DESC", "AUTOINCREMENT") != null) {
            return true;
        } else {
            return false;
        }
        return true;
    }

    private static void referentialAction(TokenCursor c) {
        if (c.acceptWords("NO", "ACTION") || c.acceptAnyWord("CASCADE", "RESTRICT") != null) {
            return;
        }
        if (c.acceptWords("SET", "NULL") || c.acceptWords("SET", "DEFAULT")) {
            c.skipOptionalParens();
            return;
        }
        throw new NotRecognizedException("unknown referential action " + c.near());
    }

    static ConstraintDef withNotValid(ConstraintDef d) {
        return new ConstraintDef(d.name(), d.kind(), d.columns(), d.referencedTable(), d.referencedColumns(),
                d.checkExpression(), true, d.usingIndex());
    }
}
