package dev.miglint.rules.postgres;

import dev.miglint.model.Statements;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TableLock;
import dev.miglint.schema.TableLocks;

@RuleDefinition(id = "missing-lock-timeout", level = Level.WARNING,
        summary = "The first statement that takes a read- or write-blocking lock on an existing table runs with no lock_timeout.")
public final class MissingLockTimeout implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.transaction().lockTimeoutSet()) {
            return;
        }
        TableLock blocking = null;
        for (TableLock lock : TableLocks.of(ctx.model(), ctx.schema(), ctx.pgVersion())) {
            if (lock.blocksTraffic() && (lock.tableOfIndex() || ctx.schema().isExistingRelation(lock.table()))
                    && (blocking == null || lock.mode().compareTo(blocking.mode()) > 0)) {
                blocking = lock;
            }
        }
        if (blocking == null || !ctx.firstInMigration("lock-timeout")) {
            return;
        }
        String label = Statements.label(ctx.model());
        String message = label + " takes " + blocking.mode().sql() + " on " + blocking.describe()
                + " with no lock_timeout set";
        String help = RuleHelp.of(this).with("lock", blocking.mode().sql()).with("statement", label)
                .with("relation", blocking.describe()).with("blocked", blocking.mode().blocks()).text();
        if (ctx.statement().nested()) {
            ctx.report(message, help);
            return;
        }
        ctx.report(message, help, Fix.insertAt(ctx.statement(), 0, "Set lock_timeout before it", "SET lock_timeout = '5s';\n"));
    }
}
