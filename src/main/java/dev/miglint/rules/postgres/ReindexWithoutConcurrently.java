package dev.miglint.rules.postgres;

import dev.miglint.model.Names;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

@RuleDefinition(id = "reindex-without-concurrently", level = Level.ERROR,
        summary = "REINDEX without CONCURRENTLY blocks writes to the table and reads through the index while it rebuilds.")
public final class ReindexWithoutConcurrently implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.Reindex r) || r.concurrently()) {
            return;
        }
        ObjectKind target = r.target();
        if (target == ObjectKind.TABLE && r.name() != null && ctx.schema().isScanFree(r.name())) {
            return;
        }
        if (target == ObjectKind.INDEX && r.name() != null) {
            var ix = ctx.schema().index(r.name());
            if (ix.isPresent() && (ix.get().newInMigration() || ctx.schema().isScanFree(ix.get().table()))) {
                return;
            }
        }
        if (target != ObjectKind.TABLE && target != ObjectKind.INDEX && target != ObjectKind.SCHEMA
                && target != ObjectKind.DATABASE) {
            return; // REINDEX SYSTEM: system catalogs cannot be reindexed concurrently anyway
        }
        String what = target.name() + (r.name() == null ? "" : " " + Names.quoted(r.name()));
        String message = "REINDEX " + what + " locks out writes while every index is rebuilt";
        String why = "REINDEX takes a SHARE lock on the table (INSERT, UPDATE and DELETE wait) and an ACCESS EXCLUSIVE "
                + "lock on each index being rebuilt (queries that would use it wait too), for the whole rebuild.\n";
        String name = r.name() == null ? "" : " " + r.name().sql();
        if (ctx.pgVersion() < 12) {
            ctx.report(message, why + "PostgreSQL " + ctx.pgVersion() + " has no REINDEX CONCURRENTLY (it came in 12). "
                    + "Build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one and "
                    + "rename the new one into its place, each outside a transaction block.");
            return;
        }
        String help = why + "Rebuild without blocking (PostgreSQL 12+):\n    REINDEX " + target.name() + " CONCURRENTLY"
                + name + ";\nCONCURRENTLY cannot run inside a transaction block: put it in its own migration that does "
                + "not run in a transaction.";
        ctx.report(message, help, Fix.insertConcurrently(ctx.statement(), ctx.statement().tokens().after(target.name())));
    }
}
