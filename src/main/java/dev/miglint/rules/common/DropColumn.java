package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** ALTER TABLE ... DROP COLUMN of a column that existed before this migration. */
@RuleDefinition(id = "drop-column", level = Level.ERROR,
        summary = "Dropping a column deletes its data and breaks application code that still reads or writes it.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class DropColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        Dialect dialect = context.dialect();
        for (var dropped : context.actionsOnExistingColumns(AlterAction.DropColumn.class, AlterAction.DropColumn::column)) {
            AlterAction.DropColumn drop = dropped.action();
            String table = dropped.table().sql(dialect);
            String column = Identifiers.quoteIfNeeded(drop.column(), dialect);
            context.report("DROP COLUMN " + column + " deletes the column and its data from existing table " + table,
                    RuleHelp.of(this).with("table", table).with("column", column)
                            .with("missing_column_error", DialectPhrases.missingColumnError(dialect, drop.column()))
                            .adding(drop.cascade(), "with CASCADE").text());
        }
    }
}
