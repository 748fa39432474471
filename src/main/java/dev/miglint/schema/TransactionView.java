package dev.miglint.schema;

import java.util.List;

/** The transaction state just before the statement being checked. */
public interface TransactionView {

    /** Inside a transaction: an explicit BEGIN, or the framework / --assume-in-transaction wraps the file. */
    boolean inTransaction();

    /** The transaction comes from the framework or configuration, not from a BEGIN in the file. */
    boolean implicit();

    /**
     * The migration is one query string of several statements (golang-migrate, Prisma, dbmate/diesel without their
     * transaction, on PostgreSQL): every statement runs in a transaction block, the implicit one PostgreSQL opens for
     * such a string (again after a COMMIT in it) or one the file opens with BEGIN.
     */
    boolean singleExec();

    /**
     * When {@link #singleExec()} comes from one goose {@code StatementBegin}/{@code StatementEnd} block of a
     * migration otherwise run statement by statement: how many statements that block sends in its one Exec; 0
     * otherwise.
     */
    int execBlockStatements();

    /** Transactions are numbered per migration so rules can tell "the same transaction" apart. */
    int transactionNumber();

    boolean lockTimeoutSet();

    /** Where the open explicit transaction's BEGIN is, or null when no explicit transaction is open. */
    dev.miglint.model.Span explicitTransactionStart();

    boolean statementTimeoutSet();

    /**
     * The value the current migration gave a session setting with SET or PRAGMA (lower-cased, quotes removed;
     * "default" after RESET), e.g. {@code foreign_key_checks} -> "0". Empty when the migration did not set it.
     */
    java.util.Optional<String> setting(String name);

    /**
     * The value a SQLite PRAGMA of the current migration asked for where SQLite ignores it ({@code foreign_keys}
     * inside a transaction, the framework's included), so the setting kept its earlier value. Empty otherwise.
     */
    java.util.Optional<String> ignoredPragma(String name);

    /**
     * The read- or write-blocking locks this transaction holds on existing tables until it ends, with their mode and
     * the statement that took them, in the order they were taken.
     */
    List<HeldLock> heldLocks();
}
