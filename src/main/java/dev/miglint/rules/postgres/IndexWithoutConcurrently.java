package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

@RuleDefinition(id = "index-without-concurrently", level = Level.ERROR,
        summary = "CREATE INDEX without CONCURRENTLY on an existing table blocks writes for the whole build.")
public final class IndexWithoutConcurrently implements Rule {

    @Override
    public void check(RuleContext ctx) {
        // ON ONLY a partitioned table creates an invalid index on the parent alone: nothing is scanned or built
        if (!(ctx.model() instanceof Statement.CreateIndex ci) || ci.concurrently() || ci.only() || ci.table() == null
                || ctx.schema().isScanFree(ci.table())) {
            return;
        }
        String kind = ci.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
        String index = ci.name() == null ? "" : " " + Names.quoted(ci.name());
        String table = ci.table().sql();
        String message = kind + index + " on existing table " + Names.quoted(ci.table()) + " blocks writes while it builds";
        String safe = "CREATE " + (ci.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                + (ci.ifNotExists() ? "IF NOT EXISTS " : "")
                + (ci.name() == null ? "" : Identifiers.quoteIfNeeded(ci.name()) + " ")
                + "ON " + table + " (" + String.join(", ", ci.columns()) + ");";
        String help = "CREATE INDEX takes a SHARE lock on " + table + ": INSERT, UPDATE and DELETE wait for the whole "
                + "build, which reads every row (minutes on a large table).\n"
                + "Build it without blocking writes:\n    " + safe + "\n"
                + "CONCURRENTLY cannot run inside a transaction block: put it in its own migration that does not run "
                + "in a transaction. If the build fails it leaves an INVALID index: drop it and retry.";
        int at = ctx.statement().tokens().after(ci.unique() ? new String[] {"UNIQUE", "INDEX"} : new String[] {"INDEX"});
        ctx.report(message, help, Fix.insertConcurrently(ctx.statement(), at));
    }
}
