package dev.miglint.cli;

import dev.miglint.lint.LintRequest;
import dev.miglint.lint.LintRun;
import dev.miglint.lint.Progress;
import dev.miglint.lint.RequestException;
import dev.miglint.report.Untrusted;
import java.nio.file.Path;
import java.util.List;

/**
 * What to lint and how: the paths and the options shared by {@code lint} and {@code baseline}, and the run that
 * turns them into a result.
 */
final class LintInputs {
    private final Arg<List<String>> paths;
    private final Arg<String> dialect;
    private final Arg<Integer> pgVersion;
    private final Arg<String> sqliteVersion;
    private final Arg<Path> configFile;
    private final Arg<List<String>> select;
    private final Arg<List<String>> ignore;
    private final Arg<Boolean> assumeInTransaction;
    private final Arg<String> startAfter;
    private final Arg<Boolean> noCheckDown;
    private final Arg<String> stdinFilename;

    LintInputs(Arguments arguments) {
        paths = arguments.positionals(String.class, "PATH", "Migration file, directory, or - for standard input.");
        dialect = arguments.option(String.class, "DIALECT", "postgres, sqlite or mysql (default: postgres, or from config).",
                "--dialect");
        pgVersion = arguments.option(Integer.class, "N", "PostgreSQL major version the migrations run on (default: 15).",
                "--pg-version");
        sqliteVersion = arguments.option(String.class, "X.Y", "SQLite version the migrations run on (default: 3.45).",
                "--sqlite-version");
        configFile = arguments.option(Path.class, "FILE",
                "Config file (default: miglint.toml here or in a parent directory).", "--config");
        select = arguments.commaSeparated(String.class, "RULE", "Run only these rules.", "--select");
        ignore = arguments.commaSeparated(String.class, "RULE", "Do not run these rules.", "--ignore");
        assumeInTransaction = arguments.flag("Treat every file as wrapped in one transaction by the migration tool.",
                "--assume-in-transaction");
        startAfter = arguments.option(String.class, "FILE",
                "Migrations up to and including FILE are already applied: context only, not reported.", "--start-after");
        noCheckDown = arguments.flag("Do not lint down (rollback) steps (default: lint them; config: check_down).",
                "--no-check-down");
        stdinFilename = arguments.option(String.class, "NAME", "The path to report for standard input.",
                "--stdin-filename");
    }

    /** The request these options state. */
    LintRequest request(Main.Environment env) {
        return new LintRequest(env.workingDirectory(), paths.value(), env.stdin(), stdinFilename.value(),
                configFile.value(), dialect.value(), pgVersion.value(), sqliteVersion.value(), assumeInTransaction.value(),
                select.value(), ignore.value(), startAfter.value(), noCheckDown.value() ? Boolean.FALSE : null);
    }

    /** Runs the request; its notes go to standard error, a request that cannot run is a usage error. */
    LintRun.Outcome analyze(Main.Environment env, Progress progress) throws UsageException {
        try {
            LintRun.Outcome outcome = LintRun.prepare(request(env)).run(progress);
            outcome.notes().forEach(note -> env.stderr().println(Untrusted.outputLine(note)));
            return outcome;
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
