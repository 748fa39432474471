package dev.miglint.rules.postgres;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.RoutineSignature;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.FunctionFacts;

/**
 * CREATE OR REPLACE FUNCTION of an overload the history created (same name, same input argument types) with another
 * result: PostgreSQL refuses it ("cannot change return type of existing function"), so the migration stops there.
 */
@RuleDefinition(id = "replace-function-changes-result", level = Level.ERROR,
        summary = "CREATE OR REPLACE FUNCTION that changes an existing function's return type fails.")
public final class ReplaceFunctionChangesResult implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.CreateRoutine cr) || cr.kind() != ObjectKind.FUNCTION
                || !cr.orReplace() || cr.name() == null || cr.signature() == null) {
            return;
        }
        RoutineSignature now = cr.signature();
        RoutineSignature before = context.schema().function(cr.name())
                .flatMap(f -> f.overload(now.argumentTypes())).orElse(null);
        if (before == null || before.result().equals(now.result())) {
            return;
        }
        String function = cr.name().sql() + "(" + String.join(", ", now.argumentTypes()) + ")";
        context.report("CREATE OR REPLACE FUNCTION " + function + " fails: it changes the result from "
                        + shown(before.result()) + " to " + shown(now.result()),
                RuleHelp.of(this).with("function", function).with("name", cr.name().sql()).text());
    }

    private static String shown(String result) {
        return result.isEmpty() ? "none" : result;
    }
}
