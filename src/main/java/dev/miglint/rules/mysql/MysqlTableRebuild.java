package dev.miglint.rules.mysql;

import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import java.util.List;

/** ALTER TABLE actions InnoDB runs in place but by rebuilding the whole table. */
@RuleDefinition(id = "mysql-table-rebuild", level = Level.WARNING,
        summary = "This ALTER TABLE rebuilds the whole table in place: it takes as long as a copy and fails at the end on bad rows.",
        dialects = {Dialect.MYSQL})
public final class MysqlTableRebuild implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        List<String> rebuilds = MysqlOnlineDdl.rebuildActions(at, column -> context.schema().table(at.table())
                .flatMap(t -> t.column(column)).map(c -> !c.notNull()).orElse(false));
        if (rebuilds.isEmpty()) {
            return;
        }
        String table = at.table().sql(Dialect.MYSQL);
        context.report("ALTER TABLE " + table + " (" + String.join(", ", rebuilds) + ") rebuilds the whole of " + table,
                "Why: InnoDB does this with ALGORITHM=INPLACE, so reads and writes go on, but it rewrites every row and"
                        + " rebuilds every index: on a large table that runs as long as a copy, doubles the disk space for a"
                        + " while, makes replicas lag by the same time, and takes an exclusive metadata lock at the end that"
                        + " queues every query behind it. Making a column NOT NULL also fails after all that work if a row"
                        + " still holds NULL (or silently turns NULLs into 0/'' outside strict mode).\n"
                        + "Safe recipe: backfill the NULLs in batches first (UPDATE ... WHERE col IS NULL LIMIT 1000), then run"
                        + " the change off-peak, or with gh-ost / pt-online-schema-change on a large table.");
    }
}
