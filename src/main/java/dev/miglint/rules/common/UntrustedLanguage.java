package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.HostEffects;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** Functions, DO blocks and extensions in languages that can reach the operating system. */
@RuleDefinition(id = "untrusted-language", level = Level.WARNING,
        summary = "A function, DO block or extension in an untrusted language (plpython3u, plperlu, C, ...) can run programs as the server.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE})
public final class UntrustedLanguage implements Rule {

    @Override
    public void check(RuleContext context) {
        for (HostEffects.Effect effect : HostEffects.of(context.statement().tokens())) {
            if (effect.kind() != HostEffects.Kind.UNTRUSTED_CODE) {
                continue;
            }
            context.report(effect.description(),
                    "Why: untrusted languages have no sandbox. Their code runs inside the server process with the "
                            + "operating-system rights of the database server: it can run programs, read and write "
                            + "any file the server can, and open network connections. Only superusers may create "
                            + "such functions, so the migration also needs a superuser.\n"
                            + "Fix: write the function in SQL or PL/pgSQL, or in a trusted variant (plperl, pltcl, "
                            + "plv8) that cannot leave the database. If the untrusted language is required, suppress "
                            + "the finding with the reason so the review sees it.");
            return;
        }
    }
}
