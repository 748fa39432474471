package dev.miglint.rules.postgres;

import dev.miglint.model.StatementTokens;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** SECURITY DEFINER on a function or procedure whose definition does not fix search_path. */
@RuleDefinition(id = "security-definer-without-search-path", level = Level.WARNING,
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
                "Why: a SECURITY DEFINER routine runs with its owner's privileges, but resolves unqualified names "
                        + "through the caller's search_path. A caller who can create objects in any schema on that "
                        + "path (or in pg_temp) can put a function or operator there that the routine then calls "
                        + "as its owner, often a superuser.\n"
                        + "Fix: fix the path in the definition, with pg_temp last, and schema-qualify what the body "
                        + "uses:\n    CREATE FUNCTION ... SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ ... $$;\n"
                        + "and REVOKE EXECUTE ... FROM PUBLIC unless everyone may call it.");
    }
}
