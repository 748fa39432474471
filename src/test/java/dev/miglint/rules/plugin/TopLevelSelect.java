package dev.miglint.rules.plugin;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** A rule that declares it has no verdict on statements inside DO blocks and routine bodies. */
@RuleDefinition(id = "team-top-level-select", level = Level.WARNING, summary = "A SELECT outside any block.",
        dialects = {Dialect.POSTGRES}, nestedStatements = false)
public final class TopLevelSelect implements Rule {

    @Override
    public void check(RuleContext context) {
        if (context.model() instanceof Statement.Other other && other.keyword().equals("SELECT")) {
            context.report("SELECT at line " + context.statement().span().start(), "Move queries to a script.");
        }
    }
}
