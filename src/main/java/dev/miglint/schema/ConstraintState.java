package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;

/**
 * A constraint as the history left it. {@code validated} is false after ADD ... NOT VALID until a
 * VALIDATE CONSTRAINT; {@code addedInTransaction} is the transaction number it was added in.
 */
public record ConstraintState(String name, ConstraintDef definition, boolean validated, boolean newInMigration,
        int addedInTransaction) {

    ConstraintState validate() {
        return new ConstraintState(name, definition, true, newInMigration, addedInTransaction);
    }

    ConstraintState settled() {
        return new ConstraintState(name, definition, validated, false, 0);
    }
}
