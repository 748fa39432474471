package dev.miglint.report;

/** A region as reports show it: 1-based lines and columns, columns in UTF-16 units, the end column exclusive. */
record TextRange(int startLine, int startColumn, int endLine, int endColumn) {
}
