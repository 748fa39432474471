package dev.miglint.schema;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.TransactionWrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.LockMode;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lock modes from the PostgreSQL manual ("Explicit Locking" and ALTER TABLE). */
class TableLocksTest {
    private static final QualifiedName ORDERS = QualifiedName.of("orders");
    private static final QualifiedName USERS = QualifiedName.of("users");

    private static LockMode alterMode(AlterAction action, int pg) {
        return TableLocks.modeOf(action, pg);
    }

    /** The lock of each ALTER TABLE sub-command as parsed from SQL, per the ALTER TABLE page's notes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "ALTER TABLE app.accounts SET WITHOUT CLUSTER | SHARE_UPDATE_EXCLUSIVE",
        "alter table accounts set without cluster | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE app.sessions CLUSTER ON sessions_account_id_idx | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t ALTER COLUMN c SET STATISTICS 500 | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t ALTER c SET STATISTICS -1 | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t ALTER COLUMN \"Note\" SET (n_distinct = 100) | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t ALTER COLUMN c RESET (n_distinct) | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01) | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t SET(fillfactor=70) | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t RESET (fillfactor) | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t VALIDATE CONSTRAINT t_c_check | SHARE_UPDATE_EXCLUSIVE",
        "ALTER TABLE t DISABLE TRIGGER ALL | SHARE_ROW_EXCLUSIVE",
        "ALTER TABLE t ENABLE TRIGGER t_audit | SHARE_ROW_EXCLUSIVE",
        "ALTER TABLE t ENABLE REPLICA TRIGGER t_audit | SHARE_ROW_EXCLUSIVE",
        "ALTER TABLE t ENABLE ALWAYS TRIGGER t_audit | SHARE_ROW_EXCLUSIVE",
        "ALTER TABLE t ALTER COLUMN c SET STORAGE EXTERNAL | ACCESS_EXCLUSIVE",
        "ALTER TABLE t ALTER COLUMN c SET COMPRESSION lz4 | ACCESS_EXCLUSIVE",
        "ALTER TABLE t ENABLE ROW LEVEL SECURITY | ACCESS_EXCLUSIVE",
        "ALTER TABLE t DISABLE RULE r | ACCESS_EXCLUSIVE",
        "ALTER TABLE t REPLICA IDENTITY FULL | ACCESS_EXCLUSIVE",
        "ALTER TABLE t OWNER TO app_owner | ACCESS_EXCLUSIVE",
        "ALTER TABLE t ALTER c SET STATISTICS 10, ALTER COLUMN c SET STORAGE PLAIN | ACCESS_EXCLUSIVE",
        "ALTER TABLE t SET WITHOUT CLUSTER, SET (fillfactor = 90) | SHARE_UPDATE_EXCLUSIVE",
    })
    void alterTableSubcommandsFromSql(String sql, LockMode expected) {
        var parsed = new dev.miglint.parse.StatementParser(dev.miglint.model.Dialect.POSTGRES)
                .parse(sql, dev.miglint.scan.Scanner.scan(sql, dev.miglint.model.Dialect.POSTGRES));
        assertEquals(1, parsed.size(), sql);
        Statement.AlterTable alter = (Statement.AlterTable) parsed.get(0).model();
        assertEquals(expected, TableLocks.on(alter, new SchemaTracker(LintSettings.DEFAULT_PG_VERSION), alter.table()), sql);
    }

    @Test
    void alterTableSubcommands() {
        ConstraintDef fk = new ConstraintDef("fk", ConstraintDef.Kind.FOREIGN_KEY, List.of("user_id"), USERS, List.of("id"),
                null, true, null);
        assertEquals(LockMode.SHARE_ROW_EXCLUSIVE, alterMode(new AlterAction.AddConstraint(fk), 15));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, alterMode(new AlterAction.ValidateConstraint("fk"), 15));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, alterMode(new AlterAction.Other("ALTER COLUMN", "ALTER COLUMN a SET STATISTICS 100"), 15));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, alterMode(new AlterAction.Other("SET", "SET (fillfactor = 70)"), 15));
        assertEquals(LockMode.SHARE_ROW_EXCLUSIVE, alterMode(new AlterAction.Other("DISABLE TRIGGER", "DISABLE TRIGGER t"), 15));
        assertEquals(LockMode.ACCESS_EXCLUSIVE, alterMode(new AlterAction.Other("ENABLE ROW LEVEL SECURITY", "ENABLE ROW LEVEL SECURITY"), 15));
        assertEquals(LockMode.ACCESS_EXCLUSIVE, alterMode(new AlterAction.SetNotNull("a"), 15));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, alterMode(new AlterAction.AttachPartition(QualifiedName.of("p")), 12));
        assertEquals(LockMode.ACCESS_EXCLUSIVE, alterMode(new AlterAction.AttachPartition(QualifiedName.of("p")), 11));
        assertEquals(LockMode.ACCESS_EXCLUSIVE, alterMode(new AlterAction.DetachPartition(QualifiedName.of("p"), false, false), 15));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, alterMode(new AlterAction.DetachPartition(QualifiedName.of("p"), true, false), 15));

        List<TableLock> locks = TableLocks.of(new Statement.AlterTable(ORDERS, false, false,
                List.of(new AlterAction.AddConstraint(fk))), new SchemaTracker(LintSettings.DEFAULT_PG_VERSION));
        assertEquals(List.of(new TableLock(ORDERS, LockMode.SHARE_ROW_EXCLUSIVE), new TableLock(USERS, LockMode.SHARE_ROW_EXCLUSIVE)), locks);
    }

    @Test
    void otherStatements() {
        SchemaTracker schema = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        assertEquals(LockMode.SHARE, TableLocks.on(new Statement.CreateIndex("i", ORDERS, false, false, false, List.of("a"), null, null), schema, ORDERS));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, TableLocks.on(new Statement.CreateIndex("i", ORDERS, false, true, false, List.of("a"), null, null), schema, ORDERS));
        assertEquals(LockMode.ACCESS_EXCLUSIVE, TableLocks.on(new Statement.Vacuum(true, List.of(ORDERS)), schema, ORDERS));
        assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, TableLocks.on(new Statement.Vacuum(false, List.of(ORDERS)), schema, ORDERS));
        assertEquals(LockMode.EXCLUSIVE, TableLocks.on(new Statement.RefreshMaterializedView(ORDERS, true), schema, ORDERS));
        assertEquals(LockMode.ROW_EXCLUSIVE, TableLocks.on(new Statement.Update(ORDERS, true), schema, ORDERS));
        assertEquals(LockMode.SHARE, TableLocks.on(new Statement.Reindex(ObjectKind.TABLE, ORDERS, false), schema, ORDERS));
        assertEquals(LockMode.SHARE_ROW_EXCLUSIVE, TableLocks.on(
                new Statement.CreateRoutine(ObjectKind.TRIGGER, QualifiedName.of("t"), ORDERS, false), schema, ORDERS));
        assertEquals(LockMode.ACCESS_EXCLUSIVE, TableLocks.on(
                new Statement.Drop(ObjectKind.TRIGGER, List.of(QualifiedName.of("t")), true, false, ORDERS), schema, ORDERS));
    }

    @Test
    void selfReferenceLocksNothingAndMaterializedViewsBlockOnlyReads() {
        QualifiedName categories = new QualifiedName("catalog", "categories");
        ConstraintDef parent = new ConstraintDef(null, ConstraintDef.Kind.FOREIGN_KEY, List.of("parent_id"), categories,
                List.of("id"), null, false, null);
        ConstraintDef user = new ConstraintDef(null, ConstraintDef.Kind.FOREIGN_KEY, List.of("user_id"), USERS,
                List.of("id"), null, false, null);
        Statement.CreateTable ct = new Statement.CreateTable(categories, List.of(), List.of(parent, user), false, false,
                false, null);
        assertEquals(List.of(new TableLock(USERS, LockMode.SHARE_ROW_EXCLUSIVE)), TableLocks.of(ct, new SchemaTracker(LintSettings.DEFAULT_PG_VERSION)));

        SchemaTracker schema = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        QualifiedName stats = QualifiedName.of("user_stats");
        TableLock concurrent = TableLocks.of(new Statement.RefreshMaterializedView(stats, true), schema).get(0);
        assertTrue(concurrent.materializedView());
        assertFalse(concurrent.blocksTraffic());
        assertTrue(TableLocks.of(new Statement.RefreshMaterializedView(stats, false), schema).get(0).blocksTraffic());
        schema.apply(new Statement.CreateOther(ObjectKind.MATERIALIZED_VIEW, stats, false));
        TableLock index = TableLocks.of(new Statement.CreateIndex("i", stats, false, false, false, List.of("a"), null, null),
                schema).get(0);
        assertTrue(index.materializedView() && !index.blocksTraffic());
        assertTrue(TableLocks.of(new Statement.CreateIndex("i", ORDERS, false, false, false, List.of("a"), null, null),
                schema).get(0).blocksTraffic());
    }

    @Test
    void sequencesAreKnown() {
        SchemaTracker schema = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        schema.apply(new Statement.CreateTable(QualifiedName.of("coupons"), List.of(
                new dev.miglint.model.ColumnDef("id", dev.miglint.model.DataType.parse("bigserial"), false, null,
                        dev.miglint.model.ColumnDef.Generated.NONE, false, true, false)), List.of(), false, false, false, null));
        schema.apply(new Statement.CreateOther(ObjectKind.SEQUENCE, QualifiedName.of("ref_seq"), false));
        assertTrue(schema.isSequence(new QualifiedName("public", "coupons_id_seq")));
        assertTrue(schema.isSequence(QualifiedName.of("ref_seq")));
        assertFalse(schema.isSequence(QualifiedName.of("coupons")));
        schema.apply(new Statement.AlterTable(QualifiedName.of("coupons_id_seq"), false, false,
                List.of(new AlterAction.RenameTable(QualifiedName.of("promo_codes_id_seq")))));
        assertTrue(schema.isSequence(QualifiedName.of("promo_codes_id_seq")));
        assertFalse(schema.isSequence(QualifiedName.of("coupons_id_seq")));
        assertTrue(schema.table(QualifiedName.of("promo_codes_id_seq")).isEmpty());
        assertEquals("t".repeat(56) + "_id_seq", RelationCatalog.implicitSequenceName("t".repeat(60), "id"));
    }

    @Test
    void dropOfAnUnknownIndexLocksItsUnknownTable() {
        List<TableLock> locks = TableLocks.of(new Statement.DropIndex(List.of(QualifiedName.of("idx_x")), false, false, false),
                new SchemaTracker(LintSettings.DEFAULT_PG_VERSION));
        assertEquals(1, locks.size());
        assertTrue(locks.get(0).tableOfIndex());
        assertEquals(LockMode.ACCESS_EXCLUSIVE, locks.get(0).mode());
        assertEquals("the table of index \"idx_x\"", locks.get(0).describe());
    }
}
