package dev.miglint.schema;

import dev.miglint.model.LockMode;
import dev.miglint.model.QualifiedName;

/**
 * A lock a statement takes on a table. {@code tableOfIndex}: the statement names an index the history does
 * not know, so {@code table} holds the index name and the lock is on that index's (unknown, existing) table.
 */
public record TableLock(QualifiedName table, LockMode mode, boolean tableOfIndex) {

    public TableLock(QualifiedName table, LockMode mode) {
        this(table, mode, false);
    }

    /** How messages name the locked table: {@code "orders"} or {@code the table of index "idx_x"}. */
    public String describe() {
        return tableOfIndex ? "the table of index " + HeldLock.quoted(table) : HeldLock.quoted(table);
    }
}
