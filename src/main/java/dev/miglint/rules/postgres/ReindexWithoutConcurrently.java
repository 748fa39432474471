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
import dev.miglint.rules.RuleHelp;

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
        String name = r.name() == null ? "" : " " + r.name().sql();
        RuleHelp help = RuleHelp.of(this).with("target", target.name()).with("name", name)
                .with("pg_version", ctx.pgVersion());
        if (ctx.pgVersion() < 12) {
            ctx.report(message, help.fix("before PostgreSQL 12").text());
            return;
        }
        ctx.report(message, help.text(), Fix.insertConcurrently(ctx.statement(), ctx.statement().tokens().after(target.name())));
    }
}
