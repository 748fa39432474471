package dev.miglint.rules.mysql;

import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.RowWrite;
import dev.miglint.model.WhereClause;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.RowScope;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * UPDATE / DELETE on an existing MySQL table whose WHERE no index can serve: InnoDB then reads the whole table and
 * takes a next-key lock on every row it scans (not only the rows it changes), so the statement blocks writers to
 * the whole table until it commits. Only concluded when the history declared the table (its keys are known) and
 * every part of the WHERE was read.
 */
@RuleDefinition(id = "mysql-unindexed-write", level = Level.WARNING,
        summary = "UPDATE or DELETE whose WHERE no index serves: InnoDB scans and locks every row of the table.",
        dialects = {Dialect.MYSQL})
public final class MysqlUnindexedWrite implements Rule {
    /** A multi-table UPDATE/DELETE: the WHERE may seek through the other table, which this rule does not model. */
    private static final Pattern MULTI_TABLE = Pattern.compile("(?is)\\bJOIN\\b|\\bUSING\\b|^\\s*DELETE\\s+\\w+(\\s*,\\s*\\w+)*\\s+FROM");

    @Override
    public void check(RuleContext context) {
        RowWrite write = RowWrite.of(context.model()).orElse(null);
        if (write == null) {
            return;
        }
        QualifiedName table = write.table();
        WhereClause where = write.where();
        String verb = write.verb();
        if (context.schema().isNewTable(table) || MULTI_TABLE.matcher(context.statement().text()).find()
                || RowScope.of(context.model(), context.schema()).unbounded()) {
            return; // every row anyway (update/delete-without-where)
        }
        Set<String> seekable = context.schema().unindexedFilter(table, where).orElse(null);
        if (seekable == null) {
            return; // an index may serve it, or the keys or a condition are unknown
        }
        String name = table.sql(Dialect.MYSQL);
        String columns = seekable.isEmpty() ? "no column an index could seek" : String.join(", ", seekable);
        context.report(verb + " " + name + " WHERE " + where.text().trim() + " uses no index: InnoDB scans and locks every row of "
                        + name,
                RuleHelp.of(this).with("table", name).with("columns", columns).with("verb", verb)
                        .with("changes", verb.equals("UPDATE") ? "changes" : "deletes")
                        .with("column", seekable.isEmpty() ? "the filtered column" : seekable.iterator().next()).text());
    }
}
