package dev.miglint.schema;

import dev.miglint.model.DataType;
import dev.miglint.model.SqlExpr;

/** A column as the history left it. {@code type} is null when the history never declared it. */
public record ColumnState(String name, DataType type, boolean notNull, SqlExpr defaultValue, boolean newInMigration) {

    ColumnState withType(DataType t) {
        return new ColumnState(name, t, notNull, defaultValue, newInMigration);
    }

    ColumnState withNotNull(boolean n) {
        return new ColumnState(name, type, n, defaultValue, newInMigration);
    }

    ColumnState withDefault(SqlExpr d) {
        return new ColumnState(name, type, notNull, d, newInMigration);
    }

    ColumnState settled() {
        return new ColumnState(name, type, notNull, defaultValue, false);
    }

    ColumnState renamed(String to) {
        return new ColumnState(to, type, notNull, defaultValue, newInMigration);
    }
}
