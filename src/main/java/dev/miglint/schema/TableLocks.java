package dev.miglint.schema;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.LockMode;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The table-level locks PostgreSQL takes for a statement (per the "Explicit Locking" and ALTER TABLE pages
 * of its manual). Where one statement locks a table more than once, the strongest mode is kept.
 */
public final class TableLocks {
    private TableLocks() {
    }

    /** The locks for the newest PostgreSQL version. */
    public static List<TableLock> of(Statement statement, SchemaView schema) {
        return of(statement, schema, LintSettings.DEFAULT_PG_VERSION);
    }

    public static List<TableLock> of(Statement statement, SchemaView schema, int pgVersion) {
        List<TableLock> locks = new ArrayList<>();
        collect(statement, schema, pgVersion, locks);
        locks.replaceAll(l -> !l.materializedView() && !l.tableOfIndex() && schema.isMaterializedView(l.table())
                ? new TableLock(l.table(), l.mode(), false, true) : l);
        return locks;
    }

    /** The strongest lock the statement takes on {@code table}, or null. */
    public static LockMode on(Statement statement, SchemaView schema, QualifiedName table) {
        for (TableLock lock : of(statement, schema)) {
            if (!lock.tableOfIndex() && lock.table().sameObject(table)) {
                return lock.mode();
            }
        }
        return null;
    }

    private static void collect(Statement statement, SchemaView schema, int pgVersion, List<TableLock> locks) {
        if (statement instanceof Statement.CreateIndex ci) {
            put(locks, ci.table(), ci.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE);
        } else if (statement instanceof Statement.DropIndex di) {
            LockMode mode = di.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
            di.indexes().forEach(index -> putOnTableOf(locks, schema, index, mode));
        } else if (statement instanceof Statement.AlterTable at) {
            for (AlterAction action : at.actions()) {
                put(locks, at.table(), modeOf(action, pgVersion));
                if (action instanceof AlterAction.AddConstraint ac && ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY
                        && ac.constraint().referencedTable() != null) {
                    put(locks, ac.constraint().referencedTable(), LockMode.SHARE_ROW_EXCLUSIVE);
                }
                if (action instanceof AlterAction.AttachPartition ap) {
                    put(locks, ap.partition(), LockMode.ACCESS_EXCLUSIVE);
                }
                if (action instanceof AlterAction.DetachPartition dp) {
                    put(locks, dp.partition(), dp.concurrently() || dp.finalizing()
                            ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
                }
            }
        } else if (statement instanceof Statement.CreateTable ct) {
            for (ConstraintDef c : ct.constraints()) {
                // a self-reference (categories.parent_id -> categories.id) names the table being created: no lock to wait for
                if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.referencedTable() != null
                        && !c.referencedTable().sameObject(ct.table())) {
                    put(locks, c.referencedTable(), LockMode.SHARE_ROW_EXCLUSIVE);
                }
            }
            if (ct.partitionOf() != null) {
                put(locks, ct.partitionOf(), LockMode.ACCESS_EXCLUSIVE);
            }
        } else if (statement instanceof Statement.Drop d && (d.kind() == ObjectKind.TABLE || d.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            d.names().forEach(n -> put(locks, n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.Drop d && d.table() != null) {
            // DROP TRIGGER / POLICY / RULE ... ON t: ACCESS EXCLUSIVE on t (RemoveTriggerById, RemovePolicyById, RemoveRewriteRuleById)
            put(locks, d.table(), LockMode.ACCESS_EXCLUSIVE);
        } else if (statement instanceof Statement.CreateRoutine cr && cr.table() != null) {
            // CREATE TRIGGER: SHARE ROW EXCLUSIVE on its table (the manual's lock table): writes wait, reads go on
            put(locks, cr.table(), LockMode.SHARE_ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Truncate t) {
            t.tables().forEach(n -> put(locks, n, LockMode.ACCESS_EXCLUSIVE));
        } else if (statement instanceof Statement.Vacuum v) {
            v.tables().forEach(n -> put(locks, n, v.full() ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE_UPDATE_EXCLUSIVE));
        } else if (statement instanceof Statement.Cluster c && c.table() != null) {
            put(locks, c.table(), LockMode.ACCESS_EXCLUSIVE);
        } else if (statement instanceof Statement.LockTable lt) {
            lt.tables().forEach(n -> put(locks, n, LockMode.fromSql(lt.mode())));
        } else if (statement instanceof Statement.Reindex r && r.name() != null) {
            // REINDEX: SHARE on the table (writes wait, reads go on) plus ACCESS EXCLUSIVE on each index rebuilt
            LockMode mode = r.concurrently() ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.SHARE;
            if (r.target() == ObjectKind.TABLE) {
                put(locks, r.name(), mode);
            } else if (r.target() == ObjectKind.INDEX) {
                putOnTableOf(locks, schema, r.name(), mode);
            }
        } else if (statement instanceof Statement.RefreshMaterializedView rm) {
            if (rm.view() != null) {
                put(locks, new TableLock(rm.view(), rm.concurrently() ? LockMode.EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE,
                        false, true));
            }
        } else if (statement instanceof Statement.Update u && u.table() != null) {
            put(locks, u.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Delete d && d.table() != null) {
            put(locks, d.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.Insert i && i.table() != null) {
            put(locks, i.table(), LockMode.ROW_EXCLUSIVE);
        } else if (statement instanceof Statement.OnTable o) {
            // CreatePolicy / AlterPolicy open the table with AccessExclusiveLock
            put(locks, o.table(), LockMode.ACCESS_EXCLUSIVE);
        } else if (statement instanceof Statement.AlterDomain ad && ad.checksStoredValues(pgVersion)) {
            schema.domainUses(ad.domain()).forEach(use -> put(locks, use.table(), LockMode.SHARE));
        } else if (statement instanceof Statement.Rename r && r.kind() == ObjectKind.INDEX) {
            // ALTER INDEX ... RENAME: SHARE UPDATE EXCLUSIVE since PostgreSQL 12, ACCESS EXCLUSIVE before
            putOnTableOf(locks, schema, r.from(), pgVersion >= 12 ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE);
        }
    }

    /** A lock on the table an index belongs to; when the history does not know the index, keyed by its name. */
    private static void putOnTableOf(List<TableLock> locks, SchemaView schema, QualifiedName index, LockMode mode) {
        var known = schema.index(index);
        if (known.isPresent()) {
            put(locks, known.get().table(), mode);
        } else {
            put(locks, new TableLock(index, mode, true));
        }
    }

    /** ALTER TABLE takes ACCESS EXCLUSIVE unless the manual names a weaker mode for the sub-command (newest version). */
    public static LockMode modeOf(AlterAction action) {
        return modeOf(action, LintSettings.DEFAULT_PG_VERSION);
    }

    /**
     * Per the ALTER TABLE page: ADD FOREIGN KEY and ENABLE/DISABLE TRIGGER take SHARE ROW EXCLUSIVE; VALIDATE
     * CONSTRAINT, SET STATISTICS, attribute and storage options, CLUSTER ON / SET WITHOUT CLUSTER, ATTACH PARTITION
     * (12+) and DETACH PARTITION CONCURRENTLY / FINALIZE take SHARE UPDATE EXCLUSIVE; everything else ACCESS EXCLUSIVE.
     */
    public static LockMode modeOf(AlterAction action, int pgVersion) {
        if (action instanceof AlterAction.AddConstraint ac) {
            return ac.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY ? LockMode.SHARE_ROW_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
        }
        if (action instanceof AlterAction.ValidateConstraint) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.AttachPartition) {
            return pgVersion >= 12 ? LockMode.SHARE_UPDATE_EXCLUSIVE : LockMode.ACCESS_EXCLUSIVE;
        }
        if (action instanceof AlterAction.DetachPartition dp && (dp.concurrently() || dp.finalizing())) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.TableOption) {
            return LockMode.ACCESS_SHARE;
        }
        if (action instanceof AlterAction.Other o) {
            return otherMode(o);
        }
        return LockMode.ACCESS_EXCLUSIVE;
    }

    private static final java.util.regex.Pattern SHARE_UPDATE_EXCLUSIVE_ACTIONS = java.util.regex.Pattern.compile(
            // SET STATISTICS and attribute options (n_distinct...) of a column; the table's storage parameters;
            // CLUSTER ON and SET WITHOUT CLUSTER
            "^(?:ALTER (?:COLUMN )?(?:\"[^\"]*\"|\\S+) (?:SET STATISTICS\\b|(?:RE)?SET \\().*"
                    + "|(?:RE)?SET \\(.*|CLUSTER ON\\b.*|SET WITHOUT CLUSTER)$");
    private static final java.util.regex.Pattern TRIGGER_TOGGLE = java.util.regex.Pattern.compile(
            "^(?:ENABLE|DISABLE)(?: ALWAYS| REPLICA)? TRIGGER\\b.*$");

    /**
     * A sub-command the model keeps as text ({@code Other.text} is the whole action, its keyword the first
     * words): SET STATISTICS, attribute options, storage parameters, CLUSTER ON / SET WITHOUT CLUSTER take
     * SHARE UPDATE EXCLUSIVE; ENABLE/DISABLE [ALWAYS|REPLICA] TRIGGER SHARE ROW EXCLUSIVE; everything else
     * (SET STORAGE, SET COMPRESSION, ENABLE ROW LEVEL SECURITY, ENABLE RULE, REPLICA IDENTITY, OWNER TO,
     * SET ACCESS METHOD, INHERIT, identity changes...) ACCESS EXCLUSIVE.
     */
    private static LockMode otherMode(AlterAction.Other o) {
        String action = o.text() != null && !o.text().isBlank() ? o.text() : o.keyword();
        String k = action.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim()
                .replaceAll("\\( ", "(").replaceAll("(\\S)\\(", "$1 (");
        if (SHARE_UPDATE_EXCLUSIVE_ACTIONS.matcher(k).matches()) {
            return LockMode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (TRIGGER_TOGGLE.matcher(k).matches()) {
            return LockMode.SHARE_ROW_EXCLUSIVE;
        }
        return LockMode.ACCESS_EXCLUSIVE;
    }

    private static void put(List<TableLock> locks, QualifiedName table, LockMode mode) {
        if (table != null) {
            put(locks, new TableLock(table, mode, false));
        }
    }

    private static void put(List<TableLock> locks, TableLock lock) {
        for (int i = 0; i < locks.size(); i++) {
            TableLock held = locks.get(i);
            if (held.tableOfIndex() == lock.tableOfIndex() && held.table().sameObject(lock.table())) {
                if (lock.mode().compareTo(held.mode()) > 0) {
                    locks.set(i, new TableLock(held.table(), lock.mode(), held.tableOfIndex(),
                            held.materializedView() || lock.materializedView()));
                }
                return;
            }
        }
        locks.add(lock);
    }
}
