package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

@RuleDefinition(id = "table-rewrite-alter", level = Level.ERROR,
        summary = "ALTER TABLE ... SET TABLESPACE / SET LOGGED / SET UNLOGGED / SET ACCESS METHOD rewrites the table under ACCESS EXCLUSIVE.")
public final class TableRewriteAlter implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.AlterTable at) || ctx.schema().isScanFree(at.table())) {
            return;
        }
        for (AlterAction action : at.actions()) {
            String form = StatementWork.rewritingForm(action);
            if (form == null) {
                continue;
            }
            boolean setLogged = action instanceof AlterAction.SetLogged sl && sl.logged();
            RuleHelp help = RuleHelp.of(this).with("form", form).with("table", at.table().sql())
                    .adding(setLogged, "set logged")
                    .adding(action instanceof AlterAction.SetLogged && !setLogged, "set unlogged");
            if (action instanceof AlterAction.SetTablespace) {
                help.fix("tablespace");
            }
            ctx.report(form + " rewrites existing table " + Names.quoted(at.table()) + " under ACCESS EXCLUSIVE",
                    help.text());
        }
    }
}
