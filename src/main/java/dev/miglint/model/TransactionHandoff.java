package dev.miglint.model;

import java.util.List;

/**
 * The "step out of the framework's transaction" pattern of a migration the framework runs in a transaction:
 * {@code COMMIT;} ends the framework's transaction, work that cannot run in a transaction block follows
 * ({@code CREATE INDEX CONCURRENTLY}), and a final {@code BEGIN;} opens a transaction again for the framework to
 * COMMIT (and record the migration in). Valid: nothing is left open and nothing is nested.
 */
public final class TransactionHandoff {
    private TransactionHandoff() {
    }

    /** The file ends in a transaction its last BEGIN opened after a COMMIT: the framework's own COMMIT closes it. */
    public static boolean handsBack(List<ParsedStatement> statements) {
        int lastBegin = lastIndexOf(statements, Statement.TransactionControl.Kind.BEGIN);
        if (lastBegin < 0) {
            return false;
        }
        boolean committedBefore = false;
        for (int i = 0; i < statements.size(); i++) {
            Statement.TransactionControl.Kind k = kind(statements.get(i));
            if (i < lastBegin && k == Statement.TransactionControl.Kind.COMMIT) {
                committedBefore = true;
            } else if (i > lastBegin && (k == Statement.TransactionControl.Kind.COMMIT
                    || k == Statement.TransactionControl.Kind.ROLLBACK)) {
                return false;
            }
        }
        return committedBefore;
    }

    /** {@code commit} is a COMMIT of a file that {@link #handsBack hands the transaction back} with a later BEGIN. */
    public static boolean reopenedAfter(List<ParsedStatement> statements, ParsedStatement commit) {
        int at = statements.indexOf(commit);
        return at >= 0 && at < lastIndexOf(statements, Statement.TransactionControl.Kind.BEGIN) && handsBack(statements);
    }

    private static int lastIndexOf(List<ParsedStatement> statements, Statement.TransactionControl.Kind kind) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (kind(statements.get(i)) == kind) {
                return i;
            }
        }
        return -1;
    }

    private static Statement.TransactionControl.Kind kind(ParsedStatement s) {
        return !s.nested() && s.model() instanceof Statement.TransactionControl tc ? tc.kind() : null;
    }
}
