package dev.miglint.schema;

import dev.miglint.model.DataType;
import dev.miglint.model.SqlExpr;

/**
 * A column as the history left it. {@code type} is null when the history never declared it. {@code charset}: the
 * MySQL character set of its values (its own CHARACTER SET/COLLATE, else the table's default when it was defined),
 * null when unknown. {@code uniformValue}: for a column added to an existing table in the current migration, the
 * value every pre-existing row holds when it is one and the same (see
 * {@link dev.miglint.model.ColumnDef#uniformValueForExistingRows()}); null otherwise or after an UPDATE of the table.
 * {@code collation}: PostgreSQL, the column's own COLLATE (normalized name), null for its type's default collation.
 */
public record ColumnState(String name, DataType type, boolean notNull, SqlExpr defaultValue, boolean newInMigration,
        String charset, String uniformValue, String collation) {

    public ColumnState(String name, DataType type, boolean notNull, SqlExpr defaultValue, boolean newInMigration,
            String charset, String uniformValue) {
        this(name, type, notNull, defaultValue, newInMigration, charset, uniformValue, null);
    }

    public ColumnState(String name, DataType type, boolean notNull, SqlExpr defaultValue, boolean newInMigration) {
        this(name, type, notNull, defaultValue, newInMigration, null, null, null);
    }

    ColumnState withType(DataType t) {
        return new ColumnState(name, t, notNull, defaultValue, newInMigration, charset, uniformValue, collation);
    }

    ColumnState withNotNull(boolean n) {
        return new ColumnState(name, type, n, defaultValue, newInMigration, charset, uniformValue, collation);
    }

    ColumnState withDefault(SqlExpr d) {
        return new ColumnState(name, type, notNull, d, newInMigration, charset, uniformValue, collation);
    }

    ColumnState withCharset(String c) {
        return new ColumnState(name, type, notNull, defaultValue, newInMigration, c, uniformValue, collation);
    }

    ColumnState withUniformValue(String v) {
        return new ColumnState(name, type, notNull, defaultValue, newInMigration, charset, v, collation);
    }

    ColumnState withCollation(String c) {
        return new ColumnState(name, type, notNull, defaultValue, newInMigration, charset, uniformValue, c);
    }

    ColumnState settled() {
        return new ColumnState(name, type, notNull, defaultValue, false, charset, null, collation);
    }

    ColumnState renamed(String to) {
        return new ColumnState(to, type, notNull, defaultValue, newInMigration, charset, uniformValue, collation);
    }
}
