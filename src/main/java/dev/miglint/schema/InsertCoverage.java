package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Which columns of an INSERT ... SELECT's target get no value from it although they need one: NOT NULL without a
 * default and not filled by the database (identity / AUTO_INCREMENT, serial, generated, SQLite's rowid). Such an
 * INSERT fails on the first row the SELECT returns (PostgreSQL 23502, SQLite "NOT NULL constraint failed", MySQL
 * strict mode error 1364).
 */
public final class InsertCoverage {

    private InsertCoverage() {
    }

    /**
     * The target's columns that need a value and that {@code insert} does not fill: those missing from its column
     * list, or, without a column list, those past the end of its select list (when its length is known). Empty
     * when the target table or the select list is unknown.
     */
    public static List<ColumnState> requiredColumnsLeftOut(SchemaView schema, Statement.Insert insert, Dialect dialect) {
        if (!insert.fromSelect() || insert.source() == null || insert.table() == null) {
            return List.of();
        }
        TableState target = schema.table(insert.table()).orElse(null);
        if (target == null) {
            return List.of();
        }
        List<ColumnState> left = new ArrayList<>();
        if (!insert.columns().isEmpty()) {
            for (ColumnState c : target.columns()) {
                if (!insert.columns().contains(c.name()) && requiresValue(target, c, dialect)) {
                    left.add(c);
                }
            }
            return left;
        }
        int supplied = suppliedPositionally(schema, insert.source());
        List<ColumnState> columns = target.columns();
        if (!target.declared() || supplied < 0) {
            return List.of();
        }
        for (int i = supplied; i < columns.size(); i++) {
            if (requiresValue(target, columns.get(i), dialect)) {
                left.add(columns.get(i));
            }
        }
        return left;
    }

    /** How many leading columns a SELECT without a target column list fills, or -1 when not known. */
    private static int suppliedPositionally(SchemaView schema, Statement.SelectSource source) {
        if (source.items() < 0) {
            return -1;
        }
        if (!source.star()) {
            return source.items();
        }
        if (source.items() != 1) {
            return -1;
        }
        return schema.table(source.table()).filter(TableState::declared).map(t -> t.columns().size()).orElse(-1);
    }

    /**
     * An INSERT that leaves the column out fails: NOT NULL (or the PRIMARY KEY's implied NOT NULL, except on
     * SQLite) without a default, not identity / AUTO_INCREMENT / serial / generated, and not SQLite's
     * {@code INTEGER PRIMARY KEY} (the rowid, which SQLite assigns).
     */
    public static boolean requiresValue(TableState table, ColumnState c, Dialect dialect) {
        if (!c.notNull() || c.defaultValue() != null && !c.defaultValue().isNullLiteral()
                || table.fillsItself(c.name()) || c.type() != null && c.type().isSerial()) {
            return false;
        }
        if (dialect == Dialect.SQLITE) {
            return !table.notNullOnlyByPrimaryKey(c.name()) && !isRowidAlias(table, c);
        }
        return true;
    }

    /** SQLite: a single-column PRIMARY KEY declared {@code INTEGER} is the rowid; an INSERT without it gets one. */
    private static boolean isRowidAlias(TableState table, ColumnState c) {
        return c.type() != null && c.type().raw().trim().equalsIgnoreCase("integer")
                && table.constraints().stream().anyMatch(k -> k.definition().kind() == ConstraintDef.Kind.PRIMARY_KEY
                        && k.definition().columns().equals(List.of(c.name())));
    }
}
