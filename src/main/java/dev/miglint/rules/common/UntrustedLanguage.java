package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.HostEffects;
import dev.miglint.rules.Concern;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** Functions, DO blocks and extensions in languages that can reach the operating system. */
@RuleDefinition(id = "untrusted-language", concern = Concern.SECURITY, level = Level.WARNING,
        summary = "A function, DO block or extension in an untrusted language (plpython3u, plperlu, C, ...) can run programs as the server.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE})
public final class UntrustedLanguage implements Rule {

    @Override
    public void check(RuleContext context) {
        for (HostEffects.Effect effect : context.statement().tokens().hostEffects()) {
            if (effect.kind() != HostEffects.Kind.UNTRUSTED_CODE) {
                continue;
            }
            context.report(effect.description(),
                    RuleHelp.of(this).text());
            return;
        }
    }
}
