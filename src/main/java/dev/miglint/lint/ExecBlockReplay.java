package dev.miglint.lint;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.schema.SchemaTracker;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * goose (and sql-migrate) without a transaction run a file statement by statement, but a
 * {@code StatementBegin}/{@code StatementEnd} block is one Exec: on PostgreSQL its statements form one implicit
 * transaction block, so CREATE INDEX CONCURRENTLY in such a block fails. Tells the tracker where each block of
 * several statements starts and ends.
 */
final class ExecBlockReplay {
    private static final ExecBlockReplay NONE = new ExecBlockReplay(Map.of(), Map.of());

    private final Map<ParsedStatement, Integer> firstOfBlock;
    private final Map<ParsedStatement, Boolean> lastOfBlock;

    private ExecBlockReplay(Map<ParsedStatement, Integer> firstOfBlock, Map<ParsedStatement, Boolean> lastOfBlock) {
        this.firstOfBlock = firstOfBlock;
        this.lastOfBlock = lastOfBlock;
    }

    static ExecBlockReplay of(TransactionWrapping wrapping, Dialect dialect, List<Span> blocks,
            List<ParsedStatement> statements) {
        // inside the framework's transaction, or on a database without implicit blocks, a block changes nothing
        if (wrapping != TransactionWrapping.NONE || dialect != Dialect.POSTGRES || blocks.isEmpty()) {
            return NONE;
        }
        Map<ParsedStatement, Integer> first = new IdentityHashMap<>();
        Map<ParsedStatement, Boolean> last = new IdentityHashMap<>();
        for (Span block : blocks) {
            List<ParsedStatement> inside = new ArrayList<>();
            for (ParsedStatement s : statements) {
                if (!s.nested() && s.span().start() >= block.start() && s.span().end() <= block.end()) {
                    inside.add(s);
                }
            }
            if (inside.size() > 1) {
                first.put(inside.get(0), inside.size());
                last.put(inside.get(inside.size() - 1), true);
            }
        }
        return new ExecBlockReplay(first, last);
    }

    void before(ParsedStatement statement, SchemaTracker tracker) {
        Integer size = firstOfBlock.get(statement);
        if (size != null) {
            tracker.beginExecBlock(size);
        }
    }

    void after(ParsedStatement statement, SchemaTracker tracker) {
        if (lastOfBlock.containsKey(statement)) {
            tracker.endExecBlock();
        }
    }
}
