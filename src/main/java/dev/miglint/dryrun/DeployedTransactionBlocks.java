package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.Scanner;
import dev.miglint.schema.SchemaTracker;
import dev.miglint.settings.LintSettings;
import java.util.HashSet;
import java.util.Set;

/**
 * Which statements of a migration file run inside a transaction block when it is deployed: the framework's wrapping
 * and the file's own BEGIN/COMMIT, replayed by the same session model the static rules use. The dry run runs each
 * statement that cannot run in a block on its own, so it must ask where the deploy would run it.
 */
final class DeployedTransactionBlocks {
    private final Set<Integer> inside;

    private DeployedTransactionBlocks(Set<Integer> inside) {
        this.inside = inside;
    }

    static DeployedTransactionBlocks of(String text, TransactionWrapping wrapping) {
        var statements = new StatementParser(Dialect.POSTGRES).parse(text, Scanner.scan(text, Dialect.POSTGRES));
        SchemaTracker session = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        session.beginMigration(wrapping, statements);
        Set<Integer> inside = new HashSet<>();
        for (ParsedStatement statement : statements) {
            if (statement.nested()) {
                continue;
            }
            if (session.inTransaction()) {
                inside.add(statement.span().start());
            }
            session.apply(statement);
        }
        session.endMigration();
        return new DeployedTransactionBlocks(inside);
    }

    /** Whether the statement at this offset of the file runs inside a transaction block as deployed. */
    boolean inside(Step step) {
        return inside.contains(step.span().start());
    }
}
