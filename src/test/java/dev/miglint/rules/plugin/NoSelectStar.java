package dev.miglint.rules.plugin;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** A rule as a third-party jar would ship it: not listed in miglint's own services file. */
@RuleDefinition(id = "team-no-select-in-migrations", level = Level.WARNING,
        summary = "Our team keeps queries out of migrations.", dialects = {Dialect.POSTGRES})
public final class NoSelectStar implements Rule {

    @Override
    public void check(RuleContext context) {
        if (context.model() instanceof Statement.Other other && other.keyword().equals("SELECT")) {
            context.report("SELECT in a migration", "Move queries to a script.");
        }
    }
}
