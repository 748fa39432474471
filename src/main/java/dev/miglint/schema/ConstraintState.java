package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;

/**
 * A constraint as the history left it. {@code validated} is false after ADD ... NOT VALID until a
 * VALIDATE CONSTRAINT; {@code addedInTransaction} is the transaction number it was added in.
 */
public record ConstraintState(String name, ConstraintDef definition, boolean validated, boolean newInMigration,
        int addedInTransaction) {

    /**
     * The constraint's name in the catalog: its own, or for an unnamed one the name PostgreSQL gives it
     * ({@code <table>_<columns>_pkey|key|fkey|check|excl}).
     */
    public String catalogName(dev.miglint.model.QualifiedName table) {
        if (!name.startsWith("$")) {
            return name;
        }
        String suffix = switch (definition.kind()) {
            case FOREIGN_KEY -> "_fkey";
            case CHECK -> "_check";
            case PRIMARY_KEY -> "_pkey";
            case EXCLUDE -> "_excl";
            default -> "_key";
        };
        return table.name() + (definition.kind() == ConstraintDef.Kind.PRIMARY_KEY || definition.columns().isEmpty()
                ? "" : "_" + String.join("_", definition.columns())) + suffix;
    }

    ConstraintState validate() {
        return new ConstraintState(name, definition, true, newInMigration, addedInTransaction);
    }

    ConstraintState settled() {
        return new ConstraintState(name, definition, validated, false, 0);
    }
}
