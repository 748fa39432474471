package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** ALTER SCHEMA ... RENAME TO. */
@RuleDefinition(id = "rename-schema", level = Level.ERROR,
        summary = "Renaming a schema breaks every query and search_path that uses the old name.")
public final class RenameSchema implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Rename r) || r.kind() != ObjectKind.SCHEMA
                || context.schema().createdInMigration(ObjectKind.SCHEMA, r.from())) {
            return;
        }
        String from = r.from().sql();
        String to = Identifiers.quoteIfNeeded(r.to());
        context.report("RENAME of schema " + from + " to " + to + " breaks code that still uses " + from,
                "Why: every qualified name " + from + ".<table> in running application code, views' callers, functions"
                        + " and search_path settings stops resolving at once.\n"
                        + "Safe recipe (expand/contract): create the new schema and move objects one by one (or create"
                        + " views in " + to + " over the tables in " + from + "), deploy code that uses " + to
                        + ", then remove " + from + " in a later migration.");
    }
}
