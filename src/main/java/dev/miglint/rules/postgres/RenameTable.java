package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.QualifiedName;
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
        for (AlterAction.SetSchema move : at.actions(AlterAction.SetSchema.class)) {
            String from = at.table().sql();
            String to = new QualifiedName(move.schema(), at.table().name()).sql();
            context.report("SET SCHEMA moves existing table " + from + " to " + to
                            + ", which breaks application code that still finds it as " + from,
                    "Why: queries of the running release name the table unqualified (resolved through search_path)"
                            + " or in its old schema; after the move they fail with \"relation does not exist\".\n"
                            + "Safe recipe: in one transaction, ALTER TABLE " + from + " SET SCHEMA " + move.schema()
                            + "; CREATE VIEW " + from + " AS SELECT * FROM " + to + "; deploy code that uses " + to
                            + "; then DROP VIEW " + from + " in a later migration.");
        }
    }
}
