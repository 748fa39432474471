package dev.miglint.parse;

import dev.miglint.model.ColumnDef;
import dev.miglint.model.ColumnDef.Generated;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.ConstraintDef.Kind;
import dev.miglint.model.DataType;
import dev.miglint.model.SqlExpr;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One column definition: {@code name type [constraints...]}, as in CREATE TABLE, ADD COLUMN and MySQL
 * MODIFY/CHANGE. Inline PRIMARY KEY, UNIQUE, REFERENCES and CHECK are also returned as table-level
 * constraints on that column, which is how rules and the schema tracker look at them.
 */
final class ColumnDefinitionRecognizer {

    /** Words that end a column type (and a DEFAULT expression): the start of the next column constraint. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY",
            "UNIQUE", "REFERENCES", "CHECK", "GENERATED", "COLLATE", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON",
            "AS", "CHARSET", "VISIBLE", "INVISIBLE", "DEFERRABLE", "INITIALLY", "KEY", "STORAGE", "COMPRESSION",
            "FIRST", "AFTER", "SRID", "COLUMN_FORMAT", "ENCODE");

    record Result(ColumnDef column, List<ConstraintDef> constraints) { }

    private final ConstraintRecognizer constraints;

    ColumnDefinitionRecognizer(ConstraintRecognizer constraints) {
        this.constraints = constraints;
    }

    Result recognize(TokenCursor c) {
        String name = c.identifier();
        return recognizeAfterName(c, name);
    }

    Result recognizeAfterName(TokenCursor c, String name) {
        DataType type = type(c);
        Builder b = new Builder(name, type);
        while (!c.atEnd()) {
            columnConstraint(c, b);
        }
        return new Result(b.build(), b.lifted);
    }

    private static boolean endsType(TokenCursor c) {
        String w = c.peekUpperWord(0);
        if (w.equals("CHARACTER")) {
            return c.peekWord(1, "SET");
        }
        return CONSTRAINT_WORDS.contains(w);
    }

    private static DataType type(TokenCursor c) {
        if (c.atEnd() || endsType(c)) {
            return null;
        }
        int from = c.mark();
        while (!c.atEnd() && !endsType(c)) {
            c.skipItem();
        }
        return DataType.parse(c.textBetween(from, c.mark()));
    }

    private void columnConstraint(TokenCursor c, Builder b) {
        String constraintName = null;
        if (c.acceptWords("CONSTRAINT")) {
            constraintName = c.identifier();
        }
        if (c.acceptWords("NOT", "NULL")) {
            b.notNull = true;
            c.acceptWords("ON", "CONFLICT");
        } else if (c.acceptWords("NULL")) {
            b.notNull = false;
        } else if (c.acceptWords("DEFAULT")) {
            b.defaultValue = c.expressionUntil(ColumnDefinitionRecognizer::endsType);
        } else if (c.acceptWords("PRIMARY", "KEY")) {
            b.primaryKey = true;
            b.lifted.add(new ConstraintDef(constraintName, Kind.PRIMARY_KEY, List.of(b.name), null, List.of(), null, false, null));
        } else if (c.acceptWords("UNIQUE")) {
            c.acceptWords("KEY");
            b.unique = true;
            b.lifted.add(new ConstraintDef(constraintName, Kind.UNIQUE, List.of(b.name), null, List.of(), null, false, null));
        } else if (c.acceptWords("REFERENCES")) {
            b.lifted.add(constraints.references(c, constraintName, List.of(b.name)));
        } else if (c.acceptWords("CHECK")) {
            b.lifted.add(constraints.check(c, constraintName, List.of(b.name)));
        } else if (c.acceptWords("GENERATED")) {
            generated(c, b);
        } else if (c.acceptWords("AS")) {
            computed(c, b);
        } else if (c.acceptAnyWord("AUTO_INCREMENT", "AUTOINCREMENT") != null) {
            b.identity = true;
        } else if (c.acceptWords("ON", "UPDATE")) {
            c.expressionUntil(ColumnDefinitionRecognizer::endsType);
        } else if (c.acceptWords("COLLATE")) {
            c.acceptEquals();
            b.collation = c.nameOrLiteralValue();
        } else if (c.acceptWords("CHARSET") || c.acceptWords("CHARACTER", "SET")) {
            c.acceptEquals();
            b.charset = c.nameOrLiteralValue();
        } else if (c.acceptAnyWord("COMMENT", "STORAGE", "COMPRESSION", "SRID", "COLUMN_FORMAT",
                "ENCODE") != null) {
            c.acceptEquals();
            c.qualifiedNameOrLiteral();
        } else if (c.acceptWords("FIRST")) {
            return;
        } else if (c.acceptWords("AFTER")) {
            c.identifier();
        } else if (!constraints.skipOneOption(c)) {
            throw new NotRecognizedException("unknown column option " + c.near());
        }
    }

    /** {@code GENERATED ALWAYS AS (expr) STORED} or {@code GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(options)]}. */
    private static void generated(TokenCursor c, Builder b) {
        if (!c.acceptWords("ALWAYS")) {
            c.expectWords("BY", "DEFAULT");
        }
        c.expectWords("AS");
        if (c.acceptWords("IDENTITY")) {
            b.identity = true;
            c.skipOptionalParens();
            return;
        }
        computed(c, b);
    }

    /** {@code AS (expr) [STORED | VIRTUAL | PERSISTENT]}: MySQL and SQLite default to VIRTUAL. */
    private static void computed(TokenCursor c, Builder b) {
        if (!c.peekKind(TokenKind.LPAREN)) {
            throw new NotRecognizedException("expected ( after AS");
        }
        c.parenthesized();
        b.generated = c.acceptAnyWord("STORED", "PERSISTENT") != null ? Generated.STORED : Generated.VIRTUAL;
        c.acceptWords("VIRTUAL");
    }

    private static final class Builder {
        final String name;
        final DataType type;
        final List<ConstraintDef> lifted = new ArrayList<>();
        boolean notNull;
        SqlExpr defaultValue;
        Generated generated = Generated.NONE;
        boolean identity;
        boolean primaryKey;
        boolean unique;
        String charset;
        String collation;

        Builder(String name, DataType type) {
            this.name = name;
            this.type = type;
        }

        ColumnDef build() {
            return new ColumnDef(name, type, notNull, defaultValue, generated, identity, primaryKey, unique, charset, collation);
        }
    }
}
