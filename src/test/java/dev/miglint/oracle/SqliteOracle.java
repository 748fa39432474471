package dev.miglint.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs a scenario on an in-memory SQLite database (sqlite-jdbc) and judges each statement by its effects. */
public final class SqliteOracle {
    private static final Map<String, List<String>> APP_USES = Map.of(
            "items", List.of("id", "cat_id", "name", "qty", "email", "note"), "cats", List.of("id", "title"),
            "items_v", List.of("id", "name"));

    public List<Verdict> judge(Scenario scenario) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                for (String sql : ScenarioGenerator.SQLITE_BASE) {
                    s.execute(sql);
                }
            }
            return run(c, scenario);
        }
    }

    private List<Verdict> run(Connection c, Scenario scenario) throws SQLException {
        List<Verdict> verdicts = new ArrayList<>();
        Map<Integer, String> pendingBreaks = new HashMap<>();
        AppBreaks lastBroken = new AppBreaks(List.of());
        c.setAutoCommit(!scenario.transactional());
        boolean aborted = false;
        // a BEGIN in an unwrapped file opens a transaction the driver does not know of: breaks wait for its COMMIT
        boolean fileTransaction = false;
        AppBreaks brokenAtFailure = null;
        for (int i = 0; i < scenario.steps().size(); i++) {
            if (aborted) {
                verdicts.add(Verdict.NOT_REACHED);
                continue;
            }
            Map<String, Long> before = counts(c);
            String error = null;
            long changesBefore = totalChanges(c);
            String sql = scenario.steps().get(i).sql();
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                error = e.getMessage().lines().findFirst().orElse("");
            }
            if (error != null) {
                verdicts.add(Verdict.hazard("error " + error));
                // every migration tool stops at the first failing statement: the rest is not reached
                aborted = true;
                brokenAtFailure = lastBroken;
                if (scenario.transactional()) {
                    c.rollback();
                }
                continue;
            }
            if (!scenario.transactional() && BEGIN.matcher(sql).find()) {
                fileTransaction = true;
            } else if (!scenario.transactional() && END.matcher(sql).find()) {
                fileTransaction = false;
                // the file's transaction ends: a break made in it counts only if it is still there now
                AppBreaks atCommit = broken(c);
                for (Map.Entry<Integer, String> pending : pendingBreaks.entrySet()) {
                    String still = atCommit.stillFailing(pending.getValue());
                    if (still != null) {
                        Verdict v = verdicts.get(pending.getKey());
                        verdicts.set(pending.getKey(), v.hazardous() ? v.plus(still) : Verdict.hazard(still));
                    }
                }
                pendingBreaks.clear();
            }
            Map<String, Long> after = counts(c);
            Verdict verdict = Verdict.SAFE;
            for (Map.Entry<String, Long> e : before.entrySet()) {
                long now = after.getOrDefault(e.getKey(), -1L);
                if (now >= 0 && now <= e.getValue() - Math.max(1, e.getValue() / 5)) {
                    String why = "lost " + (e.getValue() - now) + " rows of " + e.getKey();
                    verdict = verdict.hazardous() ? verdict.plus(why) : Verdict.hazard(why);
                }
            }
            // SQLite has one write lock for the whole database: an UPDATE that rewrites most rows of a table the
            // application uses holds it, and every other writer gets SQLITE_BUSY, for work proportional to the table.
            java.util.regex.Matcher update = UPDATE.matcher(scenario.steps().get(i).sql());
            long written = totalChanges(c) - changesBefore;
            if (update.find() && before.getOrDefault(update.group(1).toLowerCase(java.util.Locale.ROOT), 0L) > 0
                    && written >= Math.max(1, before.get(update.group(1).toLowerCase(java.util.Locale.ROOT)) / 2)) {
                String why = "updated " + written + " rows of " + update.group(1) + " under the database write lock";
                verdict = verdict.hazardous() ? verdict.plus(why) : Verdict.hazard(why);
            }
            AppBreaks now = broken(c);
            String broken = now.newSince(lastBroken); // what an earlier statement broke is not this one's
            lastBroken = now;
            if (broken != null && (scenario.transactional() || fileTransaction)) {
                pendingBreaks.put(i, broken);
            } else if (broken != null) {
                verdict = verdict.hazardous() ? verdict.plus(broken) : Verdict.hazard(broken);
            }
            verdicts.add(verdict);
        }
        // a break that a later failure rolled back still breaks the app once the failure is fixed
        // (a break repaired before the failure or the end of the transaction was never seen by the app)
        AppBreaks finalBreak = aborted ? brokenAtFailure : broken(c);
        for (Map.Entry<Integer, String> pending : pendingBreaks.entrySet()) {
            int i = pending.getKey();
            String why = finalBreak.stillFailing(pending.getValue());
            if (why != null) {
                verdicts.set(i, verdicts.get(i).hazardous() ? verdicts.get(i).plus(why) : Verdict.hazard(why));
            }
        }
        if (scenario.transactional() && !aborted) {
            c.commit();
        }
        return verdicts;
    }

    private static final java.util.regex.Pattern BEGIN =
            java.util.regex.Pattern.compile("^\\s*BEGIN\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern END =
            java.util.regex.Pattern.compile("^\\s*(COMMIT|END|ROLLBACK)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern UPDATE =
            java.util.regex.Pattern.compile("^\\s*UPDATE\\s+\"?(\\w+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static long totalChanges(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT total_changes()")) {
            return r.getLong(1);
        }
    }

    private static Map<String, Long> counts(Connection c) {
        Map<String, Long> map = new HashMap<>();
        for (String table : List.of("items", "cats")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                map.put(table, r.getLong(1));
            } catch (SQLException e) {
                map.put(table, -1L);
            }
        }
        return map;
    }

    private static AppBreaks broken(Connection c) {
        List<String> failing = new ArrayList<>(brokenReads(c));
        String dangling = danglingReference(c);
        if (dangling != null) {
            failing.add(dangling);
        }
        return new AppBreaks(failing);
    }

    /**
     * A foreign key whose parent table no longer exists: the app's next insert or update of the child fails
     * ("no such table") wherever foreign keys are on. PRAGMA foreign_key_check reports it inside a transaction too.
     */
    private static String danglingReference(Connection c) {
        for (String child : List.of("items", "cats")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_list(" + child + ")")) {
                while (r.next()) {
                    String parent = r.getString("table");
                    try (Statement e = c.createStatement(); ResultSet x = e.executeQuery(
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + parent + "'")) {
                        if (x.getLong(1) == 0) {
                            return "app writes to " + child + " fail: its foreign key names dropped table " + parent;
                        }
                    }
                }
            } catch (SQLException e) {
                // a child the migration dropped or renamed: the read check reports it
            }
        }
        return null;
    }

    private static List<String> brokenReads(Connection c) {
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, List<String>> use : new java.util.TreeMap<>(APP_USES).entrySet()) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT " + String.join(", ", use.getValue()) + " FROM " + use.getKey() + " LIMIT 0")) {
                r.next();
            } catch (SQLException e) {
                failing.add("app query on " + use.getKey() + " fails");
            }
        }
        return failing;
    }
}
