package dev.miglint.dryrun;

import dev.miglint.dryrun.StepTrace.LockSeen;
import dev.miglint.dryrun.StepTrace.Rewrite;
import dev.miglint.dryrun.StepTrace.RowsWritten;
import dev.miglint.model.LockMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the server shows our own backend about the statements it ran: relations and their file nodes (rewrites), the
 * relation locks we hold (pg_locks), and the rows this transaction read and wrote (the backend's not-yet-flushed
 * statistics). Reads catalogs and statistics functions only.
 */
final class ServerObservations {
    private static final String RELATIONS = "SELECT c.oid::bigint, c.relfilenode::bigint, c.relkind::text,"
            + " CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname,"
            + " c.relpages::bigint * current_setting('block_size')::bigint, c.reltuples::bigint"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + Catalog.USER_NAMESPACE;
    private static final String MY_LOCKS = "SELECT l.relation::bigint, l.mode FROM pg_locks l"
            + " WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation IS NOT NULL";

    /**
     * Rows read or written in this transaction on user tables, from the backend's own not-yet-flushed statistics:
     * sequential and index scans, index builds, constraint validation and rewrites all count here, a catalog-only
     * change does not. Reads statistics functions only, so it takes no lock.
     */
    private static final String ROWS_TOUCHED = "SELECT coalesce(sum(pg_stat_get_xact_tuples_returned(c.oid)"
            + " + pg_stat_get_xact_tuples_fetched(c.oid) + pg_stat_get_xact_tuples_inserted(c.oid)"
            + " + pg_stat_get_xact_tuples_updated(c.oid) + pg_stat_get_xact_tuples_deleted(c.oid)), 0)::bigint"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm')"
            + " AND " + Catalog.USER_NAMESPACE;

    /** Rows updated or deleted in this transaction, per user table (the backend's own not-yet-flushed statistics). */
    private static final String ROWS_WRITTEN = "SELECT c.oid::bigint, (pg_stat_get_xact_tuples_updated(c.oid)"
            + " + pg_stat_get_xact_tuples_deleted(c.oid))::bigint FROM pg_class c JOIN pg_namespace n"
            + " ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm') AND " + Catalog.USER_NAMESPACE;

    private final Connection connection;

    ServerObservations(Connection connection) {
        this.connection = connection;
    }

    long rowsTouched() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(ROWS_TOUCHED)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    record Relation(long oid, long filenode, String kind, String name, long bytes, long rows) {
        boolean isTableLike() {
            return kind.equals("r") || kind.equals("p") || kind.equals("m") || kind.equals("v") || kind.equals("f");
        }
    }

    Map<Long, Relation> relations() throws SQLException {
        Map<Long, Relation> rels = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(RELATIONS)) {
            while (rs.next()) {
                rels.put(rs.getLong(1), new Relation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6)));
            }
        }
        return rels;
    }

    /** {@code oid|mode} for every lock we hold on a relation that existed before the migration. */
    Set<String> locks(Map<Long, Relation> preexisting) throws SQLException {
        Set<String> locks = new HashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(MY_LOCKS)) {
            while (rs.next()) {
                long oid = rs.getLong(1);
                Relation r = preexisting.get(oid);
                if (r != null && r.isTableLike()) {
                    locks.add(oid + "|" + rs.getString(2));
                }
            }
        }
        return locks;
    }

    /** The strongest newly taken lock per relation. */
    static List<LockSeen> newLocks(Set<String> held, Set<String> now, Map<Long, Relation> rels) {
        Map<Long, LockSeen> strongest = new java.util.TreeMap<>();
        for (String lock : now) {
            if (held.contains(lock)) {
                continue;
            }
            int bar = lock.indexOf('|');
            long oid = Long.parseLong(lock.substring(0, bar));
            String pgMode = lock.substring(bar + 1);
            LockSeen seen = new LockSeen(rels.get(oid).name(), pgMode, modeOf(pgMode));
            LockSeen previous = strongest.get(oid);
            if (previous == null || seen.mode().compareTo(previous.mode()) > 0) {
                strongest.put(oid, seen);
            }
        }
        return strongest.values().stream().sorted(java.util.Comparator.comparing(LockSeen::relation)).toList();
    }

    /** {@code ShareUpdateExclusiveLock} is {@link LockMode#SHARE_UPDATE_EXCLUSIVE}. */
    static LockMode modeOf(String pgMode) {
        String words = pgMode.replaceFirst("Lock$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return LockMode.fromSql(words);
    }

    Map<Long, Long> rowsWritten() throws SQLException {
        Map<Long, Long> written = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(ROWS_WRITTEN)) {
            while (rs.next()) {
                written.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return written;
    }

    /** The rows the statement updated or deleted in each relation that existed before the migration. */
    static List<RowsWritten> written(Map<Long, Long> before, Map<Long, Long> after,
            Map<Long, Relation> preexisting) {
        List<RowsWritten> written = new ArrayList<>();
        after.forEach((oid, rows) -> {
            long delta = rows - before.getOrDefault(oid, 0L);
            Relation relation = preexisting.get(oid);
            if (delta > 0 && relation != null) {
                written.add(new RowsWritten(relation.name(), delta));
            }
        });
        written.sort(java.util.Comparator.comparing(RowsWritten::relation));
        return written;
    }

    static List<Rewrite> rewrites(Map<Long, Relation> before, Map<Long, Relation> after, Set<Long> preexisting) {
        List<Rewrite> rewrites = new ArrayList<>();
        for (Relation old : before.values()) {
            Relation now = after.get(old.oid());
            if (now != null && preexisting.contains(old.oid()) && now.filenode() != old.filenode()
                    && (old.kind().equals("r") || old.kind().equals("m")) && old.filenode() != 0) {
                rewrites.add(new Rewrite(old.name(), old.bytes(), old.rows()));
            }
        }
        rewrites.sort(java.util.Comparator.comparing(Rewrite::relation));
        return rewrites;
    }
}
