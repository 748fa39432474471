package dev.miglint.model;

/**
 * A column as declared in CREATE TABLE or ADD COLUMN. {@code defaultValue} is null when there is none;
 * inline constraints (PRIMARY KEY, UNIQUE, REFERENCES, CHECK) are returned as table constraints by the parser.
 */
public record ColumnDef(String name, DataType type, boolean notNull, SqlExpr defaultValue, Generated generated,
        boolean identity, boolean primaryKey, boolean unique) {

    public enum Generated { NONE, STORED, VIRTUAL }

    public boolean hasDefault() {
        return defaultValue != null || identity || type != null && type.isSerial();
    }

    /**
     * An INSERT that does not name this column fails: NOT NULL (or PRIMARY KEY) without a default, an identity,
     * a serial type or a generated expression. {@code DEFAULT NULL} is no default.
     */
    public boolean requiresValueOnInsert() {
        boolean realDefault = defaultValue != null && !defaultValue.isNullLiteral();
        return effectivelyNotNull() && generated == Generated.NONE && !identity && !realDefault
                && !(type != null && type.isSerial());
    }

    /** NOT NULL in effect, including the implicit one of PRIMARY KEY. */
    public boolean effectivelyNotNull() {
        return notNull || primaryKey;
    }
}
