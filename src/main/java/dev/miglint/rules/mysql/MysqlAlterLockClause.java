package dev.miglint.rules.mysql;

import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** ALTER TABLE ... LOCK=SHARED or LOCK=EXCLUSIVE asks MySQL to block writes (or reads and writes) on purpose. */
@RuleDefinition(id = "mysql-alter-lock-clause", level = Level.ERROR,
        summary = "ALTER TABLE ... LOCK=SHARED blocks writes, LOCK=EXCLUSIVE blocks reads and writes, for the whole ALTER.",
        dialects = {Dialect.MYSQL})
public final class MysqlAlterLockClause implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        String lock = MysqlOnlineDdl.option(at, "LOCK");
        if (!"SHARED".equals(lock) && !"EXCLUSIVE".equals(lock)) {
            return;
        }
        String table = at.table().sql(Dialect.MYSQL);
        String blocked = lock.equals("EXCLUSIVE") ? "all reads and writes" : "all writes (INSERT, UPDATE, DELETE)";
        context.report("LOCK=" + lock + " blocks " + blocked + " on " + table + " for the whole ALTER TABLE",
                RuleHelp.of(this).with("lock", lock).with("blocked", blocked).with("table", table).text());
    }
}
