package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.RenameSwap;

/** ALTER TABLE ... RENAME COLUMN on a column the running application may use. */
@RuleDefinition(id = "rename-column", level = Level.ERROR,
        summary = "Renaming a column breaks application code that still uses the old name.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class RenameColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        Dialect dialect = context.dialect();
        for (var renaming : context.actionsOnExistingColumns(AlterAction.RenameColumn.class, AlterAction.RenameColumn::from)) {
            AlterAction.RenameColumn rename = renaming.action();
            QualifiedName renamed = renaming.table();
            if (RenameSwap.ofColumn(context.statements(), context.statement(), renamed, rename.from(), rename.to(),
                    context.transaction().inTransaction(), dialect)) {
                continue; // c -> c_old and c_new -> c in one transaction: the name the application uses stays
            }
            String table = renamed.sql(dialect);
            String from = Identifiers.quoteIfNeeded(rename.from(), dialect);
            String to = Identifiers.quoteIfNeeded(rename.to(), dialect);
            context.report("RENAME COLUMN " + from + " TO " + to + " on existing table " + table
                            + " breaks application code that still uses " + from,
                    RuleHelp.of(this).with("table", table).with("column", from).with("new_column", to)
                            .with("missing_column_error", DialectPhrases.missingColumnError(dialect, rename.from())).text());
        }
    }
}
