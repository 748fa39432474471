package dev.miglint.parse;

import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.CreateTable;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            QualifiedName source = c.qualifiedName();
            c.skipToEnd();
            return new CreateTable(table, cols, cons, ifNotExists, temporary, false, null,
                    Map.of(CreateTable.LIKE, source.toString()));
        }
        boolean fulltext = false;
        List<String> indexLeads = new ArrayList<>();
        if (c.peekKind(TokenKind.LPAREN) && !startsSubquery(c)) {
            for (TokenCursor element : c.parenthesized().splitAtTopLevelCommas()) {
                fulltext |= dialect == Dialect.MYSQL && element.peekWord("FULLTEXT");
                if (startsMysqlIndex(element)) {
                    dev.miglint.dialect.mysql.MysqlIndexDefinition.leadingColumn(element.restText()).ifPresent(indexLeads::add);
                }
                element(element, cols, cons);
            }
        }
        boolean asSelect = c.hasTopLevelWord("AS") && startsAsQuery(c);
        Map<String, String> options = options(c, asSelect ? c.indexOfTopLevelWord("AS") : -1);
        if (partitionOf != null && options.containsKey("DEFAULT PARTITION")) {
            options.put("DEFAULT PARTITION", "true");
        } else {
            options.remove("DEFAULT PARTITION");
        }
        if (fulltext) {
            options.put(CreateTable.FULLTEXT, "true");
        }
        if (!indexLeads.isEmpty()) {
            options.put(CreateTable.INDEX_LEADING_COLUMNS, String.join(",", indexLeads));
        }
        Statement.SelectSource query = asSelect ? query(c) : null;
        c.skipToEnd(); // the query of AS SELECT, and options no rule reads (INHERITS, PARTITION BY, WITH ...)
        return new CreateTable(table, cols, cons, ifNotExists, temporary, asSelect, partitionOf, options, query);
    }

    /** Options with a value that rules or the schema tracker read, by upper-cased name. */
    private static final String[] VALUE_OPTIONS = {"ENGINE", "ROW_FORMAT", "AUTO_INCREMENT", "COMMENT", "KEY_BLOCK_SIZE",
        "COMPRESSION", "TABLESPACE", "ENCRYPTION"};

    /**
     * The table options up to token {@code stop} (-1: the end): MySQL {@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
     * COLLATE=...} (CHARACTER SET is stored as CHARSET), SQLite {@code STRICT, WITHOUT ROWID}. Never fails: what is
     * not understood is skipped.
     */
    private static Map<String, String> options(TokenCursor c, int stop) {
        Map<String, String> out = new LinkedHashMap<>();
        while (!c.atEnd() && (stop < 0 || c.mark() < stop)) {
            if (c.accept(TokenKind.COMMA)) {
                continue;
            }
            if (c.acceptWords("WITHOUT", "ROWID")) {
                out.put("WITHOUT ROWID", "true");
                continue;
            }
            if (c.acceptWords("STRICT")) {
                out.put("STRICT", "true");
                continue;
            }
            if (c.acceptWords("PARTITION", "BY")) { // PostgreSQL PARTITION BY RANGE (key), MySQL ... RANGE COLUMNS (key)
                while (!c.atEnd() && c.peekKind(TokenKind.WORD)) {
                    c.next();
                }
                if (c.peekKind(TokenKind.LPAREN)) {
                    TokenCursor key = c.parenthesized();
                    out.put("PARTITION BY", key.atEnd() ? "" : key.restText());
                }
                continue;
            }
            if (c.peekWord("DEFAULT") && (c.peekKind(1, TokenKind.SEMICOLON) || c.mark() + 1 >= c.endMark())) {
                c.next(); // CREATE TABLE p PARTITION OF t DEFAULT
                out.put("DEFAULT PARTITION", "true");
                continue;
            }
            c.acceptWords("DEFAULT");
            String key = null;
            if (c.acceptWords("CHARACTER", "SET") || c.acceptWords("CHARSET")) {
                key = "CHARSET";
            } else if (c.acceptWords("COLLATE")) {
                key = "COLLATE";
            } else if (c.peekAnyWord(VALUE_OPTIONS)) {
                key = c.next().text(c.source()).toUpperCase(Locale.ROOT);
            }
            if (key == null) {
                if (!c.atEnd()) {
                    c.skipItem();
                }
                continue;
            }
            c.acceptEquals();
            if (!c.atEnd() && !c.peekKind(TokenKind.LPAREN) && !c.peekKind(TokenKind.COMMA)) {
                out.put(key, c.peekKind(TokenKind.WORD) ? c.next().text(c.source()) : c.nameOrLiteralValue());
            }
        }
        return out;
    }

    private static boolean startsSubquery(TokenCursor c) {
        return c.peekWord(1, "SELECT") || c.peekWord(1, "WITH");
    }

    /** True for {@code AS SELECT}, {@code AS (SELECT ...)}, {@code AS WITH}, {@code AS TABLE t}, {@code AS VALUES}. */
    /** What the query after AS reads, when it is a plain {@code SELECT ... FROM table}; else null. */
    private static Statement.SelectSource query(TokenCursor c) {
        TokenCursor query = c.range(c.indexOfTopLevelWord("AS") + 1, c.endMark());
        if (!query.peekWord("SELECT")) {
            return null;
        }
        try {
            return DmlModeler.selectSource(query, false);
        } catch (NotRecognizedException | IllegalArgumentException e) {
            return null;
        }
    }

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
