package dev.miglint.model;

import java.util.List;

/** One action of an ALTER TABLE statement. */
public sealed interface AlterAction {

    record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterAction { }

    record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterAction { }

    /**
     * {@code ALTER COLUMN c [SET DATA] TYPE t [USING e]}; MySQL MODIFY/CHANGE and libSQL {@code ALTER COLUMN c TO}
     * map here too: they restate the whole column, which {@code definition} then holds (null for the TYPE form).
     * {@code collation}: the TYPE form's {@code COLLATE c} (normalized name), null when absent: PostgreSQL then gives
     * the column the new type's default collation.
     */
    record AlterColumnType(String column, DataType type, SqlExpr using, ColumnDef definition, String collation)
            implements AlterAction {
        public AlterColumnType(String column, DataType type, SqlExpr using) {
            this(column, type, using, null, null);
        }

        public AlterColumnType(String column, DataType type, SqlExpr using, ColumnDef definition) {
            this(column, type, using, definition, null);
        }

        /** MODIFY / CHANGE / ALTER COLUMN ... TO: the statement restates the column's whole definition. */
        public boolean redefinesColumn() {
            return definition != null;
        }
    }

    record SetNotNull(String column) implements AlterAction { }

    record DropNotNull(String column) implements AlterAction { }

    record SetDefault(String column, SqlExpr value) implements AlterAction { }

    record DropDefault(String column) implements AlterAction { }

    /**
     * {@code ALTER COLUMN c ADD GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY [(options)]}; {@code startWith}: the
     * options set START [WITH] (the sequence does not start at 1).
     */
    record AddIdentity(String column, boolean always, boolean startWith) implements AlterAction { }

    /** {@code ALTER COLUMN c DROP IDENTITY [IF EXISTS]}. */
    record DropIdentity(String column, boolean ifExists) implements AlterAction { }

    /** {@code inline}: written on an ADD COLUMN ({@code REFERENCES}, {@code CHECK}), not as a clause of its own. */
    record AddConstraint(ConstraintDef constraint, boolean inline) implements AlterAction {
        public AddConstraint(ConstraintDef constraint) {
            this(constraint, false);
        }
    }

    record ValidateConstraint(String name) implements AlterAction { }

    record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterAction { }

    record RenameColumn(String from, String to) implements AlterAction { }

    /**
     * {@code alsoRenamed}: the further {@code from TO to} pairs of a MySQL {@code RENAME TABLE a TO b, c TO d}
     * (applied in order, atomically, after this one); empty elsewhere.
     */
    record RenameTable(QualifiedName to, List<TablePair> alsoRenamed) implements AlterAction {
        public RenameTable {
            alsoRenamed = List.copyOf(alsoRenamed);
        }

        public RenameTable(QualifiedName to) {
            this(to, List.of());
        }
    }

    /** One {@code from TO to} pair of a multi-table rename. */
    record TablePair(QualifiedName from, QualifiedName to) { }

    record RenameConstraint(String from, String to) implements AlterAction { }

    record SetTablespace(String tablespace) implements AlterAction { }

    /** {@code SET SCHEMA s}: moves the table, so every unqualified or old-schema reference to it breaks. */
    record SetSchema(String schema) implements AlterAction { }

    record SetLogged(boolean logged) implements AlterAction { }

    record AttachPartition(QualifiedName partition) implements AlterAction { }

    record DetachPartition(QualifiedName partition, boolean concurrently, boolean finalizing) implements AlterAction { }

    /** MySQL {@code ALGORITHM=...} / {@code LOCK=...} clauses, kept as an action so order is preserved. */
    record TableOption(String name, String value) implements AlterAction { }

    /** Anything else (OWNER TO, ENABLE TRIGGER, SET (fillfactor=...), ...): {@code keyword} is its first words upper-cased. */
    record Other(String keyword, String text) implements AlterAction { }
}
