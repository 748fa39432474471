package dev.miglint.rules.postgres;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** UPDATE without WHERE on an existing table: a full-table rewrite holding every row lock. */
@RuleDefinition(id = "update-without-where", level = Level.ERROR,
        summary = "UPDATE without a WHERE clause rewrites and locks every row of an existing table.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class UpdateWithoutWhere implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Update u) || u.hasWhere() || u.table() == null
                || context.schema().isNewTable(u.table())) {
            return;
        }
        Dialect dialect = context.dialect();
        String table = u.table().sql(dialect);
        String batch = dialect == Dialect.MYSQL
                ? "UPDATE " + table + " SET ... WHERE <not yet backfilled> LIMIT 1000"
                : "UPDATE " + table + " SET ... WHERE id IN (SELECT id FROM " + table + " WHERE <not yet backfilled> LIMIT 1000)";
        context.report("UPDATE " + table + " without WHERE rewrites and locks every row of existing table " + table,
                "Why: " + why(dialect, table) + "\n"
                        + "Safe recipe: backfill in small batches, each in its own transaction, e.g. " + batch
                        + " repeated until no row changes, outside the schema migration's transaction.");
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
