package dev.miglint.rules.postgres;

import dev.miglint.model.LockMode;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import java.util.List;
import java.util.stream.Collectors;

@RuleDefinition(id = "lock-table", level = Level.WARNING,
        summary = "An explicit LOCK TABLE in a mode that blocks writes (ACCESS EXCLUSIVE by default) on an existing table.")
public final class LockTableStatement implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.LockTable lt)) {
            return;
        }
        LockMode mode = LockMode.fromSql(lt.mode() == null ? "ACCESS EXCLUSIVE" : lt.mode());
        List<QualifiedName> existing = lt.tables().stream().filter(ctx.schema()::isExistingRelation).toList();
        // only when we know nothing wraps the file: an unknown runner (psql -1, a framework) may add a transaction
        boolean outside = !ctx.transaction().inTransaction() && !ctx.statement().nested() && ctx.migration() != null
                && Boolean.FALSE.equals(ctx.migration().runsInTransaction());
        if (outside) {
            ctx.report("LOCK TABLE outside a transaction block fails",
                    "PostgreSQL only allows LOCK TABLE inside a transaction block (ERROR: LOCK TABLE can only be used "
                            + "in transaction blocks); outside one the lock would end with the statement anyway. Put "
                            + "it after BEGIN, right before the statements it protects, with a lock_timeout.");
            return;
        }
        if (existing.isEmpty() || !mode.blocksWrites()) {
            return;
        }
        String tables = existing.stream().map(Names::quoted).collect(Collectors.joining(", "));
        ctx.report("LOCK TABLE " + tables + " IN " + mode.sql() + " MODE blocks " + mode.blocks() + " until the "
                        + "transaction ends",
                "An explicit " + mode.sql() + " lock blocks " + mode.blocks() + " on " + tables + " until COMMIT, and "
                        + "while it waits for running queries, everything arriving after it queues too.\n"
                        + "Most DDL takes the lock it needs by itself: drop the LOCK TABLE if nothing else needs it. "
                        + "If it is needed, keep the transaction short, take the weakest mode that works, and bound "
                        + "the wait:\n    SET lock_timeout = '5s';\nbefore it (and retry the migration if it times out).");
    }
}
