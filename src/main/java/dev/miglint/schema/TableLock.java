package dev.miglint.schema;

import dev.miglint.model.LockMode;
import dev.miglint.model.QualifiedName;

/** A lock a statement takes on a table. */
public record TableLock(QualifiedName table, LockMode mode) {
}
