package dev.miglint.rules;

import java.util.Locale;

/** How bad a finding is: error breaks or blocks production or loses data, warning is risky, note is advice. */
public enum Level {
    ERROR, WARNING, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this level is at least as severe as {@code threshold}. */
    public boolean atLeast(Level threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Level fromId(String id) {
        return switch (id.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "note", "info" -> NOTE;
            default -> throw new IllegalArgumentException("unknown level '" + id + "' (expected error, warning or note)");
        };
    }
}
