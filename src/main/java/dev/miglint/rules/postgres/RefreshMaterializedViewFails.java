package dev.miglint.rules.postgres;

import dev.miglint.model.Names;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.IndexState;

/**
 * REFRESH MATERIALIZED VIEW forms that break: CONCURRENTLY on a view the history created without a unique
 * index (the statement fails), and WITH NO DATA on a view the application already reads (every later SELECT
 * fails until the next full refresh).
 */
@RuleDefinition(id = "refresh-materialized-view-fails", level = Level.ERROR,
        summary = "REFRESH ... CONCURRENTLY without a unique index fails; REFRESH ... WITH NO DATA makes every read of the view fail.")
public final class RefreshMaterializedViewFails implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.RefreshMaterializedView rm) || rm.view() == null) {
            return;
        }
        String view = rm.view().sql();
        if (ctx.statement().tokens().contains("WITH", "NO", "DATA")) {
            if (!rm.concurrently() && ctx.schema().isExistingRelation(rm.view())) {
                ctx.report("REFRESH MATERIALIZED VIEW " + Names.quoted(rm.view()) + " WITH NO DATA empties the view: "
                                + "every read of it fails until the next full refresh",
                        RuleHelp.of(this).why("WITH NO DATA").fix("WITH NO DATA").with("view", view).text());
            }
            return;
        }
        if (rm.concurrently() && ctx.schema().isKnownView(rm.view())
                && ctx.schema().indexesOn(rm.view()).stream().noneMatch(IndexState::unique)) {
            ctx.report("REFRESH MATERIALIZED VIEW CONCURRENTLY fails: " + Names.quoted(rm.view()) + " has no unique index",
                    RuleHelp.of(this).with("view", view).text());
        }
    }
}
