package dev.miglint.parse;

import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement.CreateTable;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE [TEMP] [UNLOGGED] TABLE [IF NOT EXISTS] name (elements) [options]}, {@code ... AS SELECT},
 * {@code ... PARTITION OF parent ...} and MySQL {@code ... LIKE other}.
 */
final class CreateTableRecognizer {

    private final Dialect dialect;
    private final ConstraintRecognizer constraints;
    private final ColumnDefinitionRecognizer columns;

    CreateTableRecognizer(Dialect dialect, ConstraintRecognizer constraints, ColumnDefinitionRecognizer columns) {
        this.dialect = dialect;
        this.constraints = constraints;
        this.columns = columns;
    }

    CreateTable recognize(TokenCursor c) {
        c.expectWords("CREATE");
        c.acceptWords("OR", "REPLACE");
        c.acceptAnyWord("GLOBAL", "LOCAL");
        boolean temporary = c.acceptAnyWord("TEMP", "TEMPORARY") != null;
        c.acceptWords("UNLOGGED");
        c.expectWords("TABLE");
        boolean ifNotExists = c.acceptWords("IF", "NOT", "EXISTS");
        QualifiedName table = c.qualifiedName();
        List<ColumnDef> cols = new ArrayList<>();
        List<ConstraintDef> cons = new ArrayList<>();
        QualifiedName partitionOf = null;
        if (c.acceptWords("PARTITION", "OF")) {
            partitionOf = c.qualifiedName();
        } else if (c.acceptWords("LIKE")) {
            c.qualifiedName();
            c.skipToEnd();
            return new CreateTable(table, cols, cons, ifNotExists, temporary, false, null);
        }
        if (c.peekKind(TokenKind.LPAREN) && !startsSubquery(c)) {
            for (TokenCursor element : c.parenthesized().splitAtTopLevelCommas()) {
                element(element, cols, cons);
            }
        }
        boolean asSelect = c.hasTopLevelWord("AS") && startsAsQuery(c);
        c.skipToEnd(); // table options (INHERITS, PARTITION BY, WITH, ENGINE=...) do not matter to the rules
        return new CreateTable(table, cols, cons, ifNotExists, temporary, asSelect, partitionOf);
    }

    private static boolean startsSubquery(TokenCursor c) {
        return c.peekWord(1, "SELECT") || c.peekWord(1, "WITH");
    }

    /** True for {@code AS SELECT}, {@code AS (SELECT ...)}, {@code AS WITH}, {@code AS TABLE t}, {@code AS VALUES}. */
    private static boolean startsAsQuery(TokenCursor c) {
        int mark = c.mark();
        c.skipPastTopLevelWord("AS");
        boolean query = c.peekAnyWord("SELECT", "WITH", "TABLE", "VALUES") || c.peekKind(TokenKind.LPAREN);
        c.reset(mark);
        return query;
    }

    private void element(TokenCursor e, List<ColumnDef> cols, List<ConstraintDef> cons) {
        if (ConstraintRecognizer.startsTableConstraint(e) && !isColumnNamedLikeKeyword(e)) {
            cons.add(constraints.tableConstraint(e));
        } else if (startsMysqlIndex(e) || e.peekWord("LIKE")) {
            e.skipToEnd(); // a secondary index of the new table, or PostgreSQL LIKE other INCLUDING ...
        } else {
            ColumnDefinitionRecognizer.Result r = columns.recognize(e);
            cols.add(r.column());
            cons.addAll(r.constraints());
        }
    }

    /** A column may be called {@code check} or {@code unique} in SQLite, e.g. {@code unique INTEGER}. */
    private static boolean isColumnNamedLikeKeyword(TokenCursor e) {
        return e.peekAnyWord("UNIQUE", "CHECK") && e.peekKind(1, TokenKind.WORD)
                && !e.peekAnyWordAt(1, "KEY", "INDEX", "NULLS", "USING");
    }

    private boolean startsMysqlIndex(TokenCursor e) {
        if (dialect != Dialect.MYSQL) {
            return false;
        }
        return e.peekAnyWord("KEY", "INDEX") || e.peekAnyWord("FULLTEXT", "SPATIAL") && e.peekAnyWordAt(1, "KEY", "INDEX");
    }
}
