package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.Scanner;
import dev.miglint.schema.SchemaTracker;
import dev.miglint.settings.LintSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * The transactions a migration file runs in when it is deployed: the framework's wrapping and the file's own
 * BEGIN/COMMIT, replayed by the same session model the static rules use. The dry run traces a file in one transaction
 * of its own (or statement by statement), so it asks here where the deploy would run a statement that cannot run in a
 * transaction block, and until when a lock a statement takes is held.
 */
final class DeployedTransactions {
    /** The statements (by offset in the file) that run inside a transaction block, with that block's number. */
    private final Map<Integer, Integer> blockOf;

    private DeployedTransactions(Map<Integer, Integer> blockOf) {
        this.blockOf = blockOf;
    }

    /** All statements in one transaction: how the dry run traces a file it knows nothing more of. */
    static final DeployedTransactions ONE_TRANSACTION = new DeployedTransactions(null);

    static DeployedTransactions of(String text, TransactionWrapping wrapping) {
        var statements = new StatementParser(Dialect.POSTGRES).parse(text, Scanner.scan(text, Dialect.POSTGRES));
        SchemaTracker session = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        session.beginMigration(wrapping, statements);
        Map<Integer, Integer> blockOf = new HashMap<>();
        for (ParsedStatement statement : statements) {
            if (statement.nested()) {
                continue;
            }
            if (session.inTransaction()) {
                blockOf.put(statement.span().start(), session.transactionNumber());
            }
            session.apply(statement);
        }
        session.endMigration();
        return new DeployedTransactions(blockOf);
    }

    /** Whether the statement runs inside a transaction block as deployed. */
    boolean inside(Step step) {
        return blockOf == null || blockOf.containsKey(step.span().start());
    }

    /** Whether a lock {@code first} takes is still held when {@code later} runs: both in the same block. */
    boolean sameTransaction(Step first, Step later) {
        if (blockOf == null) {
            return true;
        }
        Integer block = blockOf.get(first.span().start());
        return block != null && block.equals(blockOf.get(later.span().start()));
    }
}
