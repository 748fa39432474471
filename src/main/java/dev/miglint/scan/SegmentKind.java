package dev.miglint.scan;

public enum SegmentKind {
    /** An SQL statement, without its terminating delimiter. */
    STATEMENT,
    /** A psql meta-command line such as {@code \connect db}, or the data block of {@code COPY ... FROM stdin}. */
    META_COMMAND,
    /** Whitespace, comments, terminators and DELIMITER lines between statements. */
    TRIVIA
}
