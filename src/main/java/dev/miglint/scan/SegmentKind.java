package dev.miglint.scan;

public enum SegmentKind {
    /** An SQL statement, without its terminating delimiter. */
    STATEMENT,
    /** A psql meta-command line such as {@code \connect db}. */
    META_COMMAND,
    /**
     * The data rows of {@code COPY ... FROM stdin} up to the {@code \.} line: part of the COPY statement before
     * it, not a statement of its own (not lexed, no tokens).
     */
    COPY_DATA,
    /** Whitespace, comments, terminators and DELIMITER lines between statements. */
    TRIVIA
}
