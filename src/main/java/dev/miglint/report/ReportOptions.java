package dev.miglint.report;

import java.util.Objects;

/**
 * How to write a report. {@code color}: ANSI colours in text output (the CLI decides from TTY, NO_COLOR and
 * --no-color). {@code quiet}: text output without code frames and help. {@code toolVersion}: miglint's version.
 * {@code maxBytes}: the most UTF-8 bytes the markdown report may take (0: no limit); a report that would be larger
 * is written in summary mode ({@link MarkdownSummary}). Bytes are never fewer than characters, so a byte limit also
 * keeps a character limit such as a pull-request comment's.
 */
public record ReportOptions(boolean color, boolean quiet, String toolVersion, long maxBytes) {

    /** GitHub drops a job step summary larger than 1 MiB. */
    public static final long GITHUB_STEP_SUMMARY_BYTES = 1_048_576;
    /** GitHub refuses a pull-request comment body longer than 65,536 characters. */
    public static final long PULL_REQUEST_COMMENT_CHARS = 65_536;

    public ReportOptions {
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be 0 (no limit) or positive: " + maxBytes);
        }
    }

    public ReportOptions(boolean color, boolean quiet, String toolVersion) {
        this(color, quiet, toolVersion, 0);
    }

    public static ReportOptions plain(String toolVersion) {
        return new ReportOptions(false, false, toolVersion);
    }

    /** The same options with the markdown report limited to {@code limit} bytes (0: no limit). */
    public ReportOptions withMaxBytes(long limit) {
        return new ReportOptions(color, quiet, toolVersion, limit);
    }

    public boolean limited() {
        return maxBytes > 0;
    }
}
