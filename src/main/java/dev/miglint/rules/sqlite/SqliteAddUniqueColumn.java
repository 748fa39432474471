package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteAlterTable;
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

/** ADD COLUMN ... UNIQUE or PRIMARY KEY: SQLite always refuses it. */
@RuleDefinition(id = "sqlite-add-unique-column", level = Level.ERROR,
        summary = "SQLite cannot add a UNIQUE or PRIMARY KEY column with ALTER TABLE.",
        dialects = {Dialect.SQLITE})
public final class SqliteAddUniqueColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (!c.unique() && !c.primaryKey()) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String what = c.primaryKey() ? "PRIMARY KEY" : "UNIQUE";
            String type = c.type() == null ? "" : " " + c.type().raw();
            context.report("ADD COLUMN " + column + " " + what + " fails: SQLite cannot add a " + what + " column to "
                            + table,
                    RuleHelp.of(this).fix(c.primaryKey() ? "PRIMARY KEY" : null).with("what", what)
                            .with("table", table).with("column", column).with("type", type)
                            .with("index", Identifiers.quoteIfNeeded(at.table().name() + "_" + c.name() + "_key"))
                            .with("new_table", SqliteAlterTable.redefinitionCopyName(at.table())).text());
        }
    }
}
