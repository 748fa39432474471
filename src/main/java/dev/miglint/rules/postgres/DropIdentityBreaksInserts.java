package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/**
 * ALTER COLUMN ... DROP IDENTITY on an existing table without giving the column a default in the same migration:
 * the column stays NOT NULL, so INSERTs that leave it out fail.
 */
@RuleDefinition(id = "drop-identity-breaks-inserts", level = Level.ERROR,
        summary = "DROP IDENTITY leaves a NOT NULL column without a default: INSERTs that omit it start failing.")
public final class DropIdentityBreaksInserts implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        for (AlterAction.DropIdentity drop : at.actions(AlterAction.DropIdentity.class)) {
            if (defaultedLater(context, at, drop.column())) {
                continue;
            }
            String table = at.table().sql();
            String column = Identifiers.quoteIfNeeded(drop.column());
            context.report("DROP IDENTITY on " + table + "." + column + " leaves a NOT NULL column without a default",
                    RuleHelp.of(this).with("table", table).with("column", column)
                            .with("sequence", at.table().name() + "_" + drop.column() + "_seq").text());
        }
    }

    /** This statement or a later one of the migration sets a default for the column, or drops the column. */
    private static boolean defaultedLater(RuleContext context, Statement.AlterTable at, String column) {
        return context.alterActionsFromHere(at.table()).stream().anyMatch(a ->
                a instanceof AlterAction.SetDefault sd && sd.column().equals(column)
                        || a instanceof AlterAction.DropColumn dc && dc.column().equals(column)
                        || a instanceof AlterAction.AddIdentity ai && ai.column().equals(column));
    }
}
