package dev.miglint.rules.postgres;

import dev.miglint.model.DeclaredColumns;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** timestamp without time zone columns. */
@RuleDefinition(id = "prefer-timestamptz", level = Level.NOTE, downSteps = false,
        summary = "Use timestamptz instead of timestamp without time zone.")
public final class PreferTimestamptz implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumns.Declared d : DeclaredColumns.of(context.model())) {
            if (d.type() == null || !d.type().is("timestamp")) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(d.column());
            String precision = d.type().args().isEmpty() ? "" : "(" + String.join(", ", d.type().args()) + ")";
            String precisionArg = d.type().args().isEmpty() ? null : String.join(", ", d.type().args());
            context.reportAdvice("Column " + column + " of " + d.table().sql() + " is " + d.type().raw()
                            + (d.type().raw().toLowerCase(java.util.Locale.ROOT).contains("without") ? "" : " (without time zone)")
                            + "; prefer timestamptz",
                    RuleHelp.of(this).with("column", column).with("precision", precision)
                            .with("array", d.type().array() ? "[]" : ""),
                    g -> d.type().array() ? java.util.Optional.empty() : g.timestamptz(d.column(), precisionArg));
        }
    }
}
