package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.DataType;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unique index or key over columns added in this migration that hold one and the same value in every existing
 * row (a constant default, or MySQL's implicit default of a NOT NULL column): the build fails with a duplicate key
 * as soon as the table has two rows.
 */
@RuleDefinition(id = "unique-index-on-uniform-column", level = Level.ERROR,
        summary = "A unique index or key over a column just added with the same value in every existing row fails on duplicates.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class UniqueIndexOnUniformColumn implements Rule {

    /** A key column with the value every existing row shares, and its type (null when unknown). */
    private record Uniform(String column, String value, DataType type) { }

    @Override
    public void check(RuleContext context) {
        if (context.model() instanceof Statement.CreateIndex ci && ci.unique() && ci.where() == null && ci.table() != null) {
            String name = ci.name() == null ? "" : " " + Identifiers.quoteIfNeeded(ci.name(), context.dialect());
            check(context, ci.table(), ci.columns(), Map.of(), "CREATE UNIQUE INDEX" + name);
        } else if (context.model() instanceof Statement.AlterTable at && context.dialect() != Dialect.SQLITE) {
            // SQLite has no ADD CONSTRAINT, and refuses ADD COLUMN ... UNIQUE (sqlite-add-unique-column)
            Map<String, ColumnDef> added = new HashMap<>();
            at.actions(AlterAction.AddColumn.class).forEach(a -> added.put(a.column().name(), a.column()));
            for (AlterAction.AddConstraint ac : at.actions(AlterAction.AddConstraint.class)) {
                ConstraintDef c = ac.constraint();
                if ((c.kind() == ConstraintDef.Kind.UNIQUE || c.kind() == ConstraintDef.Kind.PRIMARY_KEY)
                        && !c.columns().isEmpty()) {
                    String kind = c.kind() == ConstraintDef.Kind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE";
                    check(context, at.table(), c.columns(), added, "ALTER TABLE " + at.table().sql(context.dialect())
                            + " ADD " + kind);
                }
            }
        }
    }

    private void check(RuleContext context, QualifiedName table, List<String> keyColumns,
            Map<String, ColumnDef> addedHere, String what) {
        if (keyColumns.isEmpty() || context.schema().isScanFree(table)) {
            return; // a new or emptied table has no rows to collide
        }
        List<Uniform> uniform = new ArrayList<>();
        for (String column : keyColumns) {
            Uniform u = uniform(context, table, column, addedHere);
            if (u == null) {
                return; // one key column that may differ between rows keeps the keys distinct
            }
            uniform.add(u);
        }
        Dialect d = context.dialect();
        String t = table.sql(d);
        List<String> cols = uniform.stream().map(u -> Identifiers.quoteIfNeeded(u.column(), d)).toList();
        String values = String.join(", ", uniform.stream().map(u -> Identifiers.quoteIfNeeded(u.column(), d) + " = "
                + (u.value().equals(ColumnDef.IMPLICIT_DEFAULT) ? implicitDefault(u.type()) : u.value())).toList());
        String error = switch (d) {
            case POSTGRES -> "ERROR: could not create unique index ... Key (...) is duplicated (SQLSTATE 23505)";
            case MYSQL -> "ERROR 1062: Duplicate entry ... for key";
            case SQLITE -> "UNIQUE constraint failed";
        };
        String first = cols.get(0);
        Uniform u0 = uniform.get(0);
        String type = u0.type() == null ? "<type>" : u0.type().raw();
        String index = (what.startsWith("CREATE") ? what : "CREATE UNIQUE INDEX " + Identifiers.quoteIfNeeded(
                table.name() + "_" + String.join("_", uniform.stream().map(Uniform::column).toList()) + "_key", d))
                + " ON " + t + " (" + String.join(", ", cols) + ")";
        context.report(what + " on " + t + " (" + String.join(", ", cols) + ") fails with a duplicate key when " + t
                        + " has 2 or more rows: every existing row holds " + values + " (column"
                        + (cols.size() > 1 ? "s" : "") + " added in this migration)",
                RuleHelp.of(this).with("table", t).with("columns", String.join(", ", cols))
                        .with("key", what.contains("PRIMARY KEY") ? "key" : "index").with("error", error)
                        .with("first", first).with("type", type).with("index", index)
                        .with("concurrently", d == Dialect.POSTGRES ? " (CONCURRENTLY)" : "").text());
    }

    /** MySQL's implicit default of a NOT NULL column of this type, as the rows hold it. */
    private static String implicitDefault(DataType type) {
        String name = type == null ? "" : type.name().toLowerCase(java.util.Locale.ROOT);
        String value;
        if (name.contains("char") || name.contains("text") || name.contains("binary") || name.contains("blob")) {
            value = "''";
        } else if (name.startsWith("enum") && !type.args().isEmpty()) {
            value = type.args().get(0);
        } else if (name.matches("(tiny|small|medium|big)?int(eger)?( unsigned)?|decimal|numeric|float|double|real|bit|bool(ean)?.*")) {
            value = "0";
        } else if (name.startsWith("date") || name.startsWith("time") || name.equals("year")) {
            value = "the zero date";
        } else {
            value = "the type's implicit value";
        }
        return value + " (MySQL's implicit default of a NOT NULL column added without DEFAULT)";
    }

    /** The key column's shared value in every existing row, or null when rows may differ (or hold NULL). */
    private static Uniform uniform(RuleContext context, QualifiedName table, String column, Map<String, ColumnDef> addedHere) {
        String value;
        DataType type;
        ColumnDef here = addedHere.get(column);
        if (here != null) {
            value = here.uniformValueForExistingRows();
            type = here.type();
        } else {
            ColumnState state = context.schema().table(table).flatMap(t -> t.column(column)).orElse(null);
            if (state == null || !state.newInMigration()) {
                return null;
            }
            value = state.uniformValue();
            type = state.type();
        }
        if (value == null || value.equals(ColumnDef.IMPLICIT_DEFAULT) && context.dialect() != Dialect.MYSQL) {
            // PostgreSQL and SQLite refuse a NOT NULL column without default on a table with rows (other rules)
            return null;
        }
        return new Uniform(column, value, type);
    }
}
