package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteAlterTable;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
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
                "Why: SQLite's ALTER TABLE supports only RENAME TO, RENAME COLUMN (3.25+), ADD COLUMN and DROP COLUMN"
                        + " (3.35+), one action per statement; anything else is a syntax error and the deployment stops"
                        + " at this statement.\n" + SqliteAlterTable.redefinitionRecipe(at.table()));
    }
}
