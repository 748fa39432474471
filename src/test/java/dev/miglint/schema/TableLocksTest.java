package dev.miglint.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                List.of(new AlterAction.AddConstraint(fk))), new SchemaTracker());
        assertEquals(List.of(new TableLock(ORDERS, LockMode.SHARE_ROW_EXCLUSIVE), new TableLock(USERS, LockMode.SHARE_ROW_EXCLUSIVE)), locks);
    }

    @Test
    void otherStatements() {
        SchemaTracker schema = new SchemaTracker();
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
    void dropOfAnUnknownIndexLocksItsUnknownTable() {
        List<TableLock> locks = TableLocks.of(new Statement.DropIndex(List.of(QualifiedName.of("idx_x")), false, false, false),
                new SchemaTracker());
        assertEquals(1, locks.size());
        assertTrue(locks.get(0).tableOfIndex());
        assertEquals(LockMode.ACCESS_EXCLUSIVE, locks.get(0).mode());
        assertEquals("the table of index \"idx_x\"", locks.get(0).describe());
    }
}
