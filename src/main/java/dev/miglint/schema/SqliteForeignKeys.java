package dev.miglint.schema;

import java.util.Set;

/**
 * Whether SQLite enforces foreign keys at a statement, as far as the migration tells: {@code PRAGMA foreign_keys}
 * run outside a transaction sets it; run inside one (the framework's included) SQLite ignores it, and a migration
 * that asked for OFF there evidently runs with enforcement ON.
 */
public enum SqliteForeignKeys {
    ON, OFF, UNKNOWN;

    private static final Set<String> TRUE = Set.of("on", "1", "true", "yes");

    public static SqliteForeignKeys at(TransactionView transaction) {
        java.util.Optional<String> set = transaction.setting("foreign_keys");
        if (set.isPresent()) {
            return TRUE.contains(set.get()) ? ON : OFF;
        }
        return transaction.ignoredPragma("foreign_keys").filter(v -> !TRUE.contains(v)).isPresent() ? ON : UNKNOWN;
    }

    /** The migration asked for foreign_keys = OFF where SQLite ignored it (inside a transaction). */
    public static boolean offIgnored(TransactionView transaction) {
        return transaction.ignoredPragma("foreign_keys").filter(v -> !TRUE.contains(v)).isPresent();
    }
}
