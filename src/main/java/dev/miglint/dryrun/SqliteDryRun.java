package dev.miglint.dryrun;

import dev.miglint.dryrun.StepTrace.Outcome;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The SQLite dry run: the history is applied to an in-memory database, or to a copy of {@code --database FILE}
 * (the original is never opened); each target runs in a transaction, statement by statement under savepoints,
 * and is rolled back.
 */
final class SqliteDryRun {
    private final Observations out;
    private final Path database;

    SqliteDryRun(Observations out, Path database) {
        this.out = out;
        this.database = database;
    }

    /** The migration record in {@code database}, read from a copy (the file itself is never opened by SQLite). */
    static AppliedMigrations record(Path database) throws DryRunException {
        Path copy = null;
        try {
            copy = Files.createTempFile("miglint-dry-run-", ".sqlite");
            Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                return AppliedMigrations.read(c);
            }
        } catch (IOException e) {
            throw new DryRunException("cannot copy " + database + " (" + e.getMessage() + ")");
        } catch (SQLException e) {
            throw new DryRunException("SQLite: " + database + ": " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temp file left behind
                }
            }
        }
    }

    void run(List<HistoryPlan> plans) throws DryRunException {
        for (HistoryPlan plan : plans) {
            Path copy = null;
            try {
                String url = "jdbc:sqlite::memory:";
                if (database != null) {
                    copy = Files.createTempFile("miglint-dry-run-", ".sqlite");
                    Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING);
                    url = "jdbc:sqlite:" + copy;
                }
                try (Connection c = DriverManager.getConnection(url)) {
                    if (plan == plans.get(0)) {
                        out.info("SQLite " + c.getMetaData().getDatabaseProductVersion()
                                + (database != null ? " on a copy of " + database : " in memory"));
                    }
                    history(plan, c);
                }
            } catch (IOException e) {
                throw new DryRunException("cannot copy " + database + " (" + e.getMessage() + ")");
            } catch (SQLException e) {
                throw new DryRunException("SQLite: " + e.getMessage(), e);
            } finally {
                if (copy != null) {
                    try {
                        Files.deleteIfExists(copy);
                    } catch (IOException e) {
                        // a temp file left behind
                    }
                }
            }
        }
    }

    private void history(HistoryPlan plan, Connection c) throws SQLException {
        List<HistoryPlan.Entry> files = plan.files();
        int lastTarget = plan.lastTargetIndex();
        for (int i = 0; i <= lastTarget; i++) {
            HistoryPlan.Entry e = files.get(i);
            List<Step> steps = Step.split(e.source().text(), Dialect.SQLITE);
            if (e.target()) {
                out.trace(e.file(), e.source(), trace(c, steps));
            }
            if (!e.target() || i < lastTarget) {
                c.setAutoCommit(true);
                for (Step step : steps) {
                    if (step.kind() != Step.Kind.TRANSACTIONAL && step.kind() != Step.Kind.NON_TRANSACTIONAL) {
                        continue;
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute(step.sql());
                    } catch (SQLException ex) {
                        if (!e.target()) {
                            out.add(e.source(), DryRunRules.SETUP_FAILED, Level.ERROR, step.span(),
                                    "setup failed (" + code(ex) + "): " + message(ex)
                                            + "; the targets of this history were not traced", "");
                        }
                        return;
                    }
                }
            }
        }
    }

    private List<StepTrace> trace(Connection c, List<Step> steps) throws SQLException {
        List<StepTrace> traces = new ArrayList<>();
        c.setAutoCommit(false);
        try {
            SortedMap<String, String> schema = schema(c);
            for (Step step : steps) {
                if (step.kind() != Step.Kind.TRANSACTIONAL) {
                    traces.add(StepTrace.skipped(step, step.kind() == Step.Kind.NON_TRANSACTIONAL
                            ? "cannot run inside a transaction" : "transaction control or meta-command"));
                    continue;
                }
                exec(c, "SAVEPOINT miglint_step");
                long t0 = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    st.execute(step.sql());
                } catch (SQLException e) {
                    long nanos = System.nanoTime() - t0;
                    exec(c, "ROLLBACK TO miglint_step");
                    exec(c, "RELEASE miglint_step");
                    traces.add(new StepTrace(step, Outcome.FAILED, nanos, code(e), message(e), List.of(), List.of(),
                            List.of(), null));
                    continue;
                }
                long nanos = System.nanoTime() - t0;
                exec(c, "RELEASE miglint_step");
                SortedMap<String, String> after = schema(c);
                traces.add(new StepTrace(step, Outcome.RAN, nanos, null, null, List.of(), List.of(),
                        new Catalog(after).changesSince(new Catalog(schema)), null));
                schema = after;
            }
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
        return traces;
    }

    private static SortedMap<String, String> schema(Connection c) throws SQLException {
        SortedMap<String, String> entries = new TreeMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT type, name, COALESCE(sql, '') FROM sqlite_master"
                        + " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                entries.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3).replaceAll("\\s+", " "));
            }
        }
        return entries;
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The SQLite result code name, e.g. {@code SQLITE_CONSTRAINT_NOTNULL}, standing in for SQLSTATE. */
    private static String code(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException s) {
            return s.getResultCode().name();
        }
        return e.getSQLState() == null ? "SQLITE_ERROR" : e.getSQLState();
    }

    private static String message(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\][^(]*\\((.*)\\)$", "$1");
    }
}
