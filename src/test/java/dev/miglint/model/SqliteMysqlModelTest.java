package dev.miglint.model;

import dev.miglint.dialect.mysql.MysqlCharsets;
import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.dialect.sqlite.SqliteAlterTable;
import dev.miglint.dialect.sqlite.SqliteVersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqliteMysqlModelTest {

    @Test
    void sqliteVersions() {
        assertEquals(new SqliteVersion(3, 35, 0), SqliteVersion.parse("3.35"));
        assertEquals(new SqliteVersion(3, 35, 5), SqliteVersion.parse(" 3.35.5 "));
        assertTrue(SqliteVersion.parse("3.45").atLeast(SqliteVersion.DROP_COLUMN));
        assertFalse(SqliteVersion.parse("3.34.1").atLeast(SqliteVersion.DROP_COLUMN));
        assertEquals("3.35", SqliteVersion.parse("3.35").toString());
        assertThrows(IllegalArgumentException.class, () -> SqliteVersion.parse("latest"));
    }

    @Test
    void sqliteConstantDefaults() {
        for (String c : new String[] {"0", "-1.5", "'x'", "('draft')", "NULL", "false", "x'00'", "CAST(1 AS TEXT)", "((0))"}) {
            assertTrue(SqliteAlterTable.isConstantDefault(new SqlExpr(c)), c);
        }
        for (String c : new String[] {"CURRENT_TIMESTAMP", "(strftime('%s', 'now'))", "(1 + 1)", "(datetime('now'))",
                "(lower(hex(randomblob(16))))"}) {
            assertFalse(SqliteAlterTable.isConstantDefault(new SqlExpr(c)), c);
        }
    }

    @Test
    void mysqlInPlaceTypeChanges() {
        assertTrue(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(40)"), DataType.parse("varchar(60)")));
        assertTrue(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(100)"), DataType.parse("varchar(255)")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(15)"), DataType.parse("varchar(128)")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(255)"), DataType.parse("varchar(100)")));
        assertTrue(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("int(11)"), DataType.parse("int")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("int"), DataType.parse("bigint")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("int"), DataType.parse("int unsigned")));
        assertTrue(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("enum('a','b')"), DataType.parse("enum('a', 'b', 'c')")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("enum('a','b')"), DataType.parse("enum('b','a')")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("blob"), DataType.parse("mediumblob")));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("char(36)"), DataType.parse("varchar(36)")));
    }

    @Test
    void mysqlCharsetsDecideVarcharByteClass() {
        assertEquals(1, MysqlCharsets.bytesPerChar("latin1"));
        assertEquals(3, MysqlCharsets.bytesPerChar("UTF8"));
        assertEquals(4, MysqlCharsets.bytesPerChar(null));
        assertEquals(4, MysqlCharsets.bytesPerChar("klingon"));
        assertEquals("latin1", MysqlCharsets.of(null, "latin1_swedish_ci"));
        assertEquals("utf8mb3", MysqlCharsets.of("utf8", "utf8mb4_bin"));
        assertEquals(null, MysqlCharsets.of(null, null));
        assertTrue(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(200)"), DataType.parse("varchar(250)"), 1, 1));
        assertFalse(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(250)"), DataType.parse("varchar(300)"), 1, 1));
        assertTrue(MysqlOnlineDdl.inPlaceTypeChange(DataType.parse("varchar(300)"), DataType.parse("varchar(900)"), 1, 1));
        assertEquals(new MysqlCharsets.Change("utf8mb4", true), MysqlCharsets.change(new AlterAction.Other("CONVERT TO",
                "CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci")));
        assertEquals(new MysqlCharsets.Change("latin1", false), MysqlCharsets.change(new AlterAction.Other("DEFAULT CHARSET",
                "DEFAULT CHARSET=latin1")));
        assertEquals(new MysqlCharsets.Change("utf8mb4", false), MysqlCharsets.change(new AlterAction.Other("COLLATE",
                "COLLATE = utf8mb4_unicode_ci")));
        assertEquals(null, MysqlCharsets.change(new AlterAction.Other("ENGINE", "ENGINE=InnoDB")));
    }

    @Test
    void uniformValueForExistingRows() {
        assertEquals("''", new ColumnDef("s", DataType.parse("text"), true, new SqlExpr("''"), ColumnDef.Generated.NONE,
                false, false, false).uniformValueForExistingRows());
        assertEquals(ColumnDef.IMPLICIT_DEFAULT, new ColumnDef("s", DataType.parse("varchar(10)"), true, null,
                ColumnDef.Generated.NONE, false, false, false).uniformValueForExistingRows());
        assertEquals(null, new ColumnDef("s", DataType.parse("text"), false, null, ColumnDef.Generated.NONE,
                false, false, false).uniformValueForExistingRows());
        assertEquals(null, new ColumnDef("s", DataType.parse("uuid"), true, new SqlExpr("gen_random_uuid()"),
                ColumnDef.Generated.NONE, false, false, false).uniformValueForExistingRows());
        assertEquals(null, new ColumnDef("s", DataType.parse("int"), true, null, ColumnDef.Generated.NONE,
                true, false, false).uniformValueForExistingRows());
        assertEquals(null, new ColumnDef("s", DataType.parse("text"), true, new SqlExpr("NULL"), ColumnDef.Generated.NONE,
                false, false, false).uniformValueForExistingRows());
        for (String same : new String[] {"'active'::character varying", "(0)", "now()", "CURRENT_TIMESTAMP(3)",
                "'{}'::jsonb", "false", "-1"}) {
            assertEquals(same, new ColumnDef("s", null, true, new SqlExpr(same), ColumnDef.Generated.NONE, false, false,
                    false).uniformValueForExistingRows(), same);
        }
        for (String differs : new String[] {"generate_unique_changeme()", "(uuid())", "nextval('s'::regclass)",
                "floor(random() * 10)", "'x' || id"}) {
            assertEquals(null, new ColumnDef("s", null, true, new SqlExpr(differs), ColumnDef.Generated.NONE, false, false,
                    false).uniformValueForExistingRows(), differs);
        }
    }

    @Test
    void mysqlQuoting() {
        assertEquals("`Order`", QualifiedName.of("Order").sql(Dialect.MYSQL));
        assertEquals("orders", QualifiedName.of("orders").sql(Dialect.MYSQL));
        assertEquals("\"Order\"", QualifiedName.of("Order").sql(Dialect.SQLITE));
    }
}
