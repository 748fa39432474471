package dev.miglint.cli;

import dev.miglint.config.Config;
import dev.miglint.lint.LintResult;
import dev.miglint.report.Format;
import dev.miglint.report.ReportOptions;
import dev.miglint.report.Reporters;
import dev.miglint.rules.Level;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The report options every command that reports findings shares: format, destination, exit threshold, colour. */
public final class ReportOutput {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, github, markdown or gitlab (default: text).")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, note or never (default: warning).")
    String failOn;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Markdown only: keep the report within N bytes, as a summary when the full report is larger"
                    + " (default: 1048576 when --output is $GITHUB_STEP_SUMMARY, else no limit).")
    Long maxBytes;

    @Option(names = "--no-color", description = "Never colour the text report.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Only finding lines and the summary; no progress.")
    boolean quiet;

    public boolean quiet() {
        return quiet;
    }

    public Format format() throws UsageException {
        try {
            return Format.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    /** The level at or above which findings fail the run, or null for never; the flag beats the config. */
    public Level failThreshold(Config config) throws UsageException {
        if (failOn == null) {
            return config.failNever() ? null : Optional.ofNullable(config.failOn()).orElse(Level.WARNING);
        }
        if (failOn.equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return Level.fromId(failOn);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: expected error, warning, note or never, got '" + failOn + "'");
        }
    }

    /** The exit code for a finished run: findings at or above the threshold fail it. */
    public static int exitCode(LintResult result, Level threshold) {
        boolean failing = threshold != null && result.visibleFindings().stream().anyMatch(f -> f.level().atLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** A bad --max-bytes fails before any work, like a bad --format. */
    public void checkMaxBytes() throws UsageException {
        if (maxBytes == null) {
            return;
        }
        if (format() != Format.MARKDOWN) {
            throw new UsageException("--max-bytes applies to --format markdown only (got --format " + format + ")");
        }
        if (maxBytes < MIN_MAX_BYTES) {
            throw new UsageException("--max-bytes: expected at least " + MIN_MAX_BYTES + ", got " + maxBytes);
        }
    }

    /** Below this a summary cannot hold more than its counts. */
    static final long MIN_MAX_BYTES = 1024;

    /** Writes the report to --output or standard output; colour only for text on a terminal without NO_COLOR. */
    public void write(Main.Environment env, LintResult result) throws UsageException {
        Format reportFormat = format();
        checkMaxBytes();
        boolean color = !noColor && output == null && reportFormat == Format.TEXT && env.interactive()
                && !env.variables().containsKey("NO_COLOR");
        StepSummaryTarget stepSummary = StepSummaryTarget.of(env, output, reportFormat);
        ReportOptions options = new ReportOptions(color, quiet, Version.current(),
                maxBytes != null ? maxBytes : stepSummary.remainingBytes());
        try {
            if (output != null) {
                try (Writer w = Files.newBufferedWriter(env.workingDirectory().resolve(output), StandardCharsets.UTF_8,
                        stepSummary.openOptions())) {
                    Reporters.create(reportFormat, options).write(result, w);
                }
            } else {
                Writer w = new BufferedWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), 1 << 16);
                Reporters.create(reportFormat, options).write(result, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the report" + (output != null ? " to " + output : "") + ": "
                    + whyNotWritten(e, output == null ? null : env.workingDirectory().resolve(output)));
        }
    }

    /** The reason in our words; the JDK's messages for these exceptions are only the path again. */
    private static String whyNotWritten(IOException e, Path target) {
        if (target != null && target.getParent() != null && !Files.isDirectory(target.getParent())) {
            return "the folder " + target.getParent() + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
