package dev.miglint.rules.common;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * UPDATE or DELETE of an existing table whose WHERE selects a range of a column that is not the key (an age, a date
 * cut-off, an amount) and nothing narrower: no equality filter, no key bound, no LIMIT. How many rows that is depends
 * on the data, and on a table that serves traffic a cut-off such as "older than 90 days" is usually most of it.
 */
@RuleDefinition(id = "range-write-in-one-statement", level = Level.WARNING,
        summary = "UPDATE or DELETE of a range of an existing table in one statement locks every row in the range until it commits.",
        dialects = {Dialect.POSTGRES, Dialect.MYSQL}, nestedStatements = false)
public final class RangeWriteInOneStatement implements Rule {

    @Override
    public void check(RuleContext context) {
        RowWrite write = RowWrite.of(context.model()).orElse(null);
        if (write == null) {
            return;
        }
        QualifiedName table = write.table();
        WhereClause where = write.where();
        if (where == null || !where.everyConjunctRead() || !where.pinnedColumns().isEmpty()
                || !where.joins().isEmpty() || context.schema().isScanFree(table)
                || context.statement().tokens().containsAtTopLevel("LIMIT")
                || RowScope.of(context.model(), context.schema()).kind() != RowScope.Kind.SOME_ROWS) {
            return;
        }
        Set<String> ranged = new TreeSet<>();
        where.orderedColumns().forEach(c -> ranged.add(c.toLowerCase(Locale.ROOT)));
        List<String> primaryKey = context.schema().primaryKeyColumns(table);
        Set<String> keys = new TreeSet<>(Set.of("id"));
        primaryKey.forEach(c -> keys.add(c.toLowerCase(Locale.ROOT)));
        if (ranged.isEmpty() || ranged.stream().anyMatch(keys::contains)) {
            return; // no range, or a bound on the key: a batch
        }
        String name = table.sql(context.dialect());
        String condition = where.text().trim();
        String key = primaryKey.isEmpty() ? "id" : primaryKey.get(0);
        context.report(write.verb() + " of existing table " + name + " WHERE " + condition + " " + write.doesTo()
                        + " every row in that range in one statement",
                RuleHelp.of(this).with("table", name).with("condition", condition).with("key", key)
                        .why(context.dialect() == Dialect.MYSQL ? "MySQL" : null)
                        .fix(context.dialect() == Dialect.MYSQL ? "MySQL" : null)
                        .with("statement", write.verb().equals("UPDATE") ? "UPDATE " + name + " SET ..." : "DELETE FROM " + name)
                        .text());
    }
}
