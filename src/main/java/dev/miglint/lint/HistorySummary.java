package dev.miglint.lint;

/** What was found out about one history: where it is, its framework and dialect, and its size. */
public record HistorySummary(String path, String framework, String dialect, int files, int statements, int unparsed) {
}
