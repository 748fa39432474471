package dev.miglint.dialect.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;

import java.util.List;

/**
 * How to recover from a failed {@code CREATE INDEX CONCURRENTLY}, which leaves an INVALID index in the catalog. One
 * recipe for every rule that talks about it, so their advice never contradicts: {@code IF NOT EXISTS} alone makes a
 * re-run succeed while keeping the broken index, so the re-runnable form drops a leftover first.
 */
public final class InvalidIndexRecovery {

    private InvalidIndexRecovery() {
    }

    /** The statement that removes a leftover INVALID index (or a valid one, which is then rebuilt) before the build. */
    public static String dropFirst(String indexName) {
        return "DROP INDEX CONCURRENTLY IF EXISTS " + Identifiers.quoteIfNeeded(indexName) + ";";
    }

    /** The query that tells whether the index was built: {@code indisvalid} is false for a failed build. */
    public static String validityCheck(String indexName) {
        return "SELECT indisvalid FROM pg_index WHERE indexrelid = '" + Identifiers.quoteIfNeeded(indexName)
                .replace("'", "''") + "'::regclass;";
    }

    /**
     * True when an earlier statement of the same migration is {@code DROP INDEX CONCURRENTLY IF EXISTS} of this index,
     * so a re-run removes what a failed build left and builds it again.
     */
    public static boolean droppedFirst(List<ParsedStatement> migration, ParsedStatement create, String indexName) {
        for (ParsedStatement earlier : migration) {
            if (earlier.span().start() >= create.span().start()) {
                return false;
            }
            if (earlier.model() instanceof Statement.DropIndex di && di.concurrently() && di.ifExists()
                    && di.indexes().stream().anyMatch(n -> n.name().equals(indexName))) {
                return true;
            }
        }
        return false;
    }
}
