package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.RowScope;

/** UPDATE without WHERE (or with a WHERE that selects every row, see {@link RowScope}) on an existing table. */
@RuleDefinition(id = "update-without-where", level = Level.ERROR,
        summary = "UPDATE without a WHERE clause (or with one that matches every row) rewrites and locks every row of an existing table.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class UpdateWithoutWhere implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Update u) || u.table() == null
                || context.schema().isNewTable(u.table())) {
            return;
        }
        RowScope scope = RowScope.of(u, context.schema());
        if (!scope.everyRow()) {
            return;
        }
        Dialect dialect = context.dialect();
        String table = u.table().sql(dialect);
        String batch = dialect == Dialect.MYSQL
                ? "UPDATE " + table + " SET ... WHERE <not yet backfilled> LIMIT 1000"
                : "UPDATE " + table + " SET ... WHERE id IN (SELECT id FROM " + table + " WHERE <not yet backfilled> LIMIT 1000)";
        String where = u.hasWhere() ? " with WHERE " + u.where().text().trim() : " without WHERE";
        String because = u.hasWhere() ? capitalize(scope.reason()) + ". " : "";
        context.report("UPDATE " + table + where + " rewrites and locks every row of existing table " + table,
                "Why: " + because + why(dialect, table) + "\n"
                        + "Safe recipe: backfill in small batches, each in its own transaction, e.g. " + batch
                        + " repeated until no row changes, outside the schema migration's transaction.");
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String why(Dialect dialect, String table) {
        return switch (dialect) {
            case POSTGRES -> "PostgreSQL writes a new version of every row, holding each row's lock until the transaction"
                    + " commits, so application writes to " + table + " wait for the whole update; on a large table this"
                    + " takes long, doubles its size with dead rows (bloat) and floods the WAL and replicas.";
            case MYSQL -> "InnoDB locks every row it scans until the statement's transaction commits, so application"
                    + " writes to " + table + " wait for the whole update; on a large table this takes long, grows the undo"
                    + " log and makes replicas lag by the statement's full duration.";
            case SQLITE -> "SQLite holds the database write lock for the whole update, so every other writer (to any"
                    + " table) waits or fails with SQLITE_BUSY until it commits; on a large table that is an outage.";
        };
    }
}
