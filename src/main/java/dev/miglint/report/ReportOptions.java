package dev.miglint.report;

import java.util.Objects;

/**
 * How to write a report. {@code color}: ANSI colours in text output (the CLI decides from TTY, NO_COLOR and
 * --no-color). {@code quiet}: text output without code frames and help. {@code toolVersion}: miglint's version.
 */
public record ReportOptions(boolean color, boolean quiet, String toolVersion) {

    public ReportOptions {
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    public static ReportOptions plain(String toolVersion) {
        return new ReportOptions(false, false, toolVersion);
    }
}
