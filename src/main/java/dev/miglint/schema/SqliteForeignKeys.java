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
    private static final Set<String> FALSE = Set.of("off", "0", "false", "no");

    /** A {@code PRAGMA foreign_keys} value that turns enforcement on ({@code ON}, {@code 1}, {@code 'true'}...). */
    public static boolean turnsOn(String value) {
        return TRUE.contains(normalized(value));
    }

    /** A {@code PRAGMA foreign_keys} value that turns enforcement off ({@code OFF}, {@code 0}, {@code 'false'}...). */
    public static boolean turnsOff(String value) {
        return FALSE.contains(normalized(value));
    }

    private static String normalized(String value) {
        return value.trim().replace("'", "").toLowerCase(java.util.Locale.ROOT);
    }

    public static SqliteForeignKeys at(TransactionView transaction) {
        java.util.Optional<String> set = transaction.setting("foreign_keys");
        if (set.isPresent()) {
            return turnsOn(set.get()) ? ON : OFF;
        }
        return offIgnored(transaction) ? ON : UNKNOWN;
    }

    /** The migration asked for foreign_keys = OFF where SQLite ignored it (inside a transaction). */
    public static boolean offIgnored(TransactionView transaction) {
        return transaction.ignoredPragma("foreign_keys").filter(v -> !turnsOn(v)).isPresent();
    }
}
