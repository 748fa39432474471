package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

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
                RuleHelp.of(this).with("schema", from).with("new_schema", to).text());
    }
}
