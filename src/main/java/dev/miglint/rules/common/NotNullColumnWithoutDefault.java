package dev.miglint.rules.common;

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

/** ADD COLUMN ... NOT NULL without a default on a table that may hold rows: fails with 23502. */
@RuleDefinition(id = "not-null-column-without-default", level = Level.ERROR,
        summary = "Adding a NOT NULL column without a default fails on a table that has rows.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE})
public final class NotNullColumnWithoutDefault implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        boolean sqlite = context.dialect() == Dialect.SQLITE;
        // SQLite before 3.37 refuses the column even on an empty table
        boolean failsWhenEmpty = sqlite && !context.sqliteVersion().atLeast(SqliteVersion.ADD_COLUMN_CHECKS_ROWS);
        if (context.schema().isNewTable(at.table()) && !failsWhenEmpty) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            // SQLite lets a PRIMARY KEY column hold NULL unless it is declared NOT NULL
            if (!c.requiresValueOnInsert() || sqlite && (!c.notNull() || c.primaryKey())) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String type = c.type() == null ? "<type>" : c.type().raw();
            if (sqlite) {
                context.report("ADD COLUMN " + column + " NOT NULL without a default fails "
                                + (failsWhenEmpty ? "on SQLite " + context.sqliteVersion() : "if existing table " + table
                                + " has any rows"),
                        RuleHelp.of(this).why("SQLite").fix("SQLite").adding(failsWhenEmpty, "before SQLite 3.37")
                                .with("table", table).with("column", column).with("type", type).text());
                continue;
            }
            context.report("ADD COLUMN " + column + " NOT NULL without a default fails if existing table " + table
                            + " has any rows",
                    RuleHelp.of(this).with("table", table).with("column", column).with("type", type)
                            .with("constraint", Identifiers.quoteIfNeeded(Identifiers.normalize(c.name()) + "_not_null"))
                            .text());
        }
    }
}
