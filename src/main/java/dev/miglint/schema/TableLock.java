package dev.miglint.schema;

import dev.miglint.model.LockMode;
import dev.miglint.model.QualifiedName;

/**
 * A lock a statement takes on a table. {@code tableOfIndex}: the statement names an index the history does
 * not know, so {@code table} holds the index name and the lock is on that index's (unknown, existing) table.
 * {@code materializedView}: the locked relation is a materialized view, which nothing but REFRESH writes.
 */
public record TableLock(QualifiedName table, LockMode mode, boolean tableOfIndex, boolean materializedView) {

    public TableLock(QualifiedName table, LockMode mode, boolean tableOfIndex) {
        this(table, mode, tableOfIndex, false);
    }

    public TableLock(QualifiedName table, LockMode mode) {
        this(table, mode, false);
    }

    /**
     * The lock stops queries the application runs: it blocks reads, or it blocks writes of a table. On a
     * materialized view only a read-blocking lock counts (ACCESS EXCLUSIVE: plain REFRESH, DROP, ALTER), since
     * nothing but a refresh ever writes one.
     */
    public boolean blocksTraffic() {
        return mode.blocksReads() || mode.blocksWrites() && !materializedView;
    }

    /** How messages name the locked table: {@code "orders"} or {@code the table of index "idx_x"}. */
    public String describe() {
        return tableOfIndex ? "the table of index " + HeldLock.quoted(table) : HeldLock.quoted(table);
    }
}
