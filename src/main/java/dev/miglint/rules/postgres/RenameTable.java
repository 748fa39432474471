package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** ALTER TABLE ... RENAME TO on a table the running application may use. */
@RuleDefinition(id = "rename-table", level = Level.ERROR,
        summary = "Renaming a table breaks application code that still uses the old name.")
public final class RenameTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at) || context.schema().isNewTable(at.table())) {
            return;
        }
        for (AlterAction.RenameTable rename : at.actions(AlterAction.RenameTable.class)) {
            String from = at.table().sql();
            String to = rename.to().sql();
            String oldName = at.table().schema() == null ? from : at.table().sql();
            context.report("RENAME of existing table " + from + " to " + to
                            + " breaks application code that still uses " + from,
                    "Why: application instances still running the previous release query " + from + " and fail"
                            + " (\"relation does not exist\") until they are redeployed.\n"
                            + "Safe recipe: in one transaction, ALTER TABLE " + from + " RENAME TO " + rename.to().name()
                            + "; CREATE VIEW " + oldName + " AS SELECT * FROM " + to + "; (a simple view is updatable, so"
                            + " old code keeps reading and writing through it); deploy code that uses " + to
                            + "; then DROP VIEW " + oldName + " in a later migration.");
        }
    }
}
