package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.HostEffects;
import dev.miglint.rules.Concern;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** Shell commands and file access from a migration: a way out of the database for whoever can change its SQL. */
@RuleDefinition(id = "host-access", concern = Concern.SECURITY, level = Level.ERROR,
        summary = "A migration runs a shell command or reads or writes files on the database server or the machine running it.",
        dialects = {Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE})
public final class HostAccess implements Rule {

    @Override
    public void check(RuleContext context) {
        for (HostEffects.Effect effect : context.statement().tokens().hostEffects()) {
            if (effect.kind() == HostEffects.Kind.UNTRUSTED_CODE) {
                continue;
            }
            context.report(effect.description(),
                    RuleHelp.of(this).text());
            return;
        }
    }
}
