package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
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
                            "Why: PostgreSQL refuses to change the type of a column a view or rule depends on (\"cannot"
                                    + " alter type of a column used by a view or rule\"), whatever the table's size, so the"
                                    + " migration fails.\n"
                                    + "Safe recipe: in one transaction, DROP VIEW " + String.join(", ", views)
                                    + "; ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE ...; CREATE VIEW "
                                    + views.iterator().next() + " AS ... (the same definition); GRANT its privileges again.");
                }
            } else if (action instanceof AlterAction.DropColumn drop) {
                Set<String> views = context.schema().viewsUsingColumn(at.table(), drop.column());
                if (!views.isEmpty()) {
                    String column = Identifiers.quoteIfNeeded(drop.column());
                    context.report(drop.cascade()
                                    ? "DROP COLUMN " + column + " CASCADE also drops view " + String.join(", ", views)
                                    : "DROP COLUMN " + column + " fails: view " + String.join(", ", views) + " uses it",
                            (drop.cascade()
                                    ? "Why: CASCADE silently drops every view that uses " + table + "." + column
                                            + ", and the application's queries on those views fail from then on.\n"
                                    : "Why: PostgreSQL refuses to drop a column other objects depend on (\"cannot drop column"
                                            + " ... because other objects depend on it\"), so the migration fails.\n")
                                    + "Safe recipe: first change or drop the views that use " + column
                                    + " (CREATE OR REPLACE VIEW without the column is not allowed: DROP VIEW and CREATE VIEW"
                                    + " in one transaction), deploy code that no longer reads it, then drop the column.");
                }
            }
        }
    }
}
