package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.AddColumnRewrite;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/**
 * ADD COLUMN whose default must be computed per row (volatile function, serial, identity) on an existing
 * table; before PostgreSQL 11 any non-null default.
 */
@RuleDefinition(id = "volatile-default-rewrite", level = Level.ERROR,
        summary = "Adding a column with a volatile default (or any default before PostgreSQL 11) rewrites the table under an ACCESS EXCLUSIVE lock.")
public final class VolatileDefaultRewrite implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (c.generated() != ColumnDef.Generated.NONE) {
                continue; // stored-generated-column
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String cause = AddColumnRewrite.cause(c, context.pgVersion(), context.schema());
            if (cause == null) {
                continue;
            }
            String message = "ADD COLUMN " + column + " with " + cause + " rewrites existing table " + table
                    + " under an ACCESS EXCLUSIVE lock";
            boolean userFunction = cause(c, context.pgVersion()) == null
                    && AddColumnRewrite.volatileUserFunction(c, context.schema()).isPresent();
            String help = "Why: " + (userFunction ? USER_FUNCTION_WHY : why(c, context.pgVersion())) + " ALTER TABLE holds an ACCESS EXCLUSIVE lock on " + table
                    + " for the whole rewrite: all reads and writes wait, and every index is rebuilt.\n"
                    + (userFunction ? defaultLaterRecipe(table, column, c) : recipe(table, column, c, domainBase(context, c)));
            context.report(message, help);
        }
    }

    private static final String USER_FUNCTION_WHY = "a function created without IMMUTABLE or STABLE is VOLATILE, so"
            + " PostgreSQL evaluates the default once per existing row and writes a new copy of the table (declare the"
            + " function STABLE or IMMUTABLE if its result really does not change within a statement).";

    /** What makes this ADD COLUMN rewrite, as a phrase, or null when it does not. */
    private static String cause(ColumnDef c, int pgVersion) {
        return AddColumnRewrite.cause(c, pgVersion);
    }

    private static String why(ColumnDef c, int pgVersion) {
        if (cause(c, pgVersion) == null) {
            return "the column's type is a domain with constraints: PostgreSQL gives the new column an explicit default"
                    + " of NULL coerced to the domain, evaluates it for every existing row against the domain's"
                    + " constraints, and writes a new copy of the table (it fails at once if the domain is NOT NULL).";
        }
        if (c.identity() || c.type() != null && c.type().isSerial()) {
            return "every existing row gets its own value from the sequence, so PostgreSQL writes a new copy of the table.";
        }
        if (c.defaultValue().volatility().isVolatile()) {
            return "a volatile default is evaluated once per existing row, so PostgreSQL writes a new copy of the table"
                    + " (only non-volatile defaults are stored in the catalog without a rewrite, since PostgreSQL 11).";
        }
        return "before PostgreSQL 11 every ADD COLUMN with a non-null default writes the value into every row"
                + " (PostgreSQL " + pgVersion + " is configured).";
    }

    /** The base type of the column's domain type, as written in CREATE DOMAIN, or a placeholder. */
    private static String domainBase(RuleContext context, ColumnDef c) {
        if (c.type() == null) {
            return "<base type>";
        }
        String n = c.type().name();
        return context.schema().domain(dev.miglint.model.QualifiedName.of(n.substring(n.lastIndexOf('.') + 1)))
                .map(d -> d.baseType().raw()).orElse("<base type>");
    }

    private static String recipe(String table, String column, ColumnDef c, String domainBase) {
        if (cause(c, 15) == null) {
            return "Safe recipe: ALTER TABLE " + table + " ADD COLUMN " + column + " " + domainBase
                    + " (the domain's base type: metadata only); backfill in batches if needed; then enforce the"
                    + " domain's rule with ALTER TABLE " + table + " ADD CONSTRAINT <name> CHECK (...) NOT VALID and"
                    + " VALIDATE CONSTRAINT in a later migration; switch the column to the domain only on an empty"
                    + " table or in a maintenance window (ALTER COLUMN ... TYPE " + (c.type() == null ? "<domain>" : c.type().raw())
                    + " rechecks every row).";
        }
        if (c.identity() || c.type() != null && c.type().isSerial()) {
            String base = c.type() != null && (c.type().is("smallserial") || c.type().is("smallint")) ? "smallint"
                    : c.type() != null && (c.type().is("serial") || c.type().is("integer")) ? "integer" : "bigint";
            return "Safe recipe: ALTER TABLE " + table + " ADD COLUMN " + column + " " + base
                    + "; create a sequence and ALTER TABLE " + table + " ALTER COLUMN " + column
                    + " SET DEFAULT nextval('<sequence>') (new rows only, no rewrite); backfill existing rows in small"
                    + " batches; then add NOT NULL with a CHECK (" + column + " IS NOT NULL) NOT VALID constraint,"
                    + " VALIDATE it in a later migration, and SET NOT NULL.";
        }
        return defaultLaterRecipe(table, column, c);
    }

    private static String defaultLaterRecipe(String table, String column, ColumnDef c) {
        String type = c.type() == null ? "<type>" : c.type().raw();
        String def = c.defaultValue() == null ? "<default>" : c.defaultValue().text().trim();
        return "Safe recipe: ALTER TABLE " + table + " ADD COLUMN " + column + " " + type + "; then ALTER TABLE " + table
                + " ALTER COLUMN " + column + " SET DEFAULT " + def + " (applies to new rows only, no rewrite);"
                + " backfill existing rows in small batches; if the column must be NOT NULL, add CHECK (" + column
                + " IS NOT NULL) NOT VALID, VALIDATE it in a later migration, then SET NOT NULL.";
    }
}
