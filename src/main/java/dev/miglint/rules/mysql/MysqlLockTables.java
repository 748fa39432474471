package dev.miglint.rules.mysql;

import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

/** LOCK TABLES in a migration: blocks the application's writes (WRITE: reads too) until UNLOCK TABLES. */
@RuleDefinition(id = "mysql-lock-tables", level = Level.ERROR,
        summary = "LOCK TABLES blocks other sessions' writes (and with WRITE their reads) until UNLOCK TABLES.",
        dialects = {Dialect.MYSQL})
public final class MysqlLockTables implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.LockTable lock)) {
            return;
        }
        List<QualifiedName> existing = lock.tables().stream().filter(context.schema()::isExistingTable).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(n -> n.sql(Dialect.MYSQL)).collect(Collectors.joining(", "));
        boolean write = lock.mode().contains("WRITE");
        context.report("LOCK TABLES " + names + " " + lock.mode() + " blocks the application's "
                        + (write ? "reads and writes" : "writes") + " until UNLOCK TABLES",
                RuleHelp.of(this).why(write ? null : "READ lock").with("tables", names).text());
    }
}
