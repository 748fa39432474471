package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.HostEffects;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** Shell commands and file access from a migration: a way out of the database for whoever can change its SQL. */
@RuleDefinition(id = "host-access", level = Level.ERROR,
        summary = "A migration runs a shell command or reads or writes files on the database server or the machine running it.",
        dialects = {Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE})
public final class HostAccess implements Rule {

    @Override
    public void check(RuleContext context) {
        for (HostEffects.Effect effect : HostEffects.of(context.statement().tokens())) {
            if (effect.kind() == HostEffects.Kind.UNTRUSTED_CODE) {
                continue;
            }
            context.report(effect.description(),
                    "Why: a migration runs with the privileges of the database owner or a superuser, on every "
                            + "environment, often in CI with secrets in the environment. A shell command or file "
                            + "access there reaches outside the database: it can read credentials, change the server, "
                            + "or send data elsewhere, and a dry run of the migration would do the same.\n"
                            + "Fix: load data with COPY ... FROM STDIN (or psql's \\copy from a file in the "
                            + "repository) and do file or shell work in a deployment script that is reviewed as such. "
                            + "If this is intended, suppress the finding with the reason.");
            return;
        }
    }
}
