package dev.miglint.dryrun;

import dev.miglint.dryrun.AppliedMigrations.State;
import dev.miglint.rules.Level;
import dev.miglint.source.MigrationFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Against a given database, the deploy runs only what its migration framework's record does not list yet: those
 * files are the ones to trace (in history order, which is the framework's order), and the database itself is the
 * setup. The record is read, never written; where it disagrees with the files the dry run says so.
 */
final class PendingMigrations {
    private PendingMigrations() {
    }

    /**
     * The plan restricted to the pending files, every one of them a target unless {@code explicitTargets} (then the
     * chosen targets stay targets and the pending files before them are setup). Null {@code record}: no framework
     * record in the database, the plan is returned unchanged.
     */
    static HistoryPlan restrict(HistoryPlan plan, AppliedMigrations record, boolean explicitTargets, Observations out) {
        if (record == null) {
            out.info(plan.history().name() + ": the database has no migration record table; the history before the"
                    + " targets is taken as applied");
            return plan;
        }
        List<HistoryPlan.Entry> pending = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        List<String> uncompared = new ArrayList<>();
        for (HistoryPlan.Entry e : plan.files()) {
            State state = record.stateOf(e.file(), e.source().text());
            LiquibaseChangeset changeset = LiquibaseChangeset.of(e.file(), e.source().text());
            String changed = state == State.APPLIED ? record.changedSinceApplied(e.file(), e.source().text()) : null;
            if (state == State.APPLIED && changeset != null && (changeset.runAlways()
                    || (changeset.runOnChange() && changed != null))) {
                // Liquibase runs a runAlways changeset on every update, a changed runOnChange one again: both are
                // part of this deploy
                if (!changeset.runAlways()) {
                    out.info(plan.history().name() + ": " + changeset.key() + " is runOnChange and changed since it"
                            + " was applied (" + changed + "): Liquibase runs it again, traced");
                }
                state = null;
                changed = null;
            }
            String notCompared = state == State.APPLIED ? record.checksumNotCompared(e.file(), e.source().text())
                    : null;
            if (notCompared != null) {
                uncompared.add(changeset.key() + " (" + notCompared + ")");
            }
            if (state == State.PASSED_OVER) {
                out.add(e.source(), DryRunRules.HISTORY_RECORD, Level.WARNING, PgDryRun.firstStatement(
                        Step.split(e.source().text(), dev.miglint.model.Dialect.POSTGRES)),
                        record.table() + " does not list this migration, but lists a newer one: Drizzle applies only"
                                + " journal entries newer than its last record, so the deploy will never run it",
                        "Give it a journal time (\"when\") after the last applied migration, or apply it by hand.");
                continue;
            }
            if (changed != null) {
                out.add(e.source(), DryRunRules.HISTORY_RECORD, Level.WARNING, PgDryRun.firstStatement(
                        Step.split(e.source().text(), dev.miglint.model.Dialect.POSTGRES)),
                        "this migration was changed after it was applied: " + changed + (changeset == null ? ""
                                : " (Liquibase's update fails validation on it)"),
                        "The database ran the old text; the framework will refuse or ignore the change. Put the"
                                + " change in a new migration and restore this file.");
            }
            if (state == State.FAILED || state == State.ROLLED_BACK) {
                out.add(e.source(), DryRunRules.HISTORY_RECORD, Level.WARNING, PgDryRun.firstStatement(
                        Step.split(e.source().text(), plan.history().dialect() == null
                                ? dev.miglint.model.Dialect.POSTGRES : plan.history().dialect())),
                        record.table() + " records this migration as " + (state == State.FAILED
                                ? "failed: the deploy stops here until it is resolved" : "rolled back"),
                        "The framework will not apply it again by itself; resolve the record (e.g. prisma migrate"
                                + " resolve, migrate force) after checking what the failed run left behind.");
            }
            if (state == State.APPLIED && !(explicitTargets && e.target())) {
                applied.add(e.file().displayPath());
                continue;
            }
            boolean target = explicitTargets ? e.target() : state != State.APPLIED;
            pending.add(new HistoryPlan.Entry(e.file(), e.source(), target, e.down()));
        }
        Map<MigrationFile, String> texts = new HashMap<>();
        plan.files().forEach(e -> texts.put(e.file(), e.source().text()));
        if (!uncompared.isEmpty()) {
            out.info(plan.history().name() + ": databasechangelog: checksum not compared for " + uncompared.size()
                    + " applied changeset(s), taken as unchanged: " + String.join("; ", uncompared));
        }
        for (String key : record.vanished(plan.history().files(), texts::get)) {
            out.info(plan.history().name() + ": " + record.table() + " records migration " + key
                    + " as applied, but no file of the history has that version (deleted or renamed?)");
        }
        out.info(plan.history().name() + ": " + record.table() + " lists " + applied.size() + " of these files as"
                + " applied" + (applied.isEmpty() ? "" : " (" + applied.get(0)
                + (applied.size() > 1 ? " ... " + applied.get(applied.size() - 1) : "") + ")") + "; "
                + pending.stream().filter(HistoryPlan.Entry::target).count() + " pending traced");
        return new HistoryPlan(plan.history(), pending, true);
    }
}
