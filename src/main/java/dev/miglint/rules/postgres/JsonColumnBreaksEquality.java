package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.DataType;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/**
 * A json column added to (or a column turned json in) a table the application already reads: json has no equality
 * operator, so the application's {@code SELECT DISTINCT *}, {@code UNION} (without ALL), {@code GROUP BY} and
 * row comparisons over the table's rows start failing as soon as the column exists.
 */
@RuleDefinition(id = "json-column-breaks-equality", level = Level.NOTE,
        summary = "A json column added to an existing table breaks the application's DISTINCT / UNION / GROUP BY queries over its rows.")
public final class JsonColumnBreaksEquality implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Statement.AlterTable at = ctx.alterOfExistingTable().orElse(null);
        if (at == null || ctx.schema().isNewTable(at.table())) {
            return;
        }
        for (AlterAction action : at.actions()) {
            String column;
            DataType type;
            if (action instanceof AlterAction.AddColumn add) {
                column = add.column().name();
                type = add.column().type();
            } else if (action instanceof AlterAction.AlterColumnType act) {
                column = act.column();
                type = act.type();
            } else {
                continue;
            }
            if (type == null || !type.is("json")) {
                continue;
            }
            String name = Identifiers.quoteIfNeeded(column);
            ctx.report("json column " + name + " on existing table " + Names.quoted(at.table())
                            + " breaks queries that compare its rows (DISTINCT, UNION, GROUP BY)",
                    RuleHelp.of(this).with("table", at.table().sql()).with("column", name).text());
        }
    }
}
