package dev.miglint.rules.mysql;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.Locale;

/** ALTER TABLE ... DROP PARTITION / TRUNCATE PARTITION deletes every row stored in those partitions. */
@RuleDefinition(id = "mysql-drop-partition", level = Level.ERROR,
        summary = "DROP PARTITION and TRUNCATE PARTITION delete every row of the partitions they name.",
        dialects = {Dialect.MYSQL})
public final class MysqlDropPartition implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        for (AlterAction.Other other : at.actions(AlterAction.Other.class)) {
            String keyword = other.keyword().toUpperCase(Locale.ROOT);
            if (!keyword.startsWith("DROP PARTITION") && !keyword.startsWith("TRUNCATE PARTITION")) {
                continue;
            }
            String table = at.table().sql(Dialect.MYSQL);
            String what = other.text().trim().replaceAll("\\s+", " ");
            context.report(what + " deletes every row stored in those partitions of " + table,
                    RuleHelp.of(this).with("table", table).text());
        }
    }
}
