package dev.miglint.rules.mysql;

import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
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
                RuleHelp.of(this).with("changes", copies.size() > 1 ? "these changes" : "this change")
                        .with("table", table).text());
    }
}
