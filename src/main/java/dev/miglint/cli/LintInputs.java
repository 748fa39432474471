package dev.miglint.cli;

import dev.miglint.lint.LintRequest;
import dev.miglint.lint.LintRun;
import dev.miglint.lint.Progress;
import dev.miglint.lint.RequestException;
import dev.miglint.report.Untrusted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to lint and how: the paths and the options shared by {@code lint} and {@code baseline}, and the run that
 * turns them into a result.
 */
final class LintInputs {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Migration file, directory, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "postgres, sqlite or mysql (default: postgres, or from config).")
    String dialect;

    @Option(names = "--pg-version", paramLabel = "N", description = "PostgreSQL major version the migrations run on (default: 15).")
    Integer pgVersion;

    @Option(names = "--sqlite-version", paramLabel = "X.Y", description = "SQLite version the migrations run on (default: 3.45).")
    String sqliteVersion;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: miglint.toml here or in a parent directory).")
    Path configFile;

    @Option(names = "--select", split = ",", paramLabel = "RULE", description = "Run only these rules.")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", description = "Do not run these rules.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--assume-in-transaction", description = "Treat every file as wrapped in one transaction by the migration tool.")
    boolean assumeInTransaction;

    @Option(names = "--start-after", paramLabel = "FILE", description = "Migrations up to and including FILE are already applied: context only, not reported.")
    String startAfter;

    @Option(names = "--no-check-down", description = "Do not lint down (rollback) steps (default: lint them; config: check_down).")
    boolean noCheckDown;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "The path to report for standard input.")
    String stdinFilename;

    /** The request these options state. */
    LintRequest request(Main.Environment env) {
        return new LintRequest(env.workingDirectory(), paths, env.stdin(), stdinFilename, configFile, dialect, pgVersion,
                sqliteVersion, assumeInTransaction, select, ignore, startAfter, noCheckDown ? Boolean.FALSE : null);
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
