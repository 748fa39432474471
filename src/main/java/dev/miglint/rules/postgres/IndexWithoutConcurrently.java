package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

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
        String message = kind + index + " on existing table " + Names.quoted(ci.table()) + " blocks writes while it builds";
        String safe = "CREATE " + (ci.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                + (ci.ifNotExists() ? "IF NOT EXISTS " : "")
                + (ci.name() == null ? "" : Identifiers.quoteIfNeeded(ci.name()) + " ")
                + "ON " + ci.table().sql() + " (" + String.join(", ", ci.columns()) + ");";
        String help = RuleHelp.of(this).with("concurrent_statement", safe).text();
        int at = ctx.statement().tokens().after(ci.unique() ? new String[] {"UNIQUE", "INDEX"} : new String[] {"INDEX"});
        ctx.report(message, help, Fix.insertConcurrently(ctx.statement(), at));
    }
}
