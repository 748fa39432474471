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
                        "Why: existing rows would get NULL in " + column + ", so SQLite refuses the ALTER TABLE with"
                                + " \"Cannot add a NOT NULL column with default value NULL\""
                                + (failsWhenEmpty ? " (before 3.37 even when the table is empty)" : "")
                                + " and the deployment fails.\n"
                                + "Fix: give the column a constant default, ALTER TABLE " + table + " ADD COLUMN " + column
                                + " " + type + " NOT NULL DEFAULT <constant>; or add it nullable and backfill it; or, if it"
                                + " must be NOT NULL without a default, rebuild the table (CREATE TABLE new_... with the"
                                + " column, INSERT INTO new_... SELECT ..., DROP TABLE, ALTER TABLE new_... RENAME TO ...).");
                continue;
            }
            context.report("ADD COLUMN " + column + " NOT NULL without a default fails if existing table " + table
                            + " has any rows",
                    "Why: existing rows would get NULL in " + column + ", so PostgreSQL aborts the ALTER TABLE with"
                            + " \"column contains null values\" (SQLSTATE 23502) as soon as " + table
                            + " is not empty, and the deployment fails.\n"
                            + "Safe recipe: ALTER TABLE " + table + " ADD COLUMN " + column + " " + type
                            + "; backfill it in small batches; ALTER TABLE " + table + " ADD CONSTRAINT "
                            + Identifiers.quoteIfNeeded(Identifiers.normalize(c.name()) + "_not_null") + " CHECK ("
                            + column + " IS NOT NULL) NOT VALID; in a later migration VALIDATE CONSTRAINT it and then"
                            + " ALTER COLUMN " + column + " SET NOT NULL (PostgreSQL 12+ skips the scan). Or add the column"
                            + " with a constant DEFAULT, which PostgreSQL 11+ stores without a rewrite.");
        }
    }
}
