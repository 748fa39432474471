package dev.miglint.cli;

import dev.miglint.report.Format;
import dev.miglint.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A markdown report written to GitHub's job step summary ({@code --output "$GITHUB_STEP_SUMMARY"}): appended, as the
 * step summary collects what every command of the step writes, and limited to what the 1 MiB file still has room
 * for, since GitHub drops a larger summary altogether.
 */
record StepSummaryTarget(boolean isStepSummary, long existingBytes) {

    private static final StepSummaryTarget OTHER = new StepSummaryTarget(false, 0);

    static StepSummaryTarget of(Main.Environment env, Path output, Format format) {
        String summary = env.variables().get("GITHUB_STEP_SUMMARY");
        if (output == null || format != Format.MARKDOWN || summary == null || summary.isBlank()) {
            return OTHER;
        }
        Path target = env.workingDirectory().resolve(output).toAbsolutePath().normalize();
        Path stepSummary = env.workingDirectory().resolve(summary).toAbsolutePath().normalize();
        if (!target.equals(stepSummary)) {
            return OTHER;
        }
        try {
            return new StepSummaryTarget(true, Files.isRegularFile(target) ? Files.size(target) : 0);
        } catch (IOException e) {
            return new StepSummaryTarget(true, 0);
        }
    }

    /** The byte limit for the report: what the step summary has left (at least the CLI's minimum), else none. */
    long remainingBytes() {
        if (!isStepSummary) {
            return 0;
        }
        return Math.max(ReportOutput.MIN_MAX_BYTES, ReportOptions.GITHUB_STEP_SUMMARY_BYTES - existingBytes);
    }

    OpenOption[] openOptions() {
        return isStepSummary
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                : new OpenOption[0];
    }
}
