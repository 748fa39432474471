package dev.miglint.rules.postgres;

import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

@RuleDefinition(id = "lock-outside-transaction", level = Level.ERROR,
        summary = "LOCK TABLE (any mode) outside a transaction block: PostgreSQL refuses it.")
public final class LockOutsideTransaction implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.model() instanceof Statement.LockTable && ctx.outsideTransactionBlock()) {
            ctx.report("LOCK TABLE outside a transaction block fails: \"LOCK TABLE can only be used in transaction "
                    + "blocks\"", RuleHelp.of(this).text());
        }
    }
}
