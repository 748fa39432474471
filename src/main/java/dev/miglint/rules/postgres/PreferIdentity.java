package dev.miglint.rules.postgres;

import dev.miglint.model.DeclaredColumns;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** serial/bigserial/smallserial columns: identity columns are the SQL-standard replacement. */
@RuleDefinition(id = "prefer-identity", level = Level.NOTE, downSteps = false,
        summary = "Use GENERATED ... AS IDENTITY instead of serial types.")
public final class PreferIdentity implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumns.Declared d : DeclaredColumns.of(context.model())) {
            if (d.definition() == null || d.type() == null || !d.type().isSerial()) {
                continue;
            }
            String base = d.type().is("bigserial") ? "bigint" : d.type().is("smallserial") ? "smallint" : "integer";
            String column = Identifiers.quoteIfNeeded(d.column());
            context.reportAdvice("Column " + column + " of " + d.table().sql() + " uses " + d.type().raw()
                            + "; prefer " + base + " GENERATED ALWAYS AS IDENTITY",
                    RuleHelp.of(this).with("column", column).with("base", base),
                    g -> g.identity(d.column(), base));
        }
    }
}
