package dev.miglint.model;

/**
 * How a migration framework hands a migration to the database (see docs/frameworks.md).
 *
 * <ul>
 *   <li>{@link #NONE}: statement by statement, no transaction around them; each commits on its own unless the file
 *       has its own BEGIN/COMMIT.
 *   <li>{@link #TRANSACTION}: inside one transaction the framework opens and commits.
 *   <li>{@link #SINGLE_EXEC}: the whole file as one multi-statement query string (one {@code Exec}, the simple query
 *       protocol). PostgreSQL runs a string of several statements as one implicit transaction block, and after a
 *       COMMIT inside it the rest of the string is again such a block ("Multiple Statements in a Simple Query"), so
 *       CREATE INDEX CONCURRENTLY, VACUUM and the like fail anywhere in it; a string of one statement runs alone.
 *   <li>{@link #NO_MIXING}: statement by statement without a transaction because the file holds a statement that
 *       cannot run in one, and the framework refuses the file if it also holds a statement that can (Flyway with
 *       {@code mixed=false}, its default).
 * </ul>
 */
public enum TransactionWrapping {
    NONE, TRANSACTION, SINGLE_EXEC, NO_MIXING;

    /** From a "runs in a transaction" flag: null stays null (not known). */
    public static TransactionWrapping of(Boolean runsInTransaction) {
        return runsInTransaction == null ? null : runsInTransaction ? TRANSACTION : NONE;
    }

    /** Whether the framework itself opens a transaction around the migration. */
    public boolean frameworkTransaction() {
        return this == TRANSACTION;
    }
}
