package dev.miglint.rules.postgres;

import dev.miglint.model.Names;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

@RuleDefinition(id = "refresh-materialized-view-without-concurrently", level = Level.WARNING,
        summary = "REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every read of the view while it recomputes.")
public final class RefreshMaterializedViewWithoutConcurrently implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.RefreshMaterializedView rm) || rm.concurrently() || rm.view() == null
                || !ctx.schema().isExistingRelation(rm.view())) {
            return;
        }
        StatementTokens text = ctx.statement().tokens();
        if (text.contains("WITH", "NO", "DATA")) {
            return; // empties the view on purpose; CONCURRENTLY is not allowed with WITH NO DATA
        }
        String view = rm.view().sql();
        String message = "REFRESH MATERIALIZED VIEW " + Names.quoted(rm.view()) + " blocks all reads of the view until "
                + "its query has run again";
        String help = RuleHelp.of(this).with("view", view).text();
        ctx.report(message, help, Fix.insertConcurrently(ctx.statement(), text.after("MATERIALIZED", "VIEW")));
    }
}
