package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.LockMode;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table-level locks PostgreSQL takes for a statement (per the "Explicit Locking" and ALTER TABLE pages
 * of its manual). Where one statement locks a table more than once, the strongest mode is kept.
 */
public final class TableLocks {
    private TableLocks() {
    }

    public static List<TableLock> of(Statement statement, SchemaView schema) {
        Map<QualifiedName, LockMode> locks = new LinkedHashMap<>();
        collect(statement, schema, locks);
        List<TableLock> result = new ArrayList<>();
        locks.forEach((table, mode) -> result.add(new TableLock(table, mode)));
        return result;
    }

    /** The strongest lock the statement takes on {@code table}, or null. */
    public static LockMode on(Statement statement, SchemaView schema, QualifiedName table) {
        for (TableLock lock : of(statement, schema)) {
            if (lock.table().sameObject(table)) {
                return lock.mode();
            }
        }
        return null;
    }

    private static void collect(Statement statement, SchemaView schema, Map<QualifiedName, LockMode> locks) {
        if (statement instanceof Statement.CreateIndex ci) {
            put(locks, ci.table(), ci.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE);
        } else if (statement instanceof Statement.DropIndex di) {
            for (QualifiedName index : di.indexes()) {
                schema.index(index).ifPresent(ix -> put(locks, ix.table(),
                        di.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE));
            }
        } else if (statement instanceof Statement.AlterTable at) {
            for (AlterAction action : at.actions()) {
                put(locks, at.table(), modeOf(action));
                if (action instanceof AlterAction.AddConstraint ac && ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY
                        && ac.constraint().referencedTable() != null) {
                    put(locks, ac.constraint().referencedTable(), LockMode.SHARE_ROW_EXCLUSIVE);
                }
                if (action instanceof AlterAction.AttachPartition ap) {
                    put(locks, ap.partition(), LockMode.ACCESS_EXCLUSIVE);
                }
            }
        } else if (statement instanceof Statement.CreateTable ct) {
            for (ConstraintDef c : ct.constraints()) {
                if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.referencedTable() != null) {
                    put(locks, c.referencedTable(), LockMode.SHARE_ROW_EXCLUSIVE);
                }
            }
            if (ct.partitionOf() != null) {
                put(locks, ct.partitionOf(), LockMode.ACCESS_EXCLUSIVE);
            }
        } else if (statement instanceof Statement.Drop d && (d.kind() == ObjectKind.TABLE || d.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            d.names().forEach(n -> put(locks, n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.Truncate t) {
            t.tables().forEach(n -> put(locks, n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.Vacuum v) {
            v.tables().forEach(n -> put(locks, n, v.full() ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE));
        } else if (statement instanceof Statement.Cluster c && c.table() != null) {
            put(locks, c.table(), LockMode.ACCESS_EXCLUSIVE);
        } else if (statement instanceof Statement.LockTable lt) {
            lt.tables().forEach(n -> put(locks, n, LockMode.fromSql(lt.mode())));
        } else if (statement instanceof Statement.Reindex r && r.name() != null) {
            if (r.target() == ObjectKind.TABLE) {
                put(locks, r.name(), r.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE);
            } else if (r.target() == ObjectKind.INDEX) {
                schema.index(r.name()).ifPresent(ix -> put(locks, ix.table(),
                        r.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE));
            }
        } else if (statement instanceof Statement.RefreshMaterializedView rm) {
            put(locks, rm.view(), rm.concurrently() ? LockMode.EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
        } else if (statement instanceof Statement.Update u && u.table() != null) {
            put(locks, u.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Delete d && d.table() != null) {
            put(locks, d.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Insert i && i.table() != null) {
            put(locks, i.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Rename r && (r.kind() == ObjectKind.INDEX)) {
            schema.index(r.from()).ifPresent(ix -> put(locks, ix.table(), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
    }

    /** ALTER TABLE takes ACCESS EXCLUSIVE unless the manual names a weaker mode for the sub-command. */
    public static LockMode modeOf(AlterAction action) {
        if (action instanceof AlterAction.AddConstraint ac) {
            return ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
        }
        if (action instanceof AlterAction.ValidateConstraint || action instanceof AlterAction.AttachPartition) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.DetachPartition dp && dp.concurrently()) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.TableOption) {
            return LockMode.ACCESS_SHARE;
        }
        if (action instanceof AlterAction.Other o) {
            String k = o.keyword();
            if (k.startsWith("SET STATISTICS") || k.startsWith("ALTER COLUMN SET STATISTICS") || k.startsWith("CLUSTER ON")
                    || k.startsWith("SET WITHOUT CLUSTER") || k.startsWith("SET (") || k.startsWith("RESET (")
                    || k.contains("SET STATISTICS") || k.contains("SET (") || k.contains("RESET (")) {
                return LockMode.SHARE_UPDATE_EXCLUSIVE;
            }
            if (k.startsWith("ENABLE") || k.startsWith("DISABLE")) {
                return k.contains("TRIGGER") ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
            }
        }
        return LockMode.ACCESS_EXCLUSIVE;
    }

    private static void put(Map<QualifiedName, LockMode> locks, QualifiedName table, LockMode mode) {
        if (table == null) {
            return;
        }
        for (Map.Entry<QualifiedName, LockMode> e : locks.entrySet()) {
            if (e.getKey().sameObject(table)) {
                if (mode.compareTo(e.getValue()) > 0) {
                    e.setValue(mode);
                }
                return;
            }
        }
        locks.put(table, mode);
    }
}
