package dev.miglint.rules.postgres;

import dev.miglint.model.DeclaredColumns;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** json columns. */
@RuleDefinition(id = "prefer-jsonb", level = Level.NOTE, downSteps = false,
        summary = "Use jsonb instead of json.")
public final class PreferJsonb implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumns.Declared d : DeclaredColumns.of(context.model())) {
            if (d.type() == null || !d.type().is("json")) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(d.column());
            context.reportAdvice("Column " + column + " of " + d.table().sql() + " is json; prefer jsonb",
                    RuleHelp.of(this).with("column", column).with("array", d.type().array() ? "[]" : ""),
                    g -> d.type().array() ? java.util.Optional.empty() : g.jsonb(d.column()));
        }
    }
}
