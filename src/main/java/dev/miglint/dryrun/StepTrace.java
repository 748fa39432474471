package dev.miglint.dryrun;

import dev.miglint.model.LockMode;
import java.util.List;

/**
 * What one statement did when it ran. {@code outcome} says whether and how it ran; {@code sqlState} and
 * {@code error} are set when it failed. {@code rowsTouched} counts the table rows the statement read or wrote
 * (scans, index builds, validations, rewrites, DML), -1 where the backend cannot tell.
 */
public record StepTrace(Step step, Outcome outcome, long nanos, String sqlState, String error,
        List<LockSeen> newLocks, List<Rewrite> rewrites, List<String> catalogChanges, String note, long rowsTouched,
        List<RowsWritten> rowsWritten) {

    public StepTrace(Step step, Outcome outcome, long nanos, String sqlState, String error, List<LockSeen> newLocks,
            List<Rewrite> rewrites, List<String> catalogChanges, String note) {
        this(step, outcome, nanos, sqlState, error, newLocks, rewrites, catalogChanges, note, -1, List.of());
    }

    /**
     * {@code FAILED_ON_SYNTHETIC_ROWS}: it failed on values the dry run made up (and again, or could not be retried,
     * without them); not the migration's failure.
     */
    public enum Outcome { RAN, RAN_OUTSIDE_TRANSACTION, FAILED, SKIPPED, FAILED_ON_SYNTHETIC_ROWS }

    public StepTrace {
        newLocks = List.copyOf(newLocks);
        rewrites = List.copyOf(rewrites);
        catalogChanges = List.copyOf(catalogChanges);
        rowsWritten = List.copyOf(rowsWritten);
    }

    static StepTrace skipped(Step step, String why) {
        return new StepTrace(step, Outcome.SKIPPED, 0, null, null, List.of(), List.of(), List.of(), why);
    }

    public double millis() {
        return nanos / 1_000_000.0;
    }

    /** A lock our session took on a relation that existed before the migration. */
    public record LockSeen(String relation, String pgMode, LockMode mode) {
        public String describe() {
            return pgMode + " on " + relation + " (blocks " + mode.blocks() + ")";
        }
    }

    /**
     * Rows of a relation that existed before the migration which the statement updated or deleted: each stays
     * locked against other writers until the transaction ends.
     */
    public record RowsWritten(String relation, long rows) {
    }

    /** A relation whose storage was rewritten: its relfilenode changed. */
    public record Rewrite(String relation, long bytesBefore, long rows) {
        public String describe() {
            return relation + " (" + Sizes.human(bytesBefore) + (rows >= 0 ? ", " + rows + " rows" : "") + ")";
        }
    }
}
