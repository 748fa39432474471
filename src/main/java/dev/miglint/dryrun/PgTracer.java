package dev.miglint.dryrun;

import dev.miglint.dryrun.ServerObservations.Relation;
import dev.miglint.dryrun.StepTrace.LockSeen;
import dev.miglint.dryrun.StepTrace.Outcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs migration statements on one PostgreSQL connection and watches what they do: the locks our backend holds
 * (pg_locks), rewrites (a changed pg_class.relfilenode), catalog changes, duration and errors.
 */
final class PgTracer {
    private final Connection connection;
    private final ServerObservations observed;
    private Map<String, String> synthetic = Map.of();
    private final boolean embedded;
    private final Secrets secrets;
    /** Re-run after every statement on a given database, so a migration's own SET cannot lift our bounds. */
    private final String boundsSql;

    PgTracer(Connection connection, boolean embedded, Secrets secrets, String boundsSql) {
        this.connection = connection;
        this.observed = new ServerObservations(connection);
        this.embedded = embedded;
        this.secrets = secrets;
        this.boundsSql = boundsSql;
    }

    private boolean allowHostEffects;

    /** On the embedded server only: run statements that reach the server's shell or files (never on a given one). */
    PgTracer allowingHostEffects(boolean allow) {
        this.allowHostEffects = allow;
        return this;
    }

    private boolean withoutSuperuser;
    private final Set<String> unreadCatalog = new java.util.TreeSet<>();

    /** Catalog entries another session's lock kept us from reading (their changes are not shown). */
    Set<String> unreadCatalog() {
        return unreadCatalog;
    }

    private Catalog catalog() throws SQLException {
        Catalog catalog = Catalog.snapshot(connection);
        unreadCatalog.addAll(catalog.unread());
        return catalog;
    }

    /** On the embedded server: migrations run as {@link MigratorRole}, and its permission errors are ours. */
    PgTracer withoutSuperuser(boolean restricted) {
        this.withoutSuperuser = restricted;
        return this;
    }

    /** A failure caused by the dry run's own lack of privilege, not by the migration. */
    private boolean ourPrivilege(SQLException e) {
        return embedded && withoutSuperuser && MigratorRole.INSUFFICIENT_PRIVILEGE.equals(e.getSQLState());
    }

    private StepTrace notPermitted(Step step, SQLException e) {
        return StepTrace.skipped(step, "not traced: " + MigratorRole.refusal(failed(step, 0, e).error()));
    }

    /** Why {@code step} must not run here, or null; checked in the session about to run it. */
    private String refusal(Step step) throws SQLException {
        return new StatementSafety(connection, !embedded, allowHostEffects).refusal(step.sql());
    }

    /** Applies a setup migration and commits it (embedded server only). Returns the first failure, or null. */
    StepTrace applyCommitted(List<Step> steps) throws SQLException {
        connection.setAutoCommit(true);
        for (Step step : steps) {
            if (step.kind() == Step.Kind.META || step.kind() == Step.Kind.TRANSACTION_CONTROL) {
                continue;
            }
            String refused = refusal(step);
            if (refused != null) {
                return new StepTrace(step, Outcome.FAILED, 0, "miglint", "not run: " + refused, List.of(), List.of(),
                        List.of(), null);
            }
            try (Statement st = connection.createStatement()) {
                st.setEscapeProcessing(false);
                st.execute(step.sql());
            } catch (SQLException e) {
                if (ourPrivilege(e)) {
                    // left out of the setup like a refused statement: the targets are traced without its effect
                    continue;
                }
                return failed(step, 0, e);
            }
        }
        return null;
    }

    /**
     * Traces a target migration in one transaction and rolls it back. Each statement runs under a savepoint: a
     * failed statement is rolled back to it and the following statements still run (they are traced against the
     * schema without the failed statement's effects).
     */
    List<List<StepTrace>> traceInTransaction(List<List<Step>> files) throws SQLException {
        return traceInTransaction(files, true);
    }

    private List<List<StepTrace>> traceInTransaction(List<List<Step>> files, boolean rollback) throws SQLException {
        Map<Long, Relation> before = observed.relations();
        connection.setAutoCommit(false);
        List<List<StepTrace>> all = new ArrayList<>();
        try {
            Set<String> held = observed.locks(before);
            Catalog catalog = catalog();
            for (List<Step> steps : files) {
            List<StepTrace> traces = new ArrayList<>();
            all.add(traces);
            for (Step step : steps) {
                switch (step.kind()) {
                    case META -> traces.add(StepTrace.skipped(step, "psql meta-command or COPY data: not run"));
                    case TRANSACTION_CONTROL -> traces.add(StepTrace.skipped(step,
                            "transaction control: the dry run owns the transaction"));
                    case NON_TRANSACTIONAL -> traces.add(StepTrace.skipped(step,
                            "cannot run inside a transaction, so it cannot be rolled back: not run on this database"));
                    case NOT_UNDONE_BY_ROLLBACK -> traces.add(StepTrace.skipped(step,
                            "not traced: has effects a rollback does not undo (sequences, other sessions, files): not run on"
                                    + " this database"));
                    case TRANSACTIONAL -> {
                        Map<Long, Relation> relsBefore = observed.relations();
                        long rowsBefore = observed.rowsTouched();
                        Map<Long, Long> writtenBefore = observed.rowsWritten();
                        exec("SAVEPOINT miglint_step");
                        String refused;
                        try {
                            refused = refusal(step);
                        } catch (SQLException e) {
                            exec("ROLLBACK TO SAVEPOINT miglint_step");
                            refused = "could not be checked (" + secrets.mask(String.valueOf(e.getMessage())) + ")";
                        }
                        if (refused != null) {
                            exec("RELEASE SAVEPOINT miglint_step");
                            traces.add(StepTrace.skipped(step, "not traced: " + refused));
                            continue;
                        }
                        long t0 = System.nanoTime();
                        String ourRows = null;
                        try (Statement st = connection.createStatement()) {
                            st.setEscapeProcessing(false);
                            st.execute(step.sql());
                        } catch (SQLException e) {
                            long nanos = System.nanoTime() - t0;
                            exec("ROLLBACK TO SAVEPOINT miglint_step");
                            if (ourPrivilege(e)) {
                                traces.add(notPermitted(step, e));
                                continue;
                            }
                            StepTrace failure = failed(step, nanos, e);
                            String blamed = SyntheticBlame.tableToBlame(e, synthetic, step.sql(), connection);
                            if (blamed == null) {
                                traces.add(failure);
                                continue;
                            }
                            // our made-up values broke it: run it again on the table without them
                            ourRows = "with the synthetic rows of " + blamed + " it failed with SQLSTATE "
                                    + failure.sqlState() + ": " + failure.error();
                            long firstAttempt = observed.rowsTouched() - rowsBefore;
                            boolean deleted = false;
                            try (Statement st = connection.createStatement()) {
                                st.execute("DELETE FROM " + blamed + " WHERE xmin::text = '" + synthetic.get(blamed) + "'");
                                deleted = true;
                                // the failed attempt's reads count as this statement's work, the DELETE's do not
                                rowsBefore = observed.rowsTouched() - firstAttempt;
                                t0 = System.nanoTime();
                                st.setEscapeProcessing(false);
                                st.execute(step.sql());
                            } catch (SQLException again) {
                                long retried = System.nanoTime() - t0;
                                exec("ROLLBACK TO SAVEPOINT miglint_step");
                                // our rows of that table are gone: failing again on it is about the history's own
                                // rows, the migration's failure; on another synthetic table it is still ours
                                String blamedAgain = SyntheticBlame.tableToBlame(again, synthetic, step.sql(), connection);
                                boolean migrations = deleted && (blamedAgain == null || blamedAgain.equals(blamed));
                                traces.add(migrations ? failed(step, retried, again) : new StepTrace(step,
                                        Outcome.FAILED_ON_SYNTHETIC_ROWS, nanos, failure.sqlState(), failure.error(),
                                        List.of(), List.of(), List.of(), ourRows));
                                continue;
                            }
                            ourRows += "; traced again without them";
                        }
                        long nanos = System.nanoTime() - t0;
                        long touched = observed.rowsTouched() - rowsBefore;
                        exec("RELEASE SAVEPOINT miglint_step");
                        if (!embedded && boundsSql != null) {
                            exec(boundsSql);
                        }
                        Set<String> now = observed.locks(before);
                        List<LockSeen> fresh = ServerObservations.newLocks(held, now, before);
                        held = now;
                        Catalog after = catalog();
                        traces.add(new StepTrace(step, Outcome.RAN, nanos, null, null, fresh,
                                ServerObservations.rewrites(relsBefore, observed.relations(), before.keySet()), after.changesSince(catalog),
                                ourRows, touched, ServerObservations.written(writtenBefore, observed.rowsWritten(), before)));
                        catalog = after;
                    }
                }
            }
            }
        } finally {
            if (rollback) {
                connection.rollback();
            } else {
                connection.commit();
            }
            if (embedded) {
                connection.setAutoCommit(true);
            }
        }
        return all;
    }

    /**
     * Embedded server only, for a file with statements that cannot run in a transaction: every statement runs in
     * its own transaction (the transactional ones are still traced before their COMMIT), and the file stays applied.
     * One that the deploy runs inside a transaction block ({@code deployed}) runs in one here too, and fails as it
     * will there.
     */
    List<StepTrace> traceStatementByStatement(List<Step> steps, DeployedTransactions deployed) throws SQLException {
        Map<Long, Relation> before = observed.relations();
        List<StepTrace> traces = new ArrayList<>();
        for (Step step : steps) {
            if (step.kind() == Step.Kind.META || step.kind() == Step.Kind.TRANSACTION_CONTROL) {
                traces.add(StepTrace.skipped(step, step.kind() == Step.Kind.META
                        ? "psql meta-command or COPY data: not run" : "transaction control: not run"));
                continue;
            }
            if (step.kind() == Step.Kind.NON_TRANSACTIONAL && deployed.inside(step)) {
                StepTrace refused = refusedInsideABlock(step);
                if (refused != null) {
                    traces.add(refused);
                    continue;
                }
            }
            if (step.kind() == Step.Kind.NON_TRANSACTIONAL) {
                connection.setAutoCommit(true);
                String refused = refusal(step);
                if (refused != null) {
                    traces.add(StepTrace.skipped(step, "not traced: " + refused));
                    continue;
                }
                Catalog catalog = catalog();
                Map<Long, Relation> relsBefore = observed.relations();
                long t0 = System.nanoTime();
                try (Statement st = connection.createStatement()) {
                    st.setEscapeProcessing(false);
                    st.execute(step.sql());
                } catch (SQLException e) {
                    traces.add(ourPrivilege(e) ? notPermitted(step, e) : failed(step, System.nanoTime() - t0, e));
                    continue;
                }
                long nanos = System.nanoTime() - t0;
                traces.add(new StepTrace(step, Outcome.RAN_OUTSIDE_TRANSACTION, nanos, null, null, List.of(),
                        ServerObservations.rewrites(relsBefore, observed.relations(), before.keySet()),
                        catalog().changesSince(catalog),
                        "ran outside the transaction (it cannot run inside one), so its locks were not traced"));
            } else {
                traces.addAll(traceInTransaction(List.of(List.of(step)), false).get(0));
            }
        }
        connection.setAutoCommit(true);
        return traces;
    }

    /**
     * Runs the step inside a transaction block that is then rolled back: the server's own error when it refuses to
     * run it there (as the deploy will meet it), or null when it ran (then it is traced like any other).
     */
    private StepTrace refusedInsideABlock(Step step) throws SQLException {
        if (refusal(step) != null) {
            return null;
        }
        connection.setAutoCommit(false);
        long t0 = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(step.sql());
            return null;
        } catch (SQLException e) {
            return ourPrivilege(e) ? null : failed(step, System.nanoTime() - t0, e);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private StepTrace failed(Step step, long nanos, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return new StepTrace(step, Outcome.FAILED, nanos, e.getSQLState(), secrets.mask(first.replaceFirst("^ERROR: ", "")),
                List.of(), List.of(), List.of(), null);
    }

    /** Tables holding synthetic rows, each with the transaction id that inserted them. */
    void syntheticRows(Map<String, String> xidByTable) {
        synthetic = Map.copyOf(xidByTable);
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
