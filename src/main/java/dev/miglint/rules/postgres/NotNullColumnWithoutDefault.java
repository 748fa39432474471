package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** ADD COLUMN ... NOT NULL without a default on a table that may hold rows: fails with 23502. */
@RuleDefinition(id = "not-null-column-without-default", level = Level.ERROR,
        summary = "Adding a NOT NULL column without a default fails on a table that has rows.")
public final class NotNullColumnWithoutDefault implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at) || context.schema().isNewTable(at.table())) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (!c.effectivelyNotNull() || c.generated() != ColumnDef.Generated.NONE) {
                continue;
            }
            boolean hasDefault = c.identity() || c.type() != null && c.type().isSerial()
                    || c.defaultValue() != null && !c.defaultValue().isNullLiteral();
            if (hasDefault) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String type = c.type() == null ? "<type>" : c.type().raw();
            context.report("ADD COLUMN " + column + " NOT NULL without a default fails if existing table " + table
                            + " has any rows",
                    "Why: existing rows would get NULL in " + column + ", so PostgreSQL aborts the ALTER TABLE with"
                            + " \"column contains null values\" (SQLSTATE 23502) as soon as " + table
                            + " is not empty, and the deployment fails.\n"
                            + "Safe recipe: ALTER TABLE " + table + " ADD COLUMN " + column + " " + type
                            + "; backfill it in small batches; ALTER TABLE " + table + " ADD CONSTRAINT "
                            + Identifiers.quoteIfNeeded(Identifiers.normalize(c.name()) + "_not_null") + " CHECK ("
                            + column + " IS NOT NULL) NOT VALID; in a later migration VALIDATE CONSTRAINT it and then"
                            + " ALTER COLUMN " + column + " SET NOT NULL (PostgreSQL 12+ skips the scan). Or add the column"
                            + " with a constant DEFAULT, which PostgreSQL 11+ stores without a rewrite.");
        }
    }
}
