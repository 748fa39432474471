package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.RowScope;
import dev.miglint.text.Phrases;

/** DELETE without WHERE (or with a WHERE that selects every row, see {@link RowScope}) on an existing table. */
@RuleDefinition(id = "delete-without-where", level = Level.ERROR,
        summary = "DELETE without a WHERE clause (or with one that matches every row) removes every row of an existing table.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class DeleteWithoutWhere implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Delete d)) {
            return;
        }
        RowScope scope = RowScope.everyRowWritten(d, context.schema()).orElse(null);
        if (scope == null) {
            return;
        }
        String table = d.table().sql(context.dialect());
        String where = d.hasWhere() ? " with WHERE " + d.where().text().trim() : " without WHERE";
        String because = d.hasWhere() ? Phrases.capitalize(scope.reason()) + ". " : "";
        context.report("DELETE FROM " + table + where + " deletes " + scope.rowsOf(table, context.dialect()),
                RuleHelp.of(this).with("because", because).with("table", table)
                        .adding(context.dialect() == Dialect.POSTGRES, "on PostgreSQL").text());
    }
}
