package dev.miglint.rules.postgres;

import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** UPDATE without WHERE on an existing table: a full-table rewrite holding every row lock. */
@RuleDefinition(id = "update-without-where", level = Level.ERROR,
        summary = "UPDATE without a WHERE clause rewrites and locks every row of an existing table.")
public final class UpdateWithoutWhere implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Update u) || u.hasWhere() || u.table() == null
                || context.schema().isNewTable(u.table())) {
            return;
        }
        String table = u.table().sql();
        context.report("UPDATE " + table + " without WHERE rewrites and locks every row of existing table " + table,
                "Why: PostgreSQL writes a new version of every row, holding each row's lock until the transaction"
                        + " commits, so application writes to " + table + " wait for the whole update; on a large table this"
                        + " takes long, doubles its size with dead rows (bloat) and floods the WAL and replicas.\n"
                        + "Safe recipe: backfill in small batches, each in its own transaction, e.g. UPDATE " + table
                        + " SET ... WHERE id IN (SELECT id FROM " + table + " WHERE <not yet backfilled> LIMIT 1000)"
                        + " repeated until no row changes, outside the schema migration's transaction.");
    }
}
