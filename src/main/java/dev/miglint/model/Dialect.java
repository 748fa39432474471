package dev.miglint.model;

import java.util.Locale;

/** The SQL dialect a migration is written for. */
public enum Dialect {
    POSTGRES, SQLITE, MYSQL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dialect fromId(String id) {
        String s = id.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "postgres": case "postgresql": case "pg": return POSTGRES;
            case "sqlite": case "sqlite3": return SQLITE;
            case "mysql": case "mariadb": return MYSQL;
            default: throw new IllegalArgumentException("unknown dialect '" + id + "' (expected postgres, sqlite or mysql)");
        }
    }
}
