package dev.miglint.lint;

/**
 * What was found out about one history: where it is, its framework and dialect, and its size.
 * {@code dialectNote}: which dialect was assumed from weak evidence and why, null when the dialect was known.
 */
public record HistorySummary(String path, String framework, String dialect, int files, int statements, int unparsed,
        String dialectNote) {

    public HistorySummary(String path, String framework, String dialect, int files, int statements, int unparsed) {
        this(path, framework, dialect, files, statements, unparsed, null);
    }
}
