package dev.miglint.dryrun;

import dev.miglint.dryrun.StepTrace.LockSeen;
import dev.miglint.dryrun.StepTrace.Outcome;
import dev.miglint.dryrun.StepTrace.Rewrite;
import dev.miglint.dryrun.StepTrace.RowsWritten;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns the trace of one file into findings, and marks the static findings the trace confirms. */
final class TraceFindings {
    private static final List<String> FAILURE_WORDS = List.of("not-null", "notnull", "unique", "fail", "populated",
            "check", "constraint", "default", "duplicate", "transaction", "concurren");
    private static final List<String> REWRITE_WORDS = List.of("rewrite", "type", "default", "volatile", "column",
            "cluster", "vacuum-full");
    private static final List<String> LOCK_WORDS = List.of("lock", "index", "concurren", "constraint", "foreign",
            "not-null", "validate", "exclusive", "alter", "rename", "drop", "add", "trigger", "partition", "refresh",
            "reindex", "unique", "primary", "column", "type", "default", "rewrite");
    private static final List<String> ROW_WORDS = List.of("where", "backfill", "update", "delete", "write");
    private static final List<String> REMOVAL_WORDS = List.of("drop", "rename");
    /** A change that removes a name the running application reads or writes (not an index or a constraint). */
    private static final java.util.regex.Pattern APP_VISIBLE_REMOVAL = java.util.regex.Pattern.compile(
            "(?:dropped|renamed) (?:table|column|view|materialized view) ");

    private static final String SYNTHETIC_HELP = "The values of synthetic rows are made up, so a statement that only"
            + " fails on them is not reported as failing; it fails on your database only if its rows violate the same"
            + " rule: check them before deploying.";

    /**
     * Rows one statement may update or delete in an existing table before it counts as a backfill: the dry run fills
     * each table with 1000 synthetic rows by default, so a statement bounded by a key or a small range stays below.
     */
    static final long MANY_ROWS = 500;

    private TraceFindings() {
    }

    static List<Finding> of(Observations.FileTrace trace, long longLockMillis, int rows) {
        Positions at = new Positions(trace.source());
        List<Finding> out = new ArrayList<>();
        List<StepTrace> steps = trace.steps();
        for (int k = 0; k < steps.size(); k++) {
            StepTrace t = steps.get(k);
            var span = t.step().span();
            switch (t.outcome()) {
                case FAILED -> out.add(at.finding(DryRunRules.STATEMENT_FAILED, Level.ERROR, span,
                        "failed with SQLSTATE " + t.sqlState() + ": " + t.error(),
                        "Why: the dry run executed this statement" + (rows > 0 ? " on tables holding " + rows
                                + " synthetic rows (plus what the history inserted)" : "")
                                + " and the server refused it; the migration would stop here.\n"
                                + "How: fix the statement (for 23502 add a default or backfill first; for 23505"
                                + " remove the duplicates first); the statements after it were traced without"
                                + " its effects."));
                case SKIPPED -> {
                    if (t.step().kind() != Step.Kind.TRANSACTION_CONTROL) {
                        out.add(at.finding(DryRunRules.SKIPPED, Level.NOTE, span, "not executed: " + t.note(), ""));
                    }
                }
                case RAN_OUTSIDE_TRANSACTION -> out.add(at.finding(DryRunRules.OUTSIDE_TRANSACTION, Level.NOTE, span,
                        t.note() + " (" + Sizes.millis(t.nanos()) + ")", ""));
                case FAILED_ON_SYNTHETIC_ROWS -> out.add(at.finding(DryRunRules.SYNTHETIC_ROWS, Level.NOTE, span,
                        t.note() + "; whether it fails on your database depends on its data", SYNTHETIC_HELP));
                case RAN -> {
                    if (t.note() != null) {
                        out.add(at.finding(DryRunRules.SYNTHETIC_ROWS, Level.NOTE, span, t.note(), SYNTHETIC_HELP));
                    }
                }
            }
            long heldNanos = 0;
            if (t.outcome() == Outcome.RAN) {
                for (int j = k; j < steps.size() && (j == k || trace.deployed().sameTransaction(t.step(),
                        steps.get(j).step())); j++) {
                    heldNanos += steps.get(j).nanos();
                }
            }
            for (LockSeen lock : t.newLocks()) {
                if (!lock.mode().blocksWrites()) {
                    continue;
                }
                LockVerdict verdict = LockVerdict.of(lock, steps, k, trace.deployed());
                LockScaling scaling = trace.scaling().get(k);
                out.add(at.finding(DryRunRules.STRONG_LOCK, verdict.hazard() ? Level.WARNING : Level.NOTE, span,
                        verdict.message() + (verdict.hazard() && scaling != null
                                ? "; this statement takes " + scaling.describe() : ""), verdict.hazard()
                                ? "Observed: the lock was granted to the dry run's session while this statement ran;"
                                        + " on a busy table every blocked query queues behind it, and so do queries"
                                        + " that arrive after them, for as long as that work takes on production data."
                                : "Observed: the lock was held only for a change to the catalog, which takes the same"
                                        + " time on any table size; guarded by lock_timeout it is safe."));
                if (heldNanos / 1_000_000 >= longLockMillis) {
                    out.add(at.finding(DryRunRules.LONG_LOCK, Level.WARNING, span,
                            "held " + lock.pgMode() + " on " + lock.relation() + " for " + Sizes.millis(heldNanos)
                                    + " (this statement and the rest of the migration)",
                            "Why: writes to " + lock.relation() + " wait that long.\n"
                                    + "How: split the migration, or do the slow part without the strong lock."));
                }
            }
            for (RowsWritten written : t.rowsWritten()) {
                if (written.rows() >= MANY_ROWS) {
                    out.add(at.finding(DryRunRules.ROWS_LOCKED, Level.WARNING, span, "updated or deleted "
                                    + written.rows() + " rows of " + written.relation() + " in " + Sizes.millis(t.nanos())
                                    + "; each stays locked against other writers until the transaction commits",
                            "Observed: the statement changed every row its WHERE let through, and an UPDATE or DELETE"
                                    + " locks each row it changes until commit: the application's writes to those rows"
                                    + " (and SELECT ... FOR UPDATE) wait, and on production data the statement runs"
                                    + " as long as there are rows.\nHow: change the rows in batches of a few thousand,"
                                    + " each in its own transaction, outside the schema migration."));
                }
            }
            for (Rewrite rewrite : t.rewrites()) {
                out.add(at.finding(DryRunRules.TABLE_REWRITE, Level.WARNING, span,
                        "rewrote " + rewrite.describe() + " in " + Sizes.millis(t.nanos()),
                        "Observed: the table got a new relfilenode, i.e. a full copy was written under an ACCESS"
                                + " EXCLUSIVE lock; on a large table this takes minutes and doubles its disk use."));
            }
            List<String> invalid = t.catalogChanges().stream().filter(c -> c.contains("(INVALID)")).toList();
            for (String change : invalid) {
                out.add(at.finding(DryRunRules.INVALID_INDEX, Level.WARNING, span, change,
                        "An INVALID index is maintained on every write but never used; drop it and build it again."));
            }
            if (!t.catalogChanges().isEmpty()) {
                out.add(at.finding(DryRunRules.CATALOG_CHANGE, Level.NOTE, span,
                        String.join("; ", t.catalogChanges()) + " (" + Sizes.millis(t.nanos()) + ")", ""));
            }
        }
        return out;
    }

    /** The static finding with {@code observed} set when a statement it covers did what its rule predicts. */
    static Finding confirm(Finding f, Observations.FileTrace trace) {
        if (f.ruleId().startsWith("dry-run-") || f.span() == null) {
            return f;
        }
        List<StepTrace> steps = trace.steps();
        for (int k = 0; k < steps.size(); k++) {
            StepTrace t = steps.get(k);
            var span = t.step().span();
            if (f.span().start() < span.start() || f.span().start() > span.end()) {
                continue;
            }
            String id = f.ruleId().toLowerCase(Locale.ROOT);
            if (t.outcome() == Outcome.FAILED && mentions(id, FAILURE_WORDS)) {
                return f.withObserved("dry run: failed with SQLSTATE " + t.sqlState() + ": " + t.error());
            }
            if (!t.rewrites().isEmpty() && mentions(id, REWRITE_WORDS)) {
                return f.withObserved("dry run: rewrote " + t.rewrites().stream().map(Rewrite::describe)
                        .collect(Collectors.joining(", ")));
            }
            List<String> many = t.rowsWritten().stream().filter(w -> w.rows() >= MANY_ROWS)
                    .map(w -> w.rows() + " rows of " + w.relation()).toList();
            if (!many.isEmpty() && mentions(id, ROW_WORDS)) {
                return f.withObserved("dry run: updated or deleted " + String.join(", ", many));
            }
            List<String> removed = t.catalogChanges().stream().filter(c -> APP_VISIBLE_REMOVAL.matcher(c).lookingAt())
                    .toList();
            if (!removed.isEmpty() && mentions(id, REMOVAL_WORDS)) {
                return f.withObserved("dry run: " + String.join("; ", removed));
            }
            List<LockSeen> queueing = t.newLocks().stream().filter(l -> l.mode().blocksWrites()).toList();
            if (!queueing.isEmpty() && id.contains("lock-timeout")) {
                // the harm is the wait in the lock queue, however short the hold (docs/evaluation.md, hazard 8)
                return f.withObserved("dry run: took " + queueing.stream().map(LockSeen::describe)
                        .collect(Collectors.joining(", ")) + "; waiting for it, every later query on it queues");
            }
            int index = k;
            List<LockSeen> heldBefore = LockVerdict.heldFromEarlierStatements(steps, index, trace.deployed());
            boolean worked = t.outcome() == Outcome.RAN && (t.rowsTouched() > 0 || !t.rewrites().isEmpty());
            if (worked && !heldBefore.isEmpty() && mentions(id, LOCK_WORDS)) {
                // the work of this statement runs while the transaction blocks those tables (docs/evaluation.md, 5)
                return f.withObserved("dry run: " + (t.rewrites().isEmpty() ? "read or wrote " + t.rowsTouched()
                        + " rows" : "rewrote a table") + " while this transaction held " + heldBefore.stream()
                        .map(LockSeen::describe).distinct().collect(Collectors.joining(", ")));
            }
            List<LockSeen> strong = t.newLocks().stream().filter(l -> l.mode().blocksWrites())
                    .filter(l -> LockVerdict.of(l, steps, index, trace.deployed()).hazard()).toList();
            if (!strong.isEmpty() && mentions(id, LOCK_WORDS)) {
                return f.withObserved("dry run: took " + strong.stream().map(LockSeen::describe)
                        .collect(Collectors.joining(", ")) + " for " + Sizes.millis(t.nanos()));
            }
        }
        return f;
    }

    private static boolean mentions(String id, List<String> words) {
        return words.stream().anyMatch(id::contains);
    }
}
