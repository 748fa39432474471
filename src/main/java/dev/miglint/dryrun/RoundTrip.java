package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.rules.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Up, down, up again, in one transaction that is rolled back (embedded server only): the catalog after the down
 * must equal the catalog before the up, and the second up must succeed and give the same catalog as the first.
 */
final class RoundTrip {
    private final Connection connection;
    private final Secrets secrets;
    private final Observations out;

    RoundTrip(Connection connection, Secrets secrets, Observations out) {
        this.connection = connection;
        this.secrets = secrets;
        this.out = out;
    }

    private boolean allowHostEffects;

    RoundTrip allowingHostEffects(boolean allow) {
        this.allowHostEffects = allow;
        return this;
    }

    void check(HistoryPlan.Entry entry, List<Step> up) throws SQLException {
        List<Step> down = Step.split(entry.down().text(), Dialect.POSTGRES);
        Span downStart = PgDryRun.firstStatement(down);
        connection.setAutoCommit(false);
        try {
            Catalog before = Catalog.snapshot(connection);
            if (run(up, entry, entry.source(), "the up migration") == null) {
                return;
            }
            Catalog afterUp = Catalog.snapshot(connection);
            if (run(down, entry, entry.down(), "the down migration") == null) {
                return;
            }
            List<String> left = Catalog.snapshot(connection).changesSince(before);
            for (String difference : left) {
                out.add(entry.down(), DryRunRules.ROUND_TRIP, Level.ERROR, downStart,
                        "after up and down the schema differs from before the up: " + difference,
                        "Why: the down migration does not undo " + entry.file().displayPath() + ", so a rollback"
                                + " leaves the database in a state no migration describes.\n"
                                + "How: make the down migration undo every change of the up migration.");
            }
            if (run(up, entry, entry.source(), "the up migration, applied again after the down,") == null) {
                return;
            }
            for (String difference : Catalog.snapshot(connection).changesSince(afterUp)) {
                out.add(entry.source(), DryRunRules.ROUND_TRIP, Level.ERROR, PgDryRun.firstStatement(up),
                        "up, down and up again gives a different schema than the first up: " + difference, "");
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** Runs the steps; on a failure reports it against its own file and returns null. */
    private Object run(List<Step> steps, HistoryPlan.Entry entry, dev.miglint.source.SourceFile file, String what)
            throws SQLException {
        for (Step step : steps) {
            if (step.kind() != Step.Kind.TRANSACTIONAL) {
                continue;
            }
            if (new StatementSafety(connection, false, allowHostEffects).refusal(step.sql()) != null) {
                return null; // the trace of the up migration already says why; the round trip is not checked
            }
            try (Statement st = connection.createStatement()) {
                st.setEscapeProcessing(false);
                st.execute(step.sql());
            } catch (SQLException e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage();
                out.add(file, DryRunRules.ROUND_TRIP, Level.ERROR, step.span(),
                        "round trip of " + entry.file().displayPath() + ": " + what + " failed with SQLSTATE "
                                + e.getSQLState() + ": " + secrets.mask(m.lines().findFirst().orElse(m)
                                        .replaceFirst("^ERROR: ", "")),
                        "The round trip applies up, then down, then up again, and compares the schema.");
                return null;
            }
        }
        return Boolean.TRUE;
    }
}
