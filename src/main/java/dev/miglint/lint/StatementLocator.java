package dev.miglint.lint;

import dev.miglint.model.ParsedStatement;
import java.util.List;

/**
 * Finds statements by file offset in logarithmic time (files may hold 60,000 statements and as many findings
 * or comments). Statements come in file order by start; nested (DO body) statements follow their block.
 */
final class StatementLocator {
    private final List<ParsedStatement> statements;

    StatementLocator(List<ParsedStatement> statements) {
        this.statements = statements;
    }

    /** The innermost statement containing {@code offset}, or null. */
    ParsedStatement innermostAt(int offset) {
        for (int i = lastStartingAtOrBefore(offset); i >= 0; i--) {
            ParsedStatement st = statements.get(i);
            if (st.span().start() <= offset && offset <= st.span().end()) {
                return st;
            }
            if (!st.nested()) {
                // Top-level statements do not overlap: nothing earlier can contain the offset.
                return null;
            }
        }
        return null;
    }

    /** The first statement that starts at or after {@code offset}, or null. */
    ParsedStatement firstStartingAtOrAfter(int offset) {
        int i = lastStartingAtOrBefore(offset - 1) + 1;
        return i < statements.size() ? statements.get(i) : null;
    }

    private int lastStartingAtOrBefore(int offset) {
        int low = 0;
        int high = statements.size() - 1;
        int last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (statements.get(mid).span().start() <= offset) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return last;
    }
}
