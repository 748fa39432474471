package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.AddColumnRewrite;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/**
 * ADD COLUMN whose default must be computed per row (volatile function, serial, identity) on an existing
 * table; before PostgreSQL 11 any non-null default.
 */
@RuleDefinition(id = "volatile-default-rewrite", level = Level.ERROR,
        summary = "Adding a column with a volatile default (or any default before PostgreSQL 11) rewrites the table under an ACCESS EXCLUSIVE lock.")
public final class VolatileDefaultRewrite implements Rule {

    @Override
    public void check(RuleContext context) {
        for (RuleContext.OnTable<AlterAction.AddColumn> add : context.actionsOnExistingTable(AlterAction.AddColumn.class)) {
            String table = add.table().sql();
            ColumnDef c = add.action().column();
            String cause = AddColumnRewrite.cause(c, context.pgVersion(), context.schema());
            if (cause == null) {
                continue; // also a generated column: stored-generated-column
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            RuleHelp help = RuleHelp.of(this).with("table", table).with("column", column)
                    .with("type", c.type() == null ? "<type>" : c.type().raw())
                    .with("default", c.defaultValue() == null ? "<default>" : c.defaultValue().text().trim())
                    .adding(true, "lock");
            String variant = variant(c, context.pgVersion(), context);
            if (variant != null) {
                help.why(variant);
            }
            if ("sequence".equals(variant) || "domain".equals(variant)) {
                help.fix(variant).with("base_type", variant.equals("domain") ? domainBase(context, c) : sequenceBase(c));
            }
            context.report("ADD COLUMN " + column + " with " + cause + " rewrites existing table " + table
                    + " under an ACCESS EXCLUSIVE lock", help.with("pg_version", context.pgVersion()).text());
        }
    }

    /** The page's Why variant for what makes the column rewrite, or null for a volatile default. */
    private static String variant(ColumnDef c, int pgVersion, RuleContext context) {
        if (AddColumnRewrite.cause(c, pgVersion) == null) {
            return AddColumnRewrite.volatileUserFunction(c, context.schema()).isPresent() ? "user function" : "domain";
        }
        if (c.identity() || c.type() != null && c.type().isSerial()) {
            return "sequence";
        }
        return c.defaultValue().volatility().isVolatile() ? null : "before PostgreSQL 11";
    }

    /** The integer type behind a serial or identity column. */
    private static String sequenceBase(ColumnDef c) {
        return c.type() != null && (c.type().is("smallserial") || c.type().is("smallint")) ? "smallint"
                : c.type() != null && (c.type().is("serial") || c.type().is("integer")) ? "integer" : "bigint";
    }

    /** The base type of the column's domain type, as written in CREATE DOMAIN, or a placeholder. */
    private static String domainBase(RuleContext context, ColumnDef c) {
        if (c.type() == null) {
            return "<base type>";
        }
        String n = c.type().name();
        return context.schema().domain(QualifiedName.of(n.substring(n.lastIndexOf('.') + 1)))
                .map(d -> d.baseType().raw()).orElse("<base type>");
    }
}
