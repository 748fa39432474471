package dev.miglint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.miglint.dialect.mysql.MysqlIndexDefinition;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;
import dev.miglint.model.WhereClause;
import dev.miglint.scan.Scanner;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facts the parser reads from a WHERE for index use, and MySQL inline index definitions. */
class WhereClauseSeekTest {

    private static Statement one(String sql) {
        List<ParsedStatement> all = new StatementParser(Dialect.MYSQL).parse(sql, Scanner.scan(sql, Dialect.MYSQL));
        assertEquals(1, all.size(), all.toString());
        return all.get(0).model();
    }

    private static WhereClause where(String sql) {
        Statement s = one(sql);
        return s instanceof Statement.Update u ? u.where() : ((Statement.Delete) s).where();
    }

    @Test
    void everyShapeTheReaderKnowsIsRead() {
        WhereClause w = where("UPDATE t SET a = 1 WHERE status = 'x' AND created_at < NOW() AND n BETWEEN 1 AND 5"
                + " AND name LIKE 'ab%' AND kind <> 'y' AND note IS NOT NULL AND gone IS NULL");
        assertTrue(w.everyConjunctRead());
        assertEquals(Set.of("status", "created_at", "n", "name", "kind", "note", "gone"), w.seekableColumns());
    }

    @Test
    void aLeadingWildcardCannotSeekButANegationIsARange() {
        WhereClause w = where("DELETE FROM t WHERE name LIKE '%ab' AND code NOT LIKE 'x%' AND kind NOT IN ('a', 'b') AND x != 3");
        assertTrue(w.everyConjunctRead());
        assertEquals(Set.of("kind", "x"), w.seekableColumns());
    }

    @Test
    void aFunctionOfTheColumnASubqueryOrAnotherColumnIsNotRead() {
        assertFalse(where("UPDATE t SET a = 1 WHERE LOWER(name) = 'x'").everyConjunctRead());
        assertFalse(where("UPDATE t SET a = 1 WHERE id IN (SELECT id FROM u)").everyConjunctRead());
        assertFalse(where("UPDATE t SET a = 1 WHERE a = b").everyConjunctRead());
        assertFalse(where("UPDATE t SET a = 1 WHERE a = 1 OR b = 2").everyConjunctRead());
    }

    @Test
    void inlineAndAlterTableIndexesGiveTheirFirstColumn() {
        assertEquals(Optional.of("created_at"), MysqlIndexDefinition.leadingColumn("KEY ix_created (created_at, status)"));
        assertEquals(Optional.of("email"), MysqlIndexDefinition.leadingColumn("ADD UNIQUE INDEX `uq` USING BTREE (`email`(20))"));
        assertEquals(Optional.of("a"), MysqlIndexDefinition.leadingColumn("INDEX (a)"));
        assertEquals(Optional.empty(), MysqlIndexDefinition.leadingColumn("FULLTEXT KEY ft (body)"));
        assertEquals(Optional.empty(), MysqlIndexDefinition.leadingColumn("ADD COLUMN k INT"));
        Statement.CreateTable ct = (Statement.CreateTable) one(
                "CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT, KEY ix_a (a, b), INDEX ix_b (b)) ENGINE=InnoDB");
        assertEquals(Optional.of("a,b"), ct.option(Statement.CreateTable.INDEX_LEADING_COLUMNS));
    }
}
