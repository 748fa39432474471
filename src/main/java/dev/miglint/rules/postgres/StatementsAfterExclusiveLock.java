package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Names;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlText;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.HeldLock;
import dev.miglint.schema.TableLock;
import dev.miglint.schema.TableLocks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flags, once per transaction, the first statement that extends how long an already held write-blocking lock
 * on an existing table lasts by doing work elsewhere: a write-blocking lock on a different existing table
 * (another ALTER, CREATE INDEX, DROP, TRUNCATE, LOCK...), a data change on a different existing table, or a
 * statement that runs a query (CREATE TABLE AS, CREATE MATERIALIZED VIEW). Statements on the locked table itself
 * are left to the rules that judge their cost (backfill-in-ddl-transaction, set-not-null-without-check, ...);
 * locks an ADD FOREIGN KEY takes on the referenced table, SET, COMMIT and metadata-only statements never count.
 */
@RuleDefinition(id = "statements-after-exclusive-lock", level = Level.WARNING,
        summary = "A transaction that holds a write-blocking lock on a table goes on to work on other tables, keeping it locked.")
public final class StatementsAfterExclusiveLock implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<HeldLock> held = ctx.transaction().heldLocks();
        if (held.isEmpty() || !ctx.transaction().inTransaction()) {
            return;
        }
        String work = extraWork(ctx, held);
        if (work == null || !ctx.firstInMigration("tx" + ctx.transaction().transactionNumber())) {
            return;
        }
        HeldLock first = held.get(0);
        String locked = held.stream().map(h -> h.describe() + " (" + h.mode().sql() + ")").collect(Collectors.joining(", "));
        ctx.report(Statements.label(ctx.model()) + " " + work + " while this transaction still holds " + first.mode().sql()
                        + " on " + first.describe(),
                "Locks are held until COMMIT. This transaction already holds " + locked + " from the "
                        + first.takenBy() + " before, so " + first.mode().blocks() + " on " + first.describe()
                        + " stay blocked while this statement waits for its own locks and runs.\n"
                        + "Commit right after the statements on " + first.describe() + " and put this one in its own "
                        + "migration (or after a COMMIT), so each table is locked only for its own quick change.");
    }

    /** What the statement does beyond the tables already locked, as a phrase, or null when it is quick or on them. */
    private static String extraWork(RuleContext ctx, List<HeldLock> held) {
        Statement s = ctx.model();
        if (s instanceof Statement.Update || s instanceof Statement.Delete || s instanceof Statement.Insert i && i.fromSelect()) {
            QualifiedName table = s instanceof Statement.Update u ? u.table()
                    : s instanceof Statement.Delete d ? d.table() : ((Statement.Insert) s).table();
            if (table != null && ctx.schema().isExistingRelation(table) && !isHeld(held, table, false)) {
                return "changes rows of " + Names.quoted(table);
            }
            return null;
        }
        if (s instanceof Statement.CreateTable ct && ct.asSelect()) {
            return "runs a query to fill " + Names.quoted(ct.table());
        }
        if (s instanceof Statement.CreateOther co && co.kind() == ObjectKind.MATERIALIZED_VIEW
                && !SqlText.of(ctx.statement().text()).contains("WITH", "NO", "DATA")) {
            return "runs a query to fill " + (co.name() == null ? "a materialized view" : Names.quoted(co.name()));
        }
        List<QualifiedName> referenced = referencedTables(s);
        List<String> others = new ArrayList<>();
        for (TableLock lock : TableLocks.of(s, ctx.schema(), ctx.pgVersion())) {
            // an index the history does not know may well be on the locked table: not counted
            if (!lock.mode().blocksWrites() || lock.tableOfIndex() || isHeld(held, lock.table(), false)
                    || !ctx.schema().isExistingRelation(lock.table())
                    || referenced.stream().anyMatch(r -> r.sameObject(lock.table()))) {
                continue;
            }
            others.add(lock.mode().sql() + " on " + lock.describe());
        }
        return others.isEmpty() ? null : "takes " + String.join(", ", others);
    }

    private static boolean isHeld(List<HeldLock> held, QualifiedName table, boolean tableOfIndex) {
        return held.stream().anyMatch(h -> h.tableOfIndex() == tableOfIndex && h.table().sameObject(table));
    }

    /** Tables a statement locks only because a new foreign key references them (brief, no scan of theirs). */
    private static List<QualifiedName> referencedTables(Statement s) {
        List<QualifiedName> refs = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        if (s instanceof Statement.AlterTable at) {
            at.actions(AlterAction.AddConstraint.class).forEach(ac -> constraints.add(ac.constraint()));
        } else if (s instanceof Statement.CreateTable ct) {
            constraints.addAll(ct.constraints());
        }
        for (ConstraintDef c : constraints) {
            if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.referencedTable() != null) {
                refs.add(c.referencedTable());
            }
        }
        return refs;
    }
}
