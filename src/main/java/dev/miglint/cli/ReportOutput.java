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

/** The report options every command that reports findings shares: format, destination, exit threshold, colour. */
public final class ReportOutput {

    private final Arg<String> format;
    private final Arg<Path> output;
    private final Arg<String> failOn;
    private final Arg<Long> maxBytes;
    private final Arg<Boolean> noColor;
    private final Arg<Boolean> quiet;

    ReportOutput(Arguments arguments) {
        format = arguments.optionWithDefault(String.class, "text", "FORMAT",
                "text, json, sarif, github, markdown or gitlab (default: text).", "--format");
        output = arguments.option(Path.class, "FILE", "Write the report to FILE instead of standard output.",
                "-o", "--output");
        failOn = arguments.option(String.class, "LEVEL",
                "Exit 1 when a finding is at or above LEVEL: error, warning, note or never (default: warning).",
                "--fail-on");
        maxBytes = arguments.option(Long.class, "N",
                "Markdown only: keep the report within N bytes, as a summary when the full report is larger"
                        + " (default: 1048576 when --output is $GITHUB_STEP_SUMMARY, else no limit).", "--max-bytes");
        noColor = arguments.flag("Never colour the text report.", "--no-color");
        quiet = arguments.flag("Only finding lines and the summary; no progress.", "-q", "--quiet");
    }

    public boolean quiet() {
        return quiet.value();
    }

    public Format format() throws UsageException {
        try {
            return Format.fromId(format.value());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    /** The level at or above which findings fail the run, or null for never; the flag beats the config. */
    public Level failThreshold(Config config) throws UsageException {
        String level = failOn.value();
        if (level == null) {
            return config.failNever() ? null : Optional.ofNullable(config.failOn()).orElse(Level.WARNING);
        }
        if (level.equalsIgnoreCase("never")) {
            return null;
        }
        try {
            return Level.fromId(level);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: expected error, warning, note or never, got '" + level + "'");
        }
    }

    /** The exit code for a finished run: findings at or above the threshold fail it. */
    public static int exitCode(LintResult result, Level threshold) {
        boolean failing = threshold != null && result.visibleFindings().stream().anyMatch(f -> f.level().atLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** A bad --max-bytes fails before any work, like a bad --format. */
    public void checkMaxBytes() throws UsageException {
        Long limit = maxBytes.value();
        if (limit == null) {
            return;
        }
        if (format() != Format.MARKDOWN) {
            throw new UsageException("--max-bytes applies to --format markdown only (got --format " + format.value() + ")");
        }
        if (limit < MIN_MAX_BYTES) {
            throw new UsageException("--max-bytes: expected at least " + MIN_MAX_BYTES + ", got " + limit);
        }
    }

    /** Below this a summary cannot hold more than its counts. */
    static final long MIN_MAX_BYTES = 1024;

    /** Writes the report to --output or standard output; colour only for text on a terminal without NO_COLOR. */
    public void write(Main.Environment env, LintResult result) throws UsageException {
        Format reportFormat = format();
        checkMaxBytes();
        Path target = output.value();
        boolean color = !noColor.value() && target == null && reportFormat == Format.TEXT && env.interactive()
                && !env.variables().containsKey("NO_COLOR");
        StepSummaryTarget stepSummary = StepSummaryTarget.of(env, target, reportFormat);
        ReportOptions options = new ReportOptions(color, quiet.value(), Version.current(),
                maxBytes.value() != null ? maxBytes.value() : stepSummary.remainingBytes());
        try {
            if (target != null) {
                try (Writer w = Files.newBufferedWriter(env.workingDirectory().resolve(target), StandardCharsets.UTF_8,
                        stepSummary.openOptions())) {
                    Reporters.create(reportFormat, options).write(result, w);
                }
            } else {
                Writer w = new BufferedWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), 1 << 16);
                Reporters.create(reportFormat, options).write(result, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the report" + (target != null ? " to " + target : "") + ": "
                    + whyNotWritten(e, target == null ? null : env.workingDirectory().resolve(target)));
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
