package dev.miglint.lint;

/** What miglint says when the heap runs out: one line and exit 2, never a stack trace or exit 1 ("findings"). */
public final class MemoryLimit {
    public static final String MESSAGE = "out of memory while linting; skipped. Give Java more heap "
            + "(MIGLINT_JAVA_OPTS=-Xmx1g) or lint fewer or smaller files at once";

    private MemoryLimit() {
    }
}
