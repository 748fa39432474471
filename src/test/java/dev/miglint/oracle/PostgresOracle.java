package dev.miglint.oracle;

import dev.miglint.dryrun.EmbeddedServer;
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
import java.util.TreeSet;

/**
 * Runs a scenario on a fresh copy of the base database and judges each statement by what the engine did.
 * The definition is in docs/evaluation.md ("The differential oracle").
 */
public final class PostgresOracle implements AutoCloseable {
    private static final String TEMPLATE = "oracle_base";
    /** Lock modes that block readers or writers of a relation. */
    private static final Set<String> BLOCKING = Set.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock",
            "AccessExclusiveLock");
    /** Objects the previous app version reads: relation -> columns (every table of the base schema is the app's). */
    private static final Map<String, List<String>> APP_USES = Map.of(
            "items", List.of("id", "cat_id", "name", "qty", "price", "email", "note"),
            "cats", List.of("id", "title"), "items_v", List.of("id", "name"), "items_mv", List.of("cat_id", "n"),
            "events", List.of("id", "at", "payload"),
            "accounts", List.of("id", "code", "at", "amount", "span", "memo"),
            "transfers", List.of("id", "account_id", "id2"));
    /**
     * The enum labels the previous app version writes into items.m: a rename of one, or of the column's type, breaks
     * its inserts and updates ("invalid input value for enum"), which a read of the columns does not show.
     */
    private static final List<String> APP_WRITES_M = List.of("ok", "sad");

    private final EmbeddedServer server;
    private int databases;

    public PostgresOracle(EmbeddedServer server) throws SQLException {
        this.server = server;
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + TEMPLATE);
            s.execute("CREATE DATABASE " + TEMPLATE);
        }
        try (Connection c = server.connect(TEMPLATE); Statement s = c.createStatement()) {
            for (String sql : ScenarioGenerator.POSTGRES_BASE) {
                s.execute(sql);
            }
        }
    }

    public List<Verdict> judge(Scenario scenario) throws SQLException {
        String db = "scenario_" + (++databases);
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + db + " TEMPLATE " + TEMPLATE);
        }
        try {
            try (Connection c = server.connect(db)) {
                return run(c, scenario);
            }
        } finally {
            try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE " + db + " WITH (FORCE)");
            }
        }
    }

    private record Snapshot(Map<Long, Long> fileNodes, Map<Long, long[]> scans, Set<String> locks, Map<Long, Long> rows,
            Map<Long, Integer> indexCount) {}

    private List<Verdict> run(Connection c, Scenario scenario) throws SQLException {
        Map<Long, String> preExisting = relations(c);
        Set<Long> big = bigRelations(c, preExisting);
        Set<Long> matviews = materializedViews(c);
        List<Verdict> verdicts = new ArrayList<>();
        c.setAutoCommit(false);
        Map<String, Integer> lockOwners = new HashMap<>();
        Map<Integer, String> pendingBreaks = new HashMap<>();
        String lastBroken = null;
        boolean aborted = false;
        boolean queued = false;
        for (int i = 0; i < scenario.steps().size(); i++) {
            if (aborted) {
                verdicts.add(Verdict.NOT_REACHED);
                continue;
            }
            String sql = scenario.steps().get(i).sql();
            Snapshot before = snapshot(c, preExisting, matviews);
            String error;
            if (!scenario.transactional() && sql.stripLeading().regionMatches(true, 0, "LOCK", 0, 4)) {
                // run on its own, as the tool runs it (autocommit), LOCK TABLE is refused: 25P01, never a no-op
                c.commit();
                c.setAutoCommit(true);
                error = execute(c, sql);
                c.setAutoCommit(false);
            } else {
                error = execute(c, sql);
            }
            boolean ranAlone = false;
            if (error != null && error.startsWith("25001") && !scenario.transactional()) {
                // cannot run inside a transaction block: the tool runs it on its own; judge it by its effects
                c.rollback();
                before = snapshot(c, preExisting, matviews);
                c.commit();
                c.setAutoCommit(true);
                error = execute(c, sql);
                c.setAutoCommit(false);
                ranAlone = true;
            }
            if (error != null) {
                verdicts.add(Verdict.hazard("error " + error));
                c.rollback();
                aborted = true; // every migration tool stops at the first failing statement, in every wrapping
                continue;
            }
            Snapshot after = snapshot(c, preExisting, matviews);
            String work = work(before, after, big, preExisting);
            Set<String> newLocks = new HashSet<>(after.locks());
            newLocks.removeAll(before.locks());
            String reason = "";
            if (work != null && !newLocks.isEmpty()) {
                reason = "holds " + newLocks + " while " + work;
            } else if (work != null && !before.locks().isEmpty()) {
                // the lock an earlier statement of the transaction took blocks its table for this statement's work
                reason = work + " while the transaction holds " + new TreeSet<>(before.locks());
            } else if (work != null && work.startsWith("rewrote") && ranAlone) {
                reason = work + " (a rewrite holds ACCESS EXCLUSIVE)";
            } else if (work != null && work.startsWith("modified")) {
                reason = work + " (row locks block writers)";
            }
            if (!queued && !newLocks.isEmpty() && noLockTimeout(c)) {
                // the harm is the wait, not the hold: counted once per migration, at its first such lock
                queued = true;
                String queue = "waits for " + new TreeSet<>(newLocks) + " with no lock_timeout (later queries queue behind it)";
                reason = reason.isEmpty() ? queue : reason + "; " + queue;
            }
            String lost = lostRows(before, after, preExisting);
            String broken = broken(c);
            boolean newlyBroken = broken != null && !broken.equals(lastBroken);
            lastBroken = broken;
            if (broken != null && !newlyBroken) {
                broken = null; // an earlier statement broke it
            }
            if (broken != null && scenario.transactional()) {
                // the app only sees the state at COMMIT: a later statement may repair it (a compatibility view)
                pendingBreaks.put(i, broken);
                broken = null;
            }
            Verdict verdict = Verdict.SAFE;
            for (String r : new String[] {reason, lost, broken}) {
                if (r != null && !r.isEmpty()) {
                    verdict = verdict.hazardous() ? verdict.plus(r) : Verdict.hazard(r);
                }
            }
            if (work != null && scenario.transactional()) {
                for (String lock : before.locks()) {
                    int owner = lockOwners.get(lock);
                    verdicts.set(owner, verdicts.get(owner).reached() && !verdicts.get(owner).hazardous()
                            ? Verdict.hazard("held " + lock + " while a later statement " + work)
                            : verdicts.get(owner));
                }
            }
            for (String lock : newLocks) {
                lockOwners.putIfAbsent(lock, i);
            }
            verdicts.add(verdict);
            if (!scenario.transactional()) {
                c.commit();
                lockOwners.clear();
            }
        }
        // a break that a later failure rolled back still breaks the app once the failure is fixed
        if (aborted || broken(c) != null) {
            pendingBreaks.forEach((i, why) -> verdicts.set(i, verdicts.get(i).hazardous()
                    ? verdicts.get(i).plus(why) : Verdict.hazard(why)));
        }
        if (!aborted) {
            c.commit();
        }
        return verdicts;
    }

    private static boolean noLockTimeout(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_setting('lock_timeout')")) {
            return r.next() && r.getString(1).equals("0");
        }
    }

    private static String execute(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getSQLState() + " " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    /**
     * The pre-existing materialized views: only REFRESH writes them, so a lock on one that lets readers through
     * (REFRESH CONCURRENTLY's EXCLUSIVE) blocks nobody the application runs.
     */
    private static Set<Long> materializedViews(Connection c) throws SQLException {
        Set<Long> views = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'm'")) {
            while (r.next()) {
                views.add(r.getLong(1));
            }
        }
        return views;
    }

    private static Map<Long, String> relations(Connection c) throws SQLException {
        Map<Long, String> map = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT oid, relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r','m','p')")) {
            while (r.next()) {
                map.put(r.getLong(1), r.getString(2));
            }
        }
        return map;
    }

    private static Set<Long> bigRelations(Connection c, Map<Long, String> relations) throws SQLException {
        Set<Long> big = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND reltuples >= "
                        + ScenarioGenerator.BIG_ROWS / 2)) {
            while (r.next()) {
                big.add(r.getLong(1));
            }
        }
        return big;
    }

    private static Snapshot snapshot(Connection c, Map<Long, String> preExisting, Set<Long> matviews) throws SQLException {
        Map<Long, Long> nodes = new HashMap<>();
        Map<Long, Integer> indexCount = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT c.oid, c.relfilenode, (SELECT coalesce(sum(i.relfilenode::text::bigint), 0) FROM pg_index x JOIN pg_class i"
                        + " ON i.oid = x.indexrelid WHERE x.indrelid = c.oid), (SELECT count(*) FROM pg_index x"
                        + " WHERE x.indrelid = c.oid) FROM pg_class c WHERE relnamespace = 'public'::regnamespace")) {
            while (r.next()) {
                if (preExisting.containsKey(r.getLong(1))) {
                    nodes.put(r.getLong(1), r.getLong(2));
                    nodes.put(-r.getLong(1), r.getLong(3));
                    indexCount.put(r.getLong(1), r.getInt(4));
                }
            }
        }
        Map<Long, long[]> scans = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT relid, seq_scan, n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables")) {
            while (r.next()) {
                scans.put(r.getLong(1), new long[] {r.getLong(2), r.getLong(3)});
            }
        }
        Set<String> locks = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT relation, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation'"
                        + " AND granted")) {
            while (r.next()) {
                boolean readersPass = matviews.contains(r.getLong(1)) && !r.getString(2).equals("AccessExclusiveLock");
                if (preExisting.containsKey(r.getLong(1)) && BLOCKING.contains(r.getString(2)) && !readersPass) {
                    locks.add(r.getString(2) + " on " + preExisting.get(r.getLong(1)));
                }
            }
        }
        // counted under the relation's current name: a table renamed earlier in the scenario still has its rows
        Map<Long, String> current = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT oid, oid::regclass::text FROM pg_class WHERE relkind IN ('r','m','p')")) {
            while (r.next()) {
                current.put(r.getLong(1), r.getString(2));
            }
        }
        Map<Long, Long> rows = new HashMap<>();
        for (Long rel : preExisting.keySet()) {
            rows.put(rel, current.containsKey(rel) ? countRows(c, current.get(rel)) : -1L);
        }
        return new Snapshot(nodes, scans, locks, rows, indexCount);
    }

    private static long countRows(Connection c, String regclass) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT count_rows");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM ONLY " + regclass)) {
                r.next();
                long n = r.getLong(1);
                s.execute("RELEASE SAVEPOINT count_rows");
                return n;
            } catch (SQLException e) {
                s.execute("ROLLBACK TO SAVEPOINT count_rows");
                return -1; // gone, renamed, or not scannable (a matview WITH NO DATA)
            }
        }
    }

    /**
     * The work this statement did on a big pre-existing relation, or null; the most telling kind first, so an UPDATE
     * that scans one table to modify every row of another counts as the modification. Big is counted when the statement
     * starts: scanning a table an earlier statement emptied (TRUNCATE, DELETE) takes no time.
     */
    private static String work(Snapshot before, Snapshot after, Set<Long> big, Map<Long, String> names) {
        List<Long> populated = big.stream()
                .filter(rel -> before.rows().getOrDefault(rel, 0L) >= ScenarioGenerator.BIG_ROWS / 2).toList();
        for (Long rel : populated) {
            if (after.fileNodes().containsKey(rel) && !after.fileNodes().get(rel).equals(before.fileNodes().get(rel))) {
                return "rewrote " + names.get(rel);
            }
        }
        for (Long rel : populated) {
            long modified = after.scans().getOrDefault(rel, new long[2])[1] - before.scans().getOrDefault(rel, new long[2])[1];
            if (modified >= ScenarioGenerator.BIG_ROWS / 5) {
                return "modified " + modified + " rows of " + names.get(rel);
            }
        }
        for (Long rel : populated) {
            String name = names.get(rel);
            // the snapshot's own count(*) of every relation is one sequential scan
            if (after.scans().getOrDefault(rel, new long[2])[0] - before.scans().getOrDefault(rel, new long[2])[0] > 1) {
                return "scanned " + name;
            }
            if (after.indexCount().getOrDefault(rel, 0) > before.indexCount().getOrDefault(rel, 0)
                    || (after.fileNodes().containsKey(-rel)
                            && !after.fileNodes().get(-rel).equals(before.fileNodes().get(-rel))
                            && after.indexCount().get(rel).equals(before.indexCount().get(rel)))) {
                return "built an index on " + name;
            }
        }
        return null;
    }

    private static String lostRows(Snapshot before, Snapshot after, Map<Long, String> names) {
        for (Map.Entry<Long, Long> e : before.rows().entrySet()) {
            long was = e.getValue();
            long now = after.rows().getOrDefault(e.getKey(), -1L);
            if (was > 0 && now >= 0 && now <= was - Math.max(1, was / 5)) {
                return "lost " + (was - now) + " rows of " + names.get(e.getKey());
            }
            if (was > 0 && now < 0 && names.get(e.getKey()).equals("items_mv")) {
                return "items_mv no longer readable";
            }
        }
        return null;
    }

    /** An object the previous app version uses that no longer answers its query. */
    private static String broken(Connection c) throws SQLException {
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        APP_USES.forEach((relation, columns) -> queries.put(relation,
                "SELECT " + String.join(", ", columns) + " FROM " + relation + " LIMIT 0"));
        for (Map.Entry<String, String> use : queries.entrySet()) {
            String query = use.getValue();
            try (Statement s = c.createStatement()) {
                s.execute("SAVEPOINT probe");
                s.execute(query);
                s.execute("RELEASE SAVEPOINT probe");
            } catch (SQLException e) {
                try (Statement s = c.createStatement()) {
                    s.execute(c.getAutoCommit() ? "SELECT 1" : "ROLLBACK TO SAVEPOINT probe");
                }
                return "app query on " + use.getKey() + " fails (" + e.getSQLState() + ")";
            }
        }
        return brokenWrites(c);
    }

    /** Whether items.m still takes the labels the previous app version writes (read from the catalog, no lock). */
    private static String brokenWrites(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT array(SELECT enumlabel"
                + " FROM pg_enum WHERE enumtypid = a.atttypid)::text[] FROM pg_attribute a WHERE a.attrelid ="
                + " to_regclass('items') AND a.attname = 'm' AND NOT a.attisdropped")) {
            if (!r.next()) {
                return "app writes of items.m fail (the column is gone)";
            }
            List<String> labels = List.of((String[]) r.getArray(1).getArray());
            return APP_WRITES_M.stream().filter(l -> !labels.contains(l)).findFirst()
                    .map(l -> "app writes of items.m with '" + l + "' fail (22P02)").orElse(null);
        }
    }

    @Override
    public void close() {}
}
