package dev.miglint.rules.mysql;

import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.ColumnState;
import java.util.List;

/** ALTER TABLE actions MySQL 8.0 can only run with ALGORITHM=COPY: the table is copied and writes are blocked. */
@RuleDefinition(id = "mysql-copy-alter-table", level = Level.ERROR,
        summary = "This ALTER TABLE runs with ALGORITHM=COPY: MySQL rebuilds the table and blocks writes while it copies.",
        dialects = {Dialect.MYSQL})
public final class MysqlCopyAlterTable implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        boolean foreignKeyChecks = !context.transaction().setting("foreign_key_checks").map(v -> v.equals("0")
                || v.equals("off")).orElse(false);
        var table0 = context.schema().table(at.table());
        List<String> copies = MysqlOnlineDdl.copyActions(at,
                column -> table0.flatMap(t -> t.column(column)).map(ColumnState::type).orElse(null),
                column -> table0.flatMap(t -> t.column(column)).map(ColumnState::charset).orElse(null),
                table0.flatMap(t -> t.defaultCharset()).orElse(null), foreignKeyChecks);
        boolean explicitCopy = "COPY".equals(MysqlOnlineDdl.option(at, "ALGORITHM"));
        if (copies.isEmpty() || !explicitCopy && MysqlOnlineDdl.pinnedNonBlocking(at)) {
            return;
        }
        String table = at.table().sql(Dialect.MYSQL);
        context.report("ALTER TABLE " + table + " (" + String.join(", ", copies) + ") copies the whole table and blocks"
                        + " writes to " + table + " until it finishes",
                "Why: MySQL 8.0 can do " + (copies.size() > 1 ? "these changes" : "this change")
                        + " only with ALGORITHM=COPY: it builds a new copy of " + table + " row by row, and concurrent"
                        + " INSERT, UPDATE and DELETE wait for the whole copy (LOCK=SHARED); on a large table that is an"
                        + " outage, and replicas lag by the same time.\n"
                        + "Safe recipe: run the change with an online schema change tool (gh-ost or pt-online-schema-change),"
                        + " or expand/contract: add a new column of the new type (ADD COLUMN is INSTANT), backfill it in"
                        + " batches, switch the application, then drop the old column. Adding ALGORITHM=INPLACE, LOCK=NONE"
                        + " to a statement makes MySQL refuse it instead of blocking, which shows whether it can run online.");
    }
}
