package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.Set;

/**
 * ALTER COLUMN TYPE or DROP COLUMN of a column a view uses: PostgreSQL refuses both (DROP ... CASCADE drops the
 * views instead), even when the type change alone would be free, and even on an empty table.
 */
@RuleDefinition(id = "column-used-by-view", level = Level.ERROR,
        summary = "A column a view uses cannot change type or be dropped: the migration fails (or CASCADE drops the view).")
public final class ColumnUsedByView implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction action : at.actions()) {
            if (action instanceof AlterAction.AlterColumnType change) {
                Set<String> views = context.schema().viewsUsingColumn(at.table(), change.column());
                if (!views.isEmpty()) {
                    String column = Identifiers.quoteIfNeeded(change.column());
                    context.report("ALTER COLUMN " + column + " TYPE fails: view " + String.join(", ", views)
                                    + " uses " + table + "." + column,
                            RuleHelp.of(this).with("views", String.join(", ", views)).with("table", table)
                                    .with("column", column).with("first_view", views.iterator().next()).text());
                }
            } else if (action instanceof AlterAction.DropColumn drop) {
                Set<String> views = context.schema().viewsUsingColumn(at.table(), drop.column());
                if (!views.isEmpty()) {
                    String column = Identifiers.quoteIfNeeded(drop.column());
                    context.report(drop.cascade()
                                    ? "DROP COLUMN " + column + " CASCADE also drops view " + String.join(", ", views)
                                    : "DROP COLUMN " + column + " fails: view " + String.join(", ", views) + " uses it",
                            RuleHelp.of(this).why(drop.cascade() ? "drop column cascade" : "drop column")
                                    .fix("drop column").with("table", table).with("column", column).text());
                }
            }
        }
    }
}
