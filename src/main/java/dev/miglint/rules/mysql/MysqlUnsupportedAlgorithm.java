package dev.miglint.rules.mysql;

import dev.miglint.dialect.mysql.MysqlOnlineDdl;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import java.util.List;

/** ALTER TABLE pinning ALGORITHM=INPLACE/INSTANT or LOCK=NONE for a change MySQL cannot do that way: it is refused. */
@RuleDefinition(id = "mysql-unsupported-algorithm", level = Level.ERROR,
        summary = "This ALTER TABLE pins an ALGORITHM or LOCK MySQL cannot honour for its changes: MySQL refuses the statement and the migration fails.",
        dialects = {Dialect.MYSQL})
public final class MysqlUnsupportedAlgorithm implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null || MysqlOnlineDdl.option(at, "ALGORITHM") == null && MysqlOnlineDdl.option(at, "LOCK") == null) {
            return;
        }
        boolean foreignKeyChecks = !context.transaction().setting("foreign_key_checks").map(v -> v.equals("0")
                || v.equals("off")).orElse(false);
        var table0 = context.schema().table(at.table());
        java.util.function.Function<String, dev.miglint.model.DataType> oldType =
                column -> table0.flatMap(t -> t.column(column)).map(ColumnState::type).orElse(null);
        List<String> copies = MysqlOnlineDdl.copyActions(at, oldType,
                column -> table0.flatMap(t -> t.column(column)).map(ColumnState::charset).orElse(null),
                table0.flatMap(t -> t.defaultCharset()).orElse(null), foreignKeyChecks).stream()
                .filter(c -> !c.contains(" type change to ")) // the column's old type is unknown: it may be in place
                .toList();
        List<String> refused = new java.util.ArrayList<>(MysqlOnlineDdl.unsupportedPin(at, copies, oldType));
        boolean addsOrDropsColumns = !at.actions(AlterAction.AddColumn.class).isEmpty()
                || !at.actions(AlterAction.DropColumn.class).isEmpty();
        if ("INSTANT".equals(MysqlOnlineDdl.option(at, "ALGORITHM")) && refused.isEmpty() && addsOrDropsColumns
                && context.schema().mysqlFulltextOrNotInnodb(at.table())) {
            refused.add("adding or dropping a column of a table with a FULLTEXT index (or not InnoDB), which INSTANT"
                    + " does not support");
        }
        if (refused.isEmpty()) {
            return;
        }
        String table = at.table().sql(Dialect.MYSQL);
        String algorithm = MysqlOnlineDdl.option(at, "ALGORITHM");
        String lock = MysqlOnlineDdl.option(at, "LOCK");
        String pin = (algorithm != null ? "ALGORITHM=" + algorithm : "")
                + (algorithm != null && lock != null ? ", " : "") + (lock != null ? "LOCK=" + lock : "");
        context.report("MySQL refuses ALTER TABLE " + table + " (" + String.join("; ", refused) + "): " + pin
                        + " is not supported for it, so the migration fails",
                RuleHelp.of(this).with("pin", pin).with("table", table).text());
    }
}
