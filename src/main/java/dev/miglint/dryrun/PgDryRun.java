package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.rules.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL dry run: on the embedded server (history applied first) or on the user's database. */
final class PgDryRun {
    private final DryRunSettings settings;
    private final Secrets secrets;
    private final Observations out;

    PgDryRun(DryRunSettings settings, Secrets secrets, Observations out) {
        this.settings = settings;
        this.secrets = secrets;
        this.out = out;
    }

    private boolean allowHostEffects;

    /** Embedded server only: also run statements that reach the server's shell or files. */
    PgDryRun allowingHostEffects(boolean allow) {
        this.allowHostEffects = allow;
        return this;
    }

    /** Tests set this to reuse one server for many dry runs; it is then neither started nor stopped here. */
    static volatile EmbeddedServer sharedServer;
    private static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();

    void runEmbedded(List<HistoryPlan> plans) throws DryRunException {
        EmbeddedServer shared = sharedServer;
        try (EmbeddedServer owned = shared == null ? EmbeddedServer.start() : null) {
            EmbeddedServer server = shared == null ? owned : shared;
            int n = 0;
            for (HistoryPlan plan : plans) {
                n++;
                String database = "miglint_" + DATABASES.incrementAndGet();
                try (Connection admin = server.connect("postgres"); Statement st = admin.createStatement()) {
                    if (n == 1) {
                        out.info("embedded PostgreSQL " + version(admin) + " started in " + server.startMillis()
                                + " ms on 127.0.0.1:" + server.port());
                    }
                    createDatabase(st, database);
                }
                long t0 = System.nanoTime();
                try (Connection c = migrationConnection(server, database)) {
                    bound(c);
                    serialWork(c);
                    embeddedHistory(plan, c);
                }
                HistoryPlan again = settings.rowCounts().none() ? null : LockScaling.worthRetracing(plan, out.traces);
                if (again != null) {
                    out.scaleWith(secondCount(server, again));
                } else if (!settings.rowCounts().none()) {
                    out.info(plan.history().name() + ": no traced statement read or wrote table rows, so none is"
                            + " traced again at a second row count");
                }
                out.info(plan.history().name() + ": dry run took " + Sizes.millis(System.nanoTime() - t0));
            }
        } catch (SQLException e) {
            throw new DryRunException("embedded PostgreSQL: " + secrets.mask(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Unless host effects are allowed, the migrations run as {@link MigratorRole#NAME}, a role without superuser
     * that owns the database: whatever reaches the shell or the server's files (COPY ... PROGRAM built at run time
     * in a DO block, lo_export, untrusted languages) fails with a permission error instead of running.
     */
    private void createDatabase(Statement admin, String database) throws SQLException {
        if (allowHostEffects) {
            admin.execute("CREATE DATABASE " + database);
        } else {
            MigratorRole.ensure(admin);
            admin.execute("CREATE DATABASE " + database + " OWNER " + MigratorRole.NAME);
        }
    }

    private Connection migrationConnection(EmbeddedServer server, String database) throws SQLException {
        return allowHostEffects ? server.connect(database) : server.connectAs(MigratorRole.NAME, database);
    }

    /**
     * The same history traced again, in a database of its own, with twice the synthetic rows: how each statement's
     * time grows with its table. Only the traces are kept; {@code plan} targets only the files worth it.
     */
    private Observations secondCount(EmbeddedServer server, HistoryPlan plan) throws SQLException {
        String database = "miglint_" + DATABASES.incrementAndGet();
        try (Connection admin = server.connect("postgres"); Statement st = admin.createStatement()) {
            createDatabase(st, database);
        }
        Observations second = new Observations();
        DryRunSettings doubled = new DryRunSettings(settings.rows() * 2, settings.lockTimeout(),
                settings.statementTimeout(), settings.longLockMillis(), false, settings.rowCounts().times(2),
                settings.assumeInTransaction());
        try (Connection c = migrationConnection(server, database)) {
            bound(c);
            serialWork(c);
            new PgDryRun(doubled, secrets, second).allowingHostEffects(allowHostEffects).embeddedHistory(plan, c);
        }
        try (Connection admin = server.connect("postgres"); Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE " + database);
        }
        return second;
    }

    private void embeddedHistory(HistoryPlan plan, Connection c) throws SQLException {
        PgTracer tracer = new PgTracer(c, true, secrets, null).allowingHostEffects(allowHostEffects)
                .withoutSuperuser(!allowHostEffects);
        boolean filled = false;
        List<HistoryPlan.Entry> files = plan.files();
        int lastTarget = plan.lastTargetIndex();
        for (int i = 0; i <= lastTarget; i++) {
            HistoryPlan.Entry e = files.get(i);
            List<Step> steps = Step.split(e.source().text(), Dialect.POSTGRES);
            if (!e.target()) {
                StepTrace failure = tracer.applyCommitted(steps);
                if (failure != null) {
                    out.add(e.source(), DryRunRules.SETUP_FAILED, Level.ERROR, failure.step().span(),
                            "setup failed with SQLSTATE " + failure.sqlState() + ": " + failure.error()
                                    + "; the targets of this history were not traced",
                            "The migrations before the target are applied and committed first; this one failed.");
                    return;
                }
                continue;
            }
            if (!filled && !settings.rowCounts().none()) {
                filled = true;
                SyntheticRows synthetic = new SyntheticRows(c);
                List<SyntheticRows.Problem> problems = synthetic.fill(plan.targetWords(Dialect.POSTGRES),
                        settings.rowCounts());
                tracer.syntheticRows(synthetic.filled());
                for (SyntheticRows.Problem p : problems) {
                    out.add(e.source(), DryRunRules.SYNTHETIC_ROWS, Level.NOTE, firstStatement(steps),
                            "could not fill table " + p.table() + " with synthetic rows: " + p.message(),
                            "The statements were traced against the rows it had.");
                }
            }
            DeployedTransactions deployed = deployed(e);
            boolean nonTransactional = steps.stream().anyMatch(s -> s.kind() == Step.Kind.NON_TRANSACTIONAL);
            if (nonTransactional) {
                out.trace(e.file(), e.source(), tracer.traceStatementByStatement(steps, deployed), deployed);
                continue;
            }
            List<StepTrace> traced = tracer.traceInTransaction(List.of(steps)).get(0);
            out.trace(e.file(), e.source(), traced, deployed);
            boolean upFails = traced.stream().anyMatch(t -> t.outcome() == StepTrace.Outcome.FAILED);
            if (e.down() != null && settings.roundTrip() && !upFails) {
                new RoundTrip(c, secrets, out).allowingHostEffects(allowHostEffects).check(e, steps);
            }
            if (i < lastTarget) {
                StepTrace failure = tracer.applyCommitted(steps);
                if (failure != null) {
                    // said once: the trace above already shows why this target fails
                    out.info(plan.history().name() + ": " + e.file().displayPath() + " could not be applied for the"
                            + " targets after it (SQLSTATE " + failure.sqlState() + "); they were not traced");
                    return;
                }
            }
        }
    }

    private DeployedTransactions deployed(HistoryPlan.Entry e) {
        return DeployedTransactions.of(e.source().text(), e.file().effectiveWrapping(settings.assumeInTransaction()));
    }

    /** The migration record of the given database, read in a read-only transaction that is rolled back. */
    AppliedMigrations record(ConnectionSpec spec) throws DryRunException {
        try (Connection c = DriverManager.getConnection(spec.jdbcUrl(), spec.properties())) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                return AppliedMigrations.read(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new DryRunException("database " + spec.display() + ": " + secrets.mask(String.valueOf(e.getMessage())));
        }
    }

    void runGiven(ConnectionSpec spec, List<HistoryPlan> plans) throws DryRunException {
        long t0 = System.nanoTime();
        Thread interrupted = null;
        try (Connection c = DriverManager.getConnection(spec.jdbcUrl(), spec.properties())) {
            out.info("connected to PostgreSQL " + version(c) + " at " + spec.display()
                    + " (nothing is committed; lock_timeout " + settings.lockTimeout() + ", statement_timeout "
                    + settings.statementTimeout() + ")");
            List<String> excess = RolePrivileges.excess(c);
            if (!excess.isEmpty()) {
                out.info("warning: the role of this URL has " + String.join(", ", excess) + "; a dry run needs none"
                        + " of these (see docs/dry-run.md, least privilege for a dry-run role)");
            }
            bound(c);
            noticeDeadClient(c);
            interrupted = rollbackOnInterrupt(c);
            PgTracer tracer = new PgTracer(c, false, secrets, boundsSql());
            // never autocommit from here on: the session ends with ROLLBACK, closing it rolls back too
            c.setAutoCommit(false);
            for (HistoryPlan plan : plans) {
                // pending files before a target run too (in the same transaction), but only targets are reported
                List<HistoryPlan.Entry> run = plan.files().subList(0, plan.lastTargetIndex() + 1).stream()
                        .filter(e -> e.target() || plan.pendingOnly()).toList();
                List<List<Step>> steps = new ArrayList<>();
                for (HistoryPlan.Entry e : run) {
                    steps.add(Step.split(e.source().text(), Dialect.POSTGRES).stream().map(Step::forGivenDatabase)
                            .toList());
                }
                List<List<StepTrace>> traces = tracer.traceInTransaction(steps);
                for (int i = 0; i < run.size(); i++) {
                    if (run.get(i).target()) {
                        out.trace(run.get(i).file(), run.get(i).source(), traces.get(i), deployed(run.get(i)));
                    }
                }
            }
            if (!tracer.unreadCatalog().isEmpty()) {
                List<String> unread = List.copyOf(tracer.unreadCatalog());
                out.info("another session holds an ACCESS EXCLUSIVE lock on tables whose definitions the dry run"
                        + " could not read without waiting for it; changes to these are not shown: "
                        + String.join(", ", unread.subList(0, Math.min(10, unread.size())))
                        + (unread.size() > 10 ? " and " + (unread.size() - 10) + " more" : ""));
            }
        } catch (SQLException e) {
            throw new DryRunException("database " + spec.display() + ": " + secrets.mask(String.valueOf(e.getMessage())));
        } finally {
            if (interrupted != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupted);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is running
                }
            }
        }
        out.info("dry run took " + Sizes.millis(System.nanoTime() - t0));
    }

    /**
     * PostgreSQL 14+ checks every second whether the client is still there while a statement runs, so a dry run
     * killed even with SIGKILL leaves no session holding locks behind (without it a {@code pg_sleep} or a lock
     * wait would run on until it ends by itself). Older servers do not know the setting: nothing to do there.
     */
    private static void noticeDeadClient(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("SET client_connection_check_interval = '1s'");
        } catch (SQLException e) {
            // before PostgreSQL 14; the connection is in autocommit mode here, so it stays usable
        }
    }

    /**
     * On SIGINT or SIGTERM: cancel the running statement and close the connection, which rolls the open
     * transaction back at once, instead of leaving the server to notice the dead socket. Bounded: a server that
     * does not answer within 3 s is left to its own connection check.
     */
    private static Thread rollbackOnInterrupt(Connection c) {
        Thread hook = new Thread(() -> {
            Thread worker = new Thread(() -> {
                try {
                    c.unwrap(org.postgresql.PGConnection.class).cancelQuery();
                } catch (SQLException | RuntimeException e) {
                    // nothing running, or the server is gone
                }
                try {
                    c.close();
                } catch (SQLException | RuntimeException e) {
                    // closing the socket is enough: the server rolls back
                }
            }, "miglint-dry-run-interrupt");
            worker.setDaemon(true);
            worker.start();
            try {
                worker.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "miglint-dry-run-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /**
     * Embedded server: parallel workers read rows in backends of their own, whose statistics our session does not
     * see, so the rows a statement touched (lock verdicts, time per 1,000 rows) are counted with one process.
     */
    private static void serialWork(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET max_parallel_maintenance_workers = 0; SET max_parallel_workers_per_gather = 0");
        }
    }

    private void bound(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(boundsSql());
            st.execute("SET application_name = 'miglint dry-run'");
        }
    }

    private String boundsSql() {
        return "SET lock_timeout = '" + settings.lockTimeout().replace("'", "") + "'; SET statement_timeout = '"
                + settings.statementTimeout().replace("'", "") + "'";
    }

    static String version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Span firstStatement(List<Step> steps) {
        return steps.isEmpty() ? new Span(0, 0) : steps.get(0).span();
    }
}
