package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.InvalidIndexRecovery;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

@RuleDefinition(id = "concurrent-index-may-be-invalid", level = Level.NOTE,
        summary = "CREATE INDEX CONCURRENTLY can fail midway and leave an INVALID index behind.")
public final class ConcurrentIndexMayBeInvalid implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.CreateIndex ci) || !ci.concurrently() || ci.table() == null
                || ctx.schema().isScanFree(ci.table())) {
            return;
        }
        String name = ci.name() == null ? "<index name>" : Identifiers.quoteIfNeeded(ci.name());
        String kind = ci.unique() ? "CREATE UNIQUE INDEX CONCURRENTLY" : "CREATE INDEX CONCURRENTLY";
        String cause = ci.unique() ? "a duplicate value, a deadlock, a cancelled or timed-out statement"
                : "a deadlock, a cancelled or timed-out statement";
        String rerun = ci.name() == null ? "" : ci.ifNotExists()
                ? " This statement's IF NOT EXISTS makes a re-run keep the broken index; put "
                        + InvalidIndexRecovery.dropFirst(ci.name()) + " before it to rebuild instead."
                : " To make the migration re-runnable, put " + InvalidIndexRecovery.dropFirst(ci.name())
                        + " before it (not IF NOT EXISTS, which keeps the broken index).";
        ctx.report(kind + (ci.name() == null ? "" : " " + Names.quoted(ci.name())) + " on "
                + Names.quoted(ci.table()) + " leaves an INVALID index behind if it fails",
                "If the build fails (" + cause + "), the index stays in the catalog marked INVALID: it is not used "
                        + "for reads but still slows every write" + (ci.unique() ? " and still enforces uniqueness" : "")
                        + "." + rerun + "\n"
                        + "After the migration, check it:\n"
                        + "    " + InvalidIndexRecovery.validityCheck(ci.name() == null ? "<index name>" : ci.name()) + "\n"
                        + "If it is false: DROP INDEX CONCURRENTLY " + name + "; then run the migration again.");
    }
}
