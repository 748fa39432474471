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

/** UPDATE without WHERE (or with a WHERE that selects every row, see {@link RowScope}) on an existing table. */
@RuleDefinition(id = "update-without-where", level = Level.ERROR,
        summary = "UPDATE without a WHERE clause (or with one that matches every row) rewrites and locks every row of an existing table.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class UpdateWithoutWhere implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Update u)) {
            return;
        }
        RowScope scope = RowScope.everyRowWritten(u, context.schema()).orElse(null);
        if (scope == null) {
            return;
        }
        Dialect dialect = context.dialect();
        String table = u.table().sql(dialect);
        String where = u.hasWhere() ? " with WHERE " + u.where().text().trim() : " without WHERE";
        String because = u.hasWhere() ? Phrases.capitalize(scope.reason()) + ". " : "";
        context.report("UPDATE " + table + where + " rewrites and locks " + scope.rowsOf(table, context.dialect()),
                RuleHelp.of(this).with("table", table).with("because", because)
                        .why(switch (dialect) {
                            case POSTGRES -> null;
                            case MYSQL -> "MySQL";
                            case SQLITE -> "SQLite";
                        })
                        .fix(dialect == Dialect.MYSQL ? "MySQL" : null).text());
    }
}
