package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

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
            String t = at.table().sql();
            String extra = action instanceof AlterAction.SetLogged sl && sl.logged()
                    ? " SET LOGGED also writes the whole table to the WAL (replicas replay it all)."
                    : action instanceof AlterAction.SetLogged
                            ? " An UNLOGGED table is emptied after a crash and is not replicated."
                            : "";
            ctx.report(form + " rewrites existing table " + Names.quoted(at.table()) + " under ACCESS EXCLUSIVE",
                    form + " copies every row of " + t + " (and rebuilds its indexes) while holding ACCESS EXCLUSIVE: all "
                            + "reads and writes wait until the copy is done." + extra + "\n"
                            + "Do it when the table is small or in a maintenance window, or build a new table and move "
                            + "the data over online (e.g. logical replication, or pg_repack"
                            + (action instanceof AlterAction.SetTablespace ? " --tablespace" : "") + ").");
        }
    }
}
