package dev.miglint.rules.postgres;

import dev.miglint.model.DeclaredColumns;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** json columns. */
@RuleDefinition(id = "prefer-jsonb", level = Level.NOTE,
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
                    "Why: json stores the text as written and re-parses it on every access; it has no equality operator"
                            + " (DISTINCT, GROUP BY and UNIQUE fail) and no GIN index support. jsonb is parsed once and"
                            + " indexable. Keep json only if you need key order or duplicate keys preserved.",
                    "declare " + column + " as jsonb" + (d.type().array() ? "[]" : "") + ".",
                    g -> d.type().array() ? java.util.Optional.empty() : g.jsonb(d.column()));
        }
    }
}
