package dev.miglint.cli;

import dev.miglint.baseline.Baseline;
import dev.miglint.baseline.BaselineException;
import dev.miglint.config.Config;
import dev.miglint.git.GitChanges;
import dev.miglint.git.GitException;
import dev.miglint.lint.LintResult;
import dev.miglint.lint.LintRun;
import dev.miglint.report.Untrusted;
import dev.miglint.rules.Level;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miglint lint}: lints migration histories and reports hazards. */
public class LintCommand implements Callable<Integer> {
    final Arguments arguments = new Arguments();
    final LintInputs inputs = new LintInputs(arguments);
    final ReportOutput report = new ReportOutput(arguments);
    private final Arg<String> changedSince = arguments.option(String.class, "GIT_REF",
            "Report only migrations added or changed since GIT_REF (committed, staged, unstaged or untracked); the whole"
                    + " history is still replayed.", "--changed-since");
    private final Arg<Path> baseline = arguments.option(Path.class, "FILE",
            "Hide the findings recorded in FILE by 'miglint baseline'.", "--baseline");

    private final Main.Environment env;

    LintCommand(Main.Environment env) {
        this.env = env;
    }

    CommandSpec spec() {
        return arguments.command(this, "lint",
                "Lint migration files or directories (a directory is one history, in migration order).");
    }

    @Override
    public Integer call() {
        try {
            return lint();
        } catch (UsageException e) {
            env.stderr().println("miglint: " + Untrusted.outputLine(e.getMessage()));
            return ExitCodes.USAGE_OR_INPUT;
        }
    }

    private int lint() throws UsageException {
        checkOptions();
        report.format(); // a bad --format, --max-bytes or --fail-on fails before any work
        report.checkMaxBytes();
        report.failThreshold(Config.empty());
        Optional<Baseline> accepted = readBaseline();
        Set<Path> changed = changedFiles();
        LintRun.Outcome analysis;
        try (ProgressLine progress = ProgressLine.forEnvironment(env, report.quiet())) {
            analysis = inputs.analyze(env, progress);
        }
        Level threshold = report.failThreshold(analysis.config());
        LintResult result = analysis.result();
        Set<String> reported = analysis.reportedPaths();
        if (changed != null) {
            reported = changedPaths(analysis.histories(), changed, reported);
            Set<String> keep = reported;
            result = result.filterFindings(f -> keep.contains(f.path()))
                    .withScope(result.scope().withChangedFiles(keep));
        }
        if (accepted.isPresent()) {
            result = accepted.get().apply(result, baseline.value().toString().replace('\\', '/'), reported);
        }

        report.write(env, result);
        if (!report.quiet()) {
            result.histories().stream().filter(h -> h.dialectNote() != null)
                    .forEach(h -> env.stderr().println(Untrusted.outputLine("note: " + h.path() + ": " + h.dialectNote())));
        }
        analysis.problems().stream().sorted().distinct().forEach(p -> env.stderr().println(Untrusted.outputLine(p.line())));
        int exitCode = analysis.problems().isEmpty() ? ReportOutput.exitCode(result, threshold) : ExitCodes.USAGE_OR_INPUT;
        return afterReport(result, exitCode);
    }

    /** For a command that lints and then does more ({@code comment}): its own options, checked before linting. */
    void checkOptions() throws UsageException {
    }

    /** For a command that lints and then does more: runs after the report is written; returns the exit code. */
    int afterReport(LintResult result, int exitCode) {
        return exitCode;
    }

    private Optional<Baseline> readBaseline() throws UsageException {
        Path given = baseline.value();
        if (given == null) {
            return Optional.empty();
        }
        Path file = env.workingDirectory().resolve(given);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--baseline " + given + ": no such file (record one with: miglint baseline PATH... --output " + given + ")");
        }
        try {
            return Optional.of(Baseline.read(file));
        } catch (BaselineException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The changed files, or null without --changed-since. Asked before linting so a bad ref fails fast. */
    private Set<Path> changedFiles() throws UsageException {
        if (changedSince.value() == null) {
            return null;
        }
        try {
            return GitChanges.since(env.workingDirectory(), changedSince.value());
        } catch (GitException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The reported display paths whose files git lists as changed; standard input always counts as changed. */
    private static Set<String> changedPaths(List<History> histories, Set<Path> changed, Set<String> reported) {
        Set<String> out = new HashSet<>();
        for (History history : histories) {
            for (MigrationFile file : history.files()) {
                boolean stdin = !Files.exists(file.path());
                boolean downChanged = file.downPath() != null && changed.contains(GitChanges.canonical(file.downPath()));
                if (reported.contains(file.displayPath())
                        && (stdin || downChanged || changed.contains(GitChanges.canonical(file.path())))) {
                    out.add(file.displayPath());
                    if (file.downDisplayPath() != null) { // its down step is linted with it (findings marked downStep)
                        out.add(file.downDisplayPath());
                    }
                }
            }
        }
        return out;
    }
}
