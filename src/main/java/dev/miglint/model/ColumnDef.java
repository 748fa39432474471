package dev.miglint.model;

/**
 * A column as declared in CREATE TABLE or ADD COLUMN. {@code defaultValue} is null when there is none;
 * inline constraints (PRIMARY KEY, UNIQUE, REFERENCES, CHECK) are returned as table constraints by the parser.
 */
public record ColumnDef(String name, DataType type, boolean notNull, SqlExpr defaultValue, Generated generated,
        boolean identity, boolean primaryKey, boolean unique, String charset, String collation) {

    public enum Generated { NONE, STORED, VIRTUAL }

    /** A column without a column-level CHARACTER SET or COLLATE clause. */
    public ColumnDef(String name, DataType type, boolean notNull, SqlExpr defaultValue, Generated generated,
            boolean identity, boolean primaryKey, boolean unique) {
        this(name, type, notNull, defaultValue, generated, identity, primaryKey, unique, null, null);
    }

    /**
     * What every row that exists when the column is added holds, when it is the same value for all of them:
     * the default's text for a constant (or stable, evaluated once) default, {@link #IMPLICIT_DEFAULT} for a NOT
     * NULL column without default (MySQL fills in the type's implicit default: '', 0, the first ENUM member);
     * null when rows get distinct values or NULL (identity, AUTO_INCREMENT, serial, a volatile default such as
     * gen_random_uuid(), a generated column) or NULL (which unique indexes treat as distinct).
     */
    public String uniformValueForExistingRows() {
        if (generated != Generated.NONE || identity || type != null && type.isSerial()) {
            return null;
        }
        if (defaultValue != null) {
            return defaultValue.isNullLiteral() || !sameForEveryRow(defaultValue) ? null : defaultValue.text().trim();
        }
        return effectivelyNotNull() ? IMPLICIT_DEFAULT : null;
    }

    private static final java.util.regex.Pattern CAST_SUFFIX = java.util.regex.Pattern.compile(
            "::\\s*\"?[A-Za-z_][\\w. \"]*(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?(\\[\\])*");
    private static final java.util.regex.Pattern ONCE_EVALUATED = java.util.regex.Pattern.compile(
            "(?i)\\(*\\s*(now\\s*\\(\\s*\\)|current_timestamp(\\s*\\(\\s*\\d*\\s*\\))?|current_date|current_time"
            + "|localtimestamp|localtime|transaction_timestamp\\s*\\(\\s*\\)|statement_timestamp\\s*\\(\\s*\\))\\s*\\)*");

    /**
     * A default every existing row receives the same value of: a literal (possibly cast), or a time function the
     * ALTER evaluates once. A call of any other function (user-defined ones included) may give distinct values.
     */
    private static boolean sameForEveryRow(SqlExpr value) {
        String plain = CAST_SUFFIX.matcher(value.text().trim()).replaceAll("");
        return ConstantLiteral.is(new SqlExpr(plain)) || ONCE_EVALUATED.matcher(plain).matches();
    }

    /** See {@link #uniformValueForExistingRows()}. */
    public static final String IMPLICIT_DEFAULT = "<implicit default>";

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
