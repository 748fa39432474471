package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.Statements;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.HeldLock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flags, once per transaction, the first slow statement ({@link StatementWork.Workload#slow()}: it scans,
 * rewrites or changes many rows of an existing table, or runs a query to fill a table) that runs while the
 * transaction already holds a write-blocking lock on a different existing table: that table stays blocked for
 * the whole slow statement. Quick catalog-only statements (ADD COLUMN without a rewrite, SET DEFAULT, a widening
 * type change, DROP, NOT VALID constraints, point updates...) never count. Slow statements on the locked table
 * itself are left to the rules that judge their cost (backfill-in-ddl-transaction, set-not-null-without-check, ...).
 */
@RuleDefinition(id = "statements-after-exclusive-lock", level = Level.WARNING,
        summary = "A transaction that holds a write-blocking lock on a table goes on to do slow work (scan, rewrite, backfill) on other tables, keeping it locked.")
public final class StatementsAfterExclusiveLock implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<HeldLock> held = ctx.transaction().heldLocks();
        if (held.isEmpty() || !ctx.transaction().inTransaction()) {
            return;
        }
        StatementWork work = StatementWork.of(ctx.statement(), ctx.schema(), ctx.transaction(), ctx.pgVersion());
        if (!work.workload().slow() || work.table() != null
                && held.stream().anyMatch(h -> !h.tableOfIndex() && h.table().sameObject(work.table()))) {
            return;
        }
        if (!ctx.firstInMigration("tx" + ctx.transaction().transactionNumber())) {
            return;
        }
        HeldLock first = held.get(0);
        String locked = held.stream().map(h -> h.describe() + " (" + h.mode().sql() + ")").collect(Collectors.joining(", "));
        ctx.report(ctx.statement().span(), LockOrigin.related(first), Statements.label(ctx.model()) + " "
                        + work.description() + " while this transaction still holds " + first.mode().sql() + " on "
                        + first.describe(),
                RuleHelp.of(this).with("locked", locked).with("taker", first.takenBy())
                        .with("blocks", first.mode().blocks()).with("table", first.describe())
                        .with("work", work.description()).text());
    }
}
