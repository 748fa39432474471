package dev.miglint.rules.builtin;

import dev.miglint.model.Dialect;
import dev.miglint.model.SyntaxProblem;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/**
 * A statement that is not valid SQL: the database will reject it and the deploy stops there. Only with evidence
 * (see the parse layer's syntax evidence); SQL that is valid but not understood stays an unparsed-statement note.
 */
@RuleDefinition(id = "syntax-error", level = Level.ERROR,
        summary = "This statement is not valid SQL: the database will reject it.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class SyntaxError implements Rule {

    @Override
    public void check(RuleContext context) {
        SyntaxProblem problem = context.statement().syntaxProblem();
        if (problem != null) {
            context.report(problem.at(), problem.message(), RuleHelp.of(this).text());
        }
    }
}
