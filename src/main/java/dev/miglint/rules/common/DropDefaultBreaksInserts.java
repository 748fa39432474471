package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;

/**
 * ALTER COLUMN ... DROP DEFAULT on a NOT NULL column that this migration added to an existing table: the running
 * release does not know the column, so its INSERTs leave it out and fail once the default is gone. This is what an
 * ORM emits when it adds a NOT NULL column with a default for the existing rows only (Django's AddField).
 */
@RuleDefinition(id = "drop-default-breaks-inserts", level = Level.ERROR,
        summary = "DROP DEFAULT on a NOT NULL column the running release does not know: its INSERTs start failing.",
        dialects = {Dialect.POSTGRES, Dialect.MYSQL})
public final class DropDefaultBreaksInserts implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        for (AlterAction.DropDefault drop : at.actions(AlterAction.DropDefault.class)) {
            String column = drop.column();
            if (newNotNullWithDefault(context, at, column) && !settledLater(context, at, column)) {
                String table = at.table().sql(context.dialect());
                String quoted = Identifiers.quoteIfNeeded(column, context.dialect());
                context.report("DROP DEFAULT on " + table + "." + quoted + ", a NOT NULL column this migration added:"
                        + " the running release's INSERTs leave it out and fail",
                        RuleHelp.of(this).with("table", table).with("column", quoted)
                                .why(context.dialect() == Dialect.MYSQL ? "MySQL" : null).text());
            }
        }
    }

    /** Added by this migration (an earlier statement, or an earlier action of this one) as NOT NULL with a default. */
    private static boolean newNotNullWithDefault(RuleContext context, Statement.AlterTable at, String column) {
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef def = add.column();
            if (def.name().equals(column)) {
                return def.notNull() && def.defaultValue() != null;
            }
        }
        if (!context.schema().isNewColumn(at.table(), column)) {
            return false;
        }
        ColumnState state = context.schema().table(at.table()).flatMap(t -> t.column(column)).orElse(null);
        return state != null && state.notNull() && state.defaultValue() != null;
    }

    /** This statement or a later one of the migration gives the column a default again, lets it be NULL, or drops it. */
    private static boolean settledLater(RuleContext context, Statement.AlterTable at, String column) {
        return context.alterActionsFromHere(at.table()).stream().anyMatch(a ->
                a instanceof AlterAction.SetDefault sd && sd.column().equals(column)
                        || a instanceof AlterAction.DropNotNull dn && dn.column().equals(column)
                        || a instanceof AlterAction.DropColumn dc && dc.column().equals(column));
    }
}
