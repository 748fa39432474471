package dev.miglint.rules.mysql;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.RowWrite;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
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
            if (emptiedByExchange(context, at, other.text())) {
                continue; // the archive recipe: the partition's rows went to a table, the partition is empty
            }
            String table = at.table().sql(Dialect.MYSQL);
            String what = other.text().trim().replaceAll("\\s+", " ");
            context.report(what + " deletes every row stored in those partitions of " + table,
                    RuleHelp.of(this).with("table", table).text());
        }
    }

    /**
     * Every partition the action names was exchanged earlier in the migration ({@code EXCHANGE PARTITION p WITH TABLE
     * t}), with no write to the table in between: its rows are in the other table and the partition is empty.
     */
    private static boolean emptiedByExchange(RuleContext context, Statement.AlterTable at, String action) {
        List<String> named = partitionNames(action);
        java.util.Set<String> exchanged = new java.util.HashSet<>();
        for (ParsedStatement s : context.statements()) {
            if (s.index() >= context.statement().index()) {
                break;
            }
            if (s.model() instanceof Statement.AlterTable other && other.table().sameObject(at.table())) {
                for (AlterAction.Other o : other.actions(AlterAction.Other.class)) {
                    if (o.keyword().toUpperCase(Locale.ROOT).startsWith("EXCHANGE PARTITION")) {
                        exchanged.addAll(partitionNames(o.text()));
                    }
                }
            } else if (RowWrite.of(s.model()).map(w -> w.table().sameObject(at.table())).orElse(false)
                    || s.model() instanceof Statement.Insert insert && insert.table().sameObject(at.table())) {
                exchanged.clear(); // rows may have arrived since
            }
        }
        return !named.isEmpty() && exchanged.containsAll(named);
    }

    /** The partition names after {@code DROP|TRUNCATE|EXCHANGE PARTITION}, lower-cased, up to WITH or the end. */
    private static List<String> partitionNames(String action) {
        String list = action.replaceAll("(?is)^\\s*\\w+\\s+PARTITION\\s+", "").replaceAll("(?is)\\s+WITH\\s+.*$", "");
        return java.util.Arrays.stream(list.split(",")).map(n -> n.trim().replace("`", "").toLowerCase(Locale.ROOT))
                .filter(n -> !n.isEmpty()).toList();
    }
}
