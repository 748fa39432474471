package dev.miglint.dialect;

import dev.miglint.model.Dialect;

/**
 * The words a dialect uses for the same event, so rules shared by several dialects explain a finding the
 * way the user's database reports it: its error messages, the lock it takes, how it runs DDL.
 */
public final class DialectPhrases {
    private DialectPhrases() {
    }

    /** The error old application code gets once the table is gone. */
    public static String missingTableError(Dialect dialect, String table) {
        return switch (dialect) {
            case MYSQL -> "Table '" + table + "' doesn't exist";
            case SQLITE -> "no such table: " + table;
            case POSTGRES -> "relation \"" + table + "\" does not exist";
        };
    }

    /** The error a DROP INDEX of an index that no longer exists gets. */
    public static String missingIndexError(Dialect dialect, String index) {
        return switch (dialect) {
            case MYSQL -> "Can't DROP '" + index + "'; check that column/key exists";
            case SQLITE -> "no such index: " + index;
            case POSTGRES -> "index \"" + index + "\" does not exist";
        };
    }

    /** The error old application code gets once the column is gone. */
    public static String missingColumnError(Dialect dialect, String column) {
        return switch (dialect) {
            case MYSQL -> "Unknown column '" + column + "'";
            case SQLITE -> "no such column: " + column;
            case POSTGRES -> "column \"" + column + "\" does not exist";
        };
    }

    /** The lock a DROP/TRUNCATE/RENAME of a table takes, as a sentence fragment. */
    public static String tableDdlLock(Dialect dialect) {
        return switch (dialect) {
            case MYSQL -> "an exclusive metadata lock, which waits for every open transaction on the table and queues"
                    + " all later queries behind it";
            case SQLITE -> "the database write lock (SQLite allows one writer for the whole database file)";
            case POSTGRES -> "an ACCESS EXCLUSIVE lock, which blocks all reads and writes until the transaction ends";
        };
    }

    /** Whether a DDL statement can be rolled back with the rest of the migration. */
    public static String ddlRollback(Dialect dialect) {
        return dialect == Dialect.MYSQL
                ? " MySQL commits DDL implicitly, so the statement cannot be rolled back with the migration." : "";
    }
}
