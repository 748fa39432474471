package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteAlterTable;
import dev.miglint.dialect.sqlite.SqliteVersion;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** ADD COLUMN with CURRENT_TIMESTAMP, a function call or another expression as default: SQLite refuses it. */
@RuleDefinition(id = "sqlite-add-column-non-constant-default", level = Level.ERROR,
        summary = "SQLite cannot add a column whose default is not a constant (CURRENT_TIMESTAMP, a function, an expression).",
        dialects = {Dialect.SQLITE})
public final class SqliteAddColumnNonConstantDefault implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        boolean failsWhenEmpty = !context.sqliteVersion().atLeast(SqliteVersion.ADD_COLUMN_CHECKS_ROWS);
        if (context.schema().isNewTable(at.table()) && !failsWhenEmpty) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (c.defaultValue() == null || c.generated() != ColumnDef.Generated.NONE
                    || SqliteAlterTable.isConstantDefault(c.defaultValue())) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String type = c.type() == null ? "" : " " + c.type().raw();
            context.report("ADD COLUMN " + column + " DEFAULT " + c.defaultValue().text().trim() + " fails: SQLite cannot"
                            + " add a column with a non-constant default to " + (failsWhenEmpty ? "a table" : "existing table " + table),
                    RuleHelp.of(this).why(failsWhenEmpty ? "before SQLite 3.37" : null).with("table", table)
                            .with("column", column).with("type", type).with("default", c.defaultValue().text().trim())
                            .with("new_table", SqliteAlterTable.redefinitionCopyName(at.table())).text());
        }
    }
}
