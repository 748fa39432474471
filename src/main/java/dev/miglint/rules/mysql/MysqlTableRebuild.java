package dev.miglint.rules.mysql;

import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
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
                RuleHelp.of(this).with("table", table).text());
    }
}
