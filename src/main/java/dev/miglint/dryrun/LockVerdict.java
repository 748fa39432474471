package dev.miglint.dryrun;

import dev.miglint.dryrun.StepTrace.LockSeen;
import dev.miglint.dryrun.StepTrace.Outcome;
import java.util.List;

/**
 * Whether a write-blocking lock a traced statement took is a hazard. A strong lock held for an instant on
 * metadata is what the static rules call safe; it hurts when it is held while work proportional to a table
 * happens: in its own statement (a scan, an index build, a validation, a rewrite) or later in the same
 * transaction, since the lock is kept until commit.
 *
 * @param statementNanos how long the statement that took the lock ran
 * @param heldNanos      from the start of that statement to the end of the traced transaction
 * @param statementRows  table rows the statement itself read or wrote, -1 if unknown
 * @param laterRows      table rows read or written by the statements after it while the lock was still held
 */
record LockVerdict(LockSeen lock, long statementNanos, long heldNanos, long statementRows, long laterRows,
        boolean rewrote) {

    /**
     * The verdict for {@code lock}, taken by {@code steps.get(index)}: held until the transaction the deploy runs that
     * statement in ends ({@code deployed}), not until the end of the dry run's own.
     */
    static LockVerdict of(LockSeen lock, List<StepTrace> steps, int index, DeployedTransactions deployed) {
        StepTrace t = steps.get(index);
        long held = t.nanos();
        long later = 0;
        if (!oneTransactionPerStatement(steps)) {
            for (int j = index + 1; j < steps.size() && deployed.sameTransaction(t.step(), steps.get(j).step()); j++) {
                StepTrace next = steps.get(j);
                held += next.nanos();
                if (next.outcome() == Outcome.RAN) {
                    later += Math.max(0, next.rowsTouched());
                }
            }
        }
        return new LockVerdict(lock, t.nanos(), held, t.rowsTouched(), later, !t.rewrites().isEmpty());
    }

    /**
     * The write-blocking locks that earlier statements of the transaction {@code steps.get(index)} is deployed in took
     * and still hold while it runs (a transaction keeps its locks until it ends).
     */
    static List<LockSeen> heldFromEarlierStatements(List<StepTrace> steps, int index, DeployedTransactions deployed) {
        if (oneTransactionPerStatement(steps)) {
            return List.of();
        }
        List<LockSeen> held = new java.util.ArrayList<>();
        StepTrace t = steps.get(index);
        for (int j = index - 1; j >= 0 && deployed.sameTransaction(steps.get(j).step(), t.step()); j--) {
            if (steps.get(j).outcome() == Outcome.RAN) {
                steps.get(j).newLocks().stream().filter(l -> l.mode().blocksWrites()).forEach(held::add);
            }
        }
        return held;
    }

    /** A file with a statement that cannot run in a transaction ran one transaction per statement. */
    private static boolean oneTransactionPerStatement(List<StepTrace> steps) {
        return steps.stream().anyMatch(s -> s.outcome() == Outcome.RAN_OUTSIDE_TRANSACTION);
    }

    boolean hazard() {
        return rewrote || statementRows != 0 || laterRows > 0;
    }

    String message() {
        String head = "took " + lock.pgMode() + " on " + lock.relation();
        String blocks = "; it blocks " + lock.mode().blocks();
        String hold = "held " + Sizes.millis(heldNanos) + " until commit, " + Sizes.millis(statementNanos)
                + " of it in this statement";
        if (!hazard()) {
            return head + " for a catalog-only change: no table rows were read or written while it was held (" + hold
                    + ")" + blocks + ", but only that long";
        }
        StringBuilder why = new StringBuilder(" and held it while ");
        if (statementRows > 0 || rewrote) {
            why.append(statementRows > 0 ? "this statement read or wrote " + statementRows + " rows" : "it rewrote the table");
            if (laterRows > 0) {
                why.append(" and ");
            }
        } else if (statementRows < 0) {
            why.append("this statement ran");
            if (laterRows > 0) {
                why.append(" and ");
            }
        }
        if (laterRows > 0) {
            why.append("later statements of the migration read or wrote ").append(laterRows).append(" rows");
        }
        return head + why + " (" + hold + ")" + blocks;
    }
}
