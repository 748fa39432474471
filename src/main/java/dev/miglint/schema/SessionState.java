package dev.miglint.schema;

import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.model.Statement;
import dev.miglint.model.TransactionWrapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The transaction and session state of the migration being replayed: which transaction block is open and where it
 * began, the settings the migration changed (SET, SET LOCAL, PRAGMA), its timeouts and the locks the open
 * transaction holds. Starts afresh with each migration file.
 */
final class SessionState implements TransactionView {
    /** Session settings the current migration changed with SET or PRAGMA, lower-cased, quotes removed. */
    private final Map<String, String> settings = new HashMap<>();
    /** Settings changed with SET LOCAL in the open transaction: their value before it (null: unset), restored at its end. */
    private final Map<String, String> settingsBeforeLocal = new HashMap<>();
    private final List<HeldLock> heldLocks = new ArrayList<>();
    private Span explicitBegin;
    private boolean implicitTransaction;
    private boolean explicitTransaction;
    /** The file is one query string of several statements: an implicit block, again after each COMMIT/ROLLBACK. */
    private boolean singleExecBlock;
    private int transactionNumber;
    private boolean lockTimeout;
    private boolean statementTimeout;
    private boolean localLockTimeout;
    private boolean localStatementTimeout;

    /**
     * Starts a migration file handed to the database as {@code wrapping} says. {@code SINGLE_EXEC}: PostgreSQL runs a
     * query string of several (top-level) statements as one implicit transaction block, and after a COMMIT or
     * ROLLBACK in it the rest of the string is again one (exec_simple_query, "Multiple Statements in a Simple
     * Query"); a string of one statement runs outside any block.
     */
    void beginMigration(TransactionWrapping wrapping, List<ParsedStatement> statements) {
        singleExecBlock = wrapping == TransactionWrapping.SINGLE_EXEC
                && statements.stream().filter(s -> !s.nested()).count() > 1;
        settings.clear();
        settingsBeforeLocal.clear();
        implicitTransaction = wrapping == TransactionWrapping.TRANSACTION || singleExecBlock;
        explicitTransaction = false;
        transactionNumber = 1;
        lockTimeout = false;
        statementTimeout = false;
        localLockTimeout = false;
        localStatementTimeout = false;
        heldLocks.clear();
        explicitBegin = null;
    }

    /** Ends the migration file: an implicit transaction commits here. */
    void endMigration() {
        implicitTransaction = false;
        singleExecBlock = false;
        explicitTransaction = false;
        heldLocks.clear();
    }

    /** Remembers where an explicit transaction was opened. */
    void noteTransactionStart(ParsedStatement statement) {
        if (statement.model() instanceof Statement.TransactionControl tc) {
            if (tc.kind() == Statement.TransactionControl.Kind.BEGIN && !explicitTransaction) {
                explicitBegin = statement.span();
            } else if (tc.kind() == Statement.TransactionControl.Kind.COMMIT
                    || tc.kind() == Statement.TransactionControl.Kind.ROLLBACK
                    || tc.kind() == Statement.TransactionControl.Kind.PREPARE_TRANSACTION) {
                explicitBegin = null;
            }
        }
    }

    /** Outside a transaction block every statement commits on its own. */
    void autocommitted() {
        transactionNumber++;
    }

    void applyTransaction(Statement.TransactionControl tc) {
        switch (tc.kind()) {
            case BEGIN -> {
                if (!explicitTransaction) {
                    explicitTransaction = true;
                    if (!implicitTransaction) {
                        transactionNumber++;
                    }
                }
            }
            case COMMIT, ROLLBACK, PREPARE_TRANSACTION -> {
                explicitTransaction = false;
                implicitTransaction = singleExecBlock; // the rest of a multi-statement query string is a new implicit block
                heldLocks.clear();
                endLocalSettings();
                lockTimeout &= !localLockTimeout;
                statementTimeout &= !localStatementTimeout;
                localLockTimeout = false;
                localStatementTimeout = false;
                transactionNumber++;
            }
            default -> { }
        }
    }

    void applySet(Statement.SetVariable sv) {
        String name = settingName(sv.name());
        if (sv.local() && inTransaction() && !settingsBeforeLocal.containsKey(name)) {
            settingsBeforeLocal.put(name, settings.get(name));
        } else if (!sv.local()) {
            settingsBeforeLocal.remove(name); // a plain SET outlives the transaction
        }
        if (!sv.local() || inTransaction()) {
            settings.put(name, sv.value() == null ? "default" : sv.value().trim().replace("'", "").toLowerCase(Locale.ROOT));
        }
        boolean on = sv.value() != null && !isZero(sv.value());
        if (sv.local() && !inTransaction()) {
            return; // SET LOCAL outside a transaction block has no effect (PostgreSQL only warns)
        }
        if (name.equals("lock_timeout")) {
            lockTimeout = on;
            localLockTimeout = sv.local();
        } else if (name.equals("statement_timeout")) {
            statementTimeout = on;
            localStatementTimeout = sv.local();
        }
    }

    /** A SET LOCAL lasts until the end of its transaction (COMMIT or ROLLBACK). */
    private void endLocalSettings() {
        settingsBeforeLocal.forEach((name, before) -> {
            if (before == null) {
                settings.remove(name);
            } else {
                settings.put(name, before);
            }
        });
        settingsBeforeLocal.clear();
    }

    /** {@code @@SESSION.foreign_key_checks} and {@code FOREIGN_KEY_CHECKS} name the same setting. */
    private static String settingName(String raw) {
        String n = raw.trim().toLowerCase(Locale.ROOT);
        n = n.startsWith("@@") ? n.substring(2) : n;
        for (String scope : new String[] {"session.", "local."}) {
            if (n.startsWith(scope)) {
                n = n.substring(scope.length());
            }
        }
        return n;
    }

    private static boolean isZero(String value) {
        String v = value.trim().replace("'", "").toLowerCase(Locale.ROOT);
        return v.equals("0") || v.equals("default") || v.startsWith("0 ") || v.equals("0ms") || v.equals("0s");
    }

    /** Keeps one entry per table: the strongest mode, with the statement that first took that mode. */
    void addHeldLock(HeldLock lock) {
        for (int i = 0; i < heldLocks.size(); i++) {
            HeldLock h = heldLocks.get(i);
            if (h.table().sameObject(lock.table())) {
                if (lock.mode().compareTo(h.mode()) > 0) {
                    heldLocks.set(i, lock);
                }
                return;
            }
        }
        heldLocks.add(lock);
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(settingName(name)));
    }

    @Override
    public Span explicitTransactionStart() {
        return explicitTransaction ? explicitBegin : null;
    }

    @Override
    public boolean inTransaction() {
        return implicitTransaction || explicitTransaction;
    }

    @Override
    public boolean singleExec() {
        return singleExecBlock;
    }

    @Override
    public boolean implicit() {
        return implicitTransaction && !explicitTransaction;
    }

    @Override
    public int transactionNumber() {
        return transactionNumber;
    }

    @Override
    public boolean lockTimeoutSet() {
        return lockTimeout;
    }

    @Override
    public boolean statementTimeoutSet() {
        return statementTimeout;
    }

    @Override
    public List<HeldLock> heldLocks() {
        return List.copyOf(heldLocks);
    }
}
