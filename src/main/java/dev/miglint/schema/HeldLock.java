package dev.miglint.schema;

import dev.miglint.model.LockMode;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Span;

/**
 * A write-blocking lock the current transaction holds on an existing table until it ends. {@code takenBy}
 * labels the statement that took it, e.g. {@code ALTER TABLE}. {@code tableOfIndex}: {@code table} is really
 * an index name whose table the history does not know (DROP INDEX of an index created elsewhere). {@code takenAt}:
 * where that statement is in the current file, null when unknown.
 */
public record HeldLock(QualifiedName table, LockMode mode, boolean tableOfIndex, String takenBy, Span takenAt) {

    public HeldLock(QualifiedName table, LockMode mode, boolean tableOfIndex, String takenBy) {
        this(table, mode, tableOfIndex, takenBy, null);
    }

    /** How messages name the locked table: {@code "orders"} or {@code the table of index "idx_x"}. */
    public String describe() {
        return tableOfIndex ? "the table of index " + quoted(table) : quoted(table);
    }

    static String quoted(QualifiedName name) {
        return '"' + (name.schema() == null ? name.name() : name.schema() + "." + name.name()) + '"';
    }
}
