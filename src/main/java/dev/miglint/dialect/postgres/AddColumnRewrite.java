package dev.miglint.dialect.postgres;

import dev.miglint.model.ColumnDef;
import dev.miglint.schema.DomainState;
import dev.miglint.schema.SchemaView;
import java.util.Optional;

/** Whether ADD COLUMN rewrites the table on PostgreSQL, and why. */
public final class AddColumnRewrite {

    private AddColumnRewrite() {
    }

    /**
     * Why ADD COLUMN rewrites the table, as a phrase ("volatile DEFAULT random()"), or null when it does not:
     * identity and serial columns, a volatile default, any non-null default before PostgreSQL 11. Generated
     * columns are not judged here.
     */
    public static String cause(ColumnDef c, int pgVersion) {
        if (c.generated() != ColumnDef.Generated.NONE) {
            return null;
        }
        if (c.identity()) {
            return "GENERATED AS IDENTITY";
        }
        if (c.type() != null && c.type().isSerial()) {
            return "type " + c.type().raw();
        }
        if (c.defaultValue() == null || c.defaultValue().isNullLiteral()) {
            return null;
        }
        if (c.defaultValue().volatility().isVolatile()) {
            return "volatile DEFAULT " + c.defaultValue().text().trim();
        }
        if (pgVersion < 11) {
            return "DEFAULT " + c.defaultValue().text().trim() + " on PostgreSQL " + pgVersion;
        }
        return null;
    }

    /**
     * {@link #cause(ColumnDef, int)}, and a column without default whose type is a domain with
     * constraints (NOT NULL or CHECK): PostgreSQL then builds a default of NULL coerced to the domain, which it must
     * check row by row, so it rewrites the table (and fails at once if the domain is NOT NULL).
     */
    public static String cause(ColumnDef c, int pgVersion, SchemaView schema) {
        String cause = cause(c, pgVersion);
        if (cause != null || c.generated() != ColumnDef.Generated.NONE || c.type() == null || schema == null) {
            return cause;
        }
        if (c.defaultValue() != null && !c.defaultValue().isNullLiteral()) {
            return volatileUserFunction(c, schema).map(f -> "DEFAULT " + c.defaultValue().text().trim() + ", which calls "
                    + f + "(), a function declared VOLATILE (CREATE FUNCTION's default)").orElse(null);
        }
        String name = c.type().name();
        String bare = name.substring(name.lastIndexOf('.') + 1);
        if (bare.isBlank()) {
            return null; // no type name to look a domain up by (the column definition did not parse as one)
        }
        DomainState domain = schema.domain(dev.miglint.model.QualifiedName.of(bare)).orElse(null);
        if (domain == null || !domain.hasConstraints() || c.type().array()) {
            return null;
        }
        return "type " + c.type().raw() + ", a domain with " + (domain.checks() > 0 ? "CHECK" : "NOT NULL")
                + " constraints (its NULL default is checked against every row)";
    }

    /**
     * A function the column's default calls that the history created without IMMUTABLE or STABLE: PostgreSQL then
     * treats it as VOLATILE and evaluates it for every existing row (the name as called, lower-cased).
     */
    public static Optional<String> volatileUserFunction(ColumnDef c, SchemaView schema) {
        if (c.defaultValue() == null || schema == null) {
            return Optional.empty();
        }
        return dev.miglint.model.Volatility.calledFunctions(c.defaultValue().text()).stream()
                .filter(f -> schema.functionVolatility(dev.miglint.model.QualifiedName.of(f))
                        .map(dev.miglint.model.Volatility::isVolatile).orElse(false))
                .findFirst();
    }
}
