package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteAlterTable;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;

/** ALTER TABLE forms SQLite refuses: ALTER COLUMN, ADD/DROP CONSTRAINT, several actions, version-gated ones. */
@RuleDefinition(id = "sqlite-unsupported-alter-table", level = Level.ERROR,
        summary = "SQLite's ALTER TABLE cannot do this (only RENAME, ADD COLUMN, RENAME/DROP COLUMN, one at a time).",
        dialects = {Dialect.SQLITE})
public final class SqliteUnsupportedAlterTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        List<String> problems = SqliteAlterTable.unsupportedActions(at, context.sqliteVersion());
        if (problems.isEmpty()) {
            return;
        }
        String table = at.table().sql();
        context.report("SQLite " + context.sqliteVersion() + " cannot run ALTER TABLE " + table + " "
                        + String.join(", ", problems) + ": the migration fails",
                RuleHelp.of(this).with("table", table)
                        .with("new_table", SqliteAlterTable.redefinitionCopyName(at.table())).text());
    }
}
