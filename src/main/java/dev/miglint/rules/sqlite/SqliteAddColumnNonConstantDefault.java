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
                    "Why: SQLite fills existing rows from the stored default without evaluating it per row, so it refuses"
                            + " the ALTER TABLE with \"Cannot add a column with non-constant default\""
                            + (failsWhenEmpty ? " (before 3.37 even when the table is empty)" : " when " + table + " has rows")
                            + " and the deployment fails.\n"
                            + "Fix: ALTER TABLE " + table + " ADD COLUMN " + column + type + "; (nullable, or with a constant"
                            + " default such as 0 or ''), then UPDATE " + table + " SET " + column + " = "
                            + c.defaultValue().text().trim() + " WHERE " + column + " IS NULL; and set the value from the"
                            + " application on insert. If the column needs this default in its definition, redefine the"
                            + " table instead: " + SqliteAlterTable.redefinitionRecipe(at.table()));
        }
    }
}
