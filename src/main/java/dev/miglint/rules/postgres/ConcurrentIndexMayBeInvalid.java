package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.InvalidIndexRecovery;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

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
        RuleHelp help = RuleHelp.of(this).with("index", name)
                .with("validity_check", InvalidIndexRecovery.validityCheck(ci.name() == null ? "<index name>" : ci.name()))
                .adding(ci.name() != null && !ci.ifNotExists(), "re-runnable")
                .adding(ci.name() != null && ci.ifNotExists(), "if not exists");
        if (ci.name() != null) {
            help.with("drop_first", InvalidIndexRecovery.dropFirst(ci.name()));
        }
        if (ci.unique()) {
            help.why("unique");
        }
        ctx.report(kind + (ci.name() == null ? "" : " " + Names.quoted(ci.name())) + " on "
                + Names.quoted(ci.table()) + " leaves an INVALID index behind if it fails", help.text());
    }
}
