package dev.miglint.rules.postgres;

import dev.miglint.model.StatementTokens;
import dev.miglint.rules.Concern;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** SECURITY DEFINER on a function or procedure whose definition does not fix search_path. */
@RuleDefinition(id = "security-definer-without-search-path", concern = Concern.SECURITY, level = Level.WARNING,
        summary = "A SECURITY DEFINER function without SET search_path runs its owner's rights on objects a caller can substitute.")
public final class SecurityDefinerWithoutSearchPath implements Rule {

    @Override
    public void check(RuleContext context) {
        StatementTokens text = context.statement().tokens();
        // the body is a string token, so only the routine's own clauses can match
        boolean routine = text.contains("CREATE", "FUNCTION") || text.contains("CREATE", "PROCEDURE")
                || text.contains("REPLACE", "FUNCTION") || text.contains("REPLACE", "PROCEDURE")
                || text.contains("ALTER", "FUNCTION") || text.contains("ALTER", "PROCEDURE");
        if (!routine || !text.contains("SECURITY", "DEFINER") || text.contains("SET", "SEARCH_PATH")) {
            return;
        }
        context.report("SECURITY DEFINER without SET search_path: callers can make it run their own functions "
                        + "and operators with the owner's rights",
                RuleHelp.of(this).text());
    }
}
