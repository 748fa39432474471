package dev.miglint.report;

import dev.miglint.model.Span;
import dev.miglint.scan.LineIndex;

/** A region as reports show it: 1-based lines and columns, columns in UTF-16 units, the end column exclusive. */
record TextRange(int startLine, int startColumn, int endLine, int endColumn) {

    /** The region of {@code span}, clamped to the text so a stale span never throws. */
    static TextRange of(LineIndex lines, Span span) {
        int start = Math.min(span.start(), lines.textLength());
        int end = Math.min(span.end(), lines.textLength());
        return new TextRange(lines.line(start), lines.column(start), lines.line(end), lines.column(end));
    }
}
