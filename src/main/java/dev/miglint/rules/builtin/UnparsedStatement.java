package dev.miglint.rules.builtin;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** A statement neither parser understood is reported, never silently skipped. */
@RuleDefinition(id = "unparsed-statement", level = Level.NOTE,
        summary = "miglint could not parse this statement, so no rule checked it.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class UnparsedStatement implements Rule {

    @Override
    public void check(RuleContext context) {
        // invalid SQL is a syntax-error finding instead
        if (context.model() instanceof Statement.Unparsed unparsed && unparsed.invalid() == null) {
            context.report("statement not understood, so it was not checked: " + unparsed.reason(),
                    RuleHelp.of(this).text());
        }
    }
}
