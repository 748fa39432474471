package dev.miglint.rules.postgres;

import dev.miglint.model.DeclaredColumns;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** char(n) / character(n) columns (not varchar). */
@RuleDefinition(id = "prefer-text-over-char", level = Level.NOTE, downSteps = false,
        summary = "Use text (or varchar) instead of blank-padded char(n).")
public final class PreferTextOverChar implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumns.Declared d : DeclaredColumns.of(context.model())) {
            // the quoted "char" is PostgreSQL's internal one-byte type, not char(n)
            if (d.type() == null || !d.type().is("char") || d.type().raw().startsWith("\"")) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(d.column());
            int n = d.type().firstArg();
            String check = n > 0 ? " with CHECK (char_length(" + column + ") = " + n + ") if the length is fixed" : "";
            context.reportAdvice("Column " + column + " of " + d.table().sql() + " is " + d.type().raw()
                            + ", which pads values with spaces; prefer text",
                    RuleHelp.of(this).with("column", column).with("length_check", check),
                    g -> d.type().array() ? java.util.Optional.empty() : g.text(d.column()));
        }
    }
}
