package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.DialectPhrases;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** ALTER TABLE ... DROP COLUMN of a column that existed before this migration. */
@RuleDefinition(id = "drop-column", level = Level.ERROR,
        summary = "Dropping a column deletes its data and breaks application code that still reads or writes it.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class DropColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        Dialect dialect = context.dialect();
        String table = at.table().sql(dialect);
        for (AlterAction.DropColumn drop : at.actions(AlterAction.DropColumn.class)) {
            if (context.schema().isNewColumn(at.table(), drop.column())) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(drop.column(), dialect);
            context.report("DROP COLUMN " + column + " deletes the column and its data from existing table " + table,
                    "Why: the values cannot be restored by a down migration, and application instances still running"
                            + " the previous release fail (" + DialectPhrases.missingColumnError(dialect, drop.column()) + ") on every query"
                            + " that names the column, and ORMs that list all columns (SELECT t.*, INSERT of every field)"
                            + " break too."
                            + (drop.cascade() ? " CASCADE also drops views, indexes and constraints that use it." : "")
                            + "\nSafe recipe (expand/contract): first deploy application code that no longer reads or writes "
                            + column + " (Rails: self.ignored_columns; Django: remove the field from the model with"
                            + " SeparateDatabaseAndState); make it nullable first if inserts still omit it; then run ALTER TABLE "
                            + table + " DROP COLUMN " + column + " in a later migration.");
        }
    }
}
