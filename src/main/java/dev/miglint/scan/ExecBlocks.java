package dev.miglint.scan;

import dev.miglint.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * goose and sql-migrate hand a {@code StatementBegin} ... {@code StatementEnd} block to the database as one Exec,
 * however many statements it holds: the ranges between each pair of markers.
 */
public final class ExecBlocks {
    private ExecBlocks() {
    }

    /** The blocks of {@code text}, from its scanned comments; a Begin without an End runs to the end. */
    public static List<Span> of(String text, List<Token> comments) {
        List<Span> blocks = new ArrayList<>();
        int open = -1;
        for (Token comment : comments) {
            GooseMarker marker = GooseMarker.of(text, comment);
            if (marker == GooseMarker.STATEMENT_BEGIN && open < 0) {
                open = comment.end();
            } else if (marker == GooseMarker.STATEMENT_END && open >= 0) {
                blocks.add(new Span(open, Math.max(open, comment.start())));
                open = -1;
            }
        }
        if (open >= 0) {
            blocks.add(new Span(open, Math.max(open, text.length())));
        }
        return blocks;
    }
}
