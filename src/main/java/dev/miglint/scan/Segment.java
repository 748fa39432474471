package dev.miglint.scan;

import dev.miglint.model.Span;
import java.util.List;

/**
 * A contiguous piece of the scanned range. {@code tokens} holds the statement's tokens (comments inside the
 * statement included) for STATEMENT and META_COMMAND, and is empty for TRIVIA and COPY_DATA.
 */
public record Segment(SegmentKind kind, Span span, List<Token> tokens) {
    public Segment {
        tokens = List.copyOf(tokens);
    }

    public String text(String source) {
        return source.substring(span.start(), span.end());
    }

    /** True for the rows of {@code COPY ... FROM stdin}, which are not lexed. */
    public boolean isCopyData() {
        return kind == SegmentKind.COPY_DATA;
    }
}
