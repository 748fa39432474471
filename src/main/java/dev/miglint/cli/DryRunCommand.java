package dev.miglint.cli;

import dev.miglint.config.Config;
import dev.miglint.dryrun.DryRun;
import dev.miglint.dryrun.DryRunException;
import dev.miglint.dryrun.DryRunRequest;
import dev.miglint.rules.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code miglint dry-run}: runs the target migrations on a real server and reports what they did. Only option
 * fields live here, so that {@code miglint lint} (which builds this command's model) loads no JDBC driver and no
 * embedded server: {@link DryRun} does the work, and this command reports its result.
 */
@Command(name = "dry-run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the target migrations on a throwaway PostgreSQL (or SQLite, or your database, always"
                + " rolled back) and report the locks, rewrites, failures and catalog changes that really happen.",
                "The migrations before each target are applied first; the target is the last file of each"
                        + " history unless --target says otherwise."},
        sortOptions = false)
public final class DryRunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Migration file or directory (one history).")
    List<String> paths = new ArrayList<>();

    // One value per --target (repeat it, or separate with commas): a greedy arity would swallow the PATH after it.
    @Option(names = "--target", arity = "1", split = ",", paramLabel = "FILE",
            description = "A migration to trace; repeat or separate with commas for several (default: the last one"
                    + " of each history).")
    List<Path> targets = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "postgres or sqlite (default: postgres).")
    String dialect;

    @Option(names = "--database-url", paramLabel = "URL",
            description = "Trace on this PostgreSQL database instead of a throwaway one: a JDBC or postgres:// URL,"
                    + " or env:NAME to read it from an environment variable. Without it, DATABASE_URL is used when set"
                    + " (--embedded overrides). Nothing is committed.")
    String databaseUrl;

    @Option(names = "--embedded", description = "Use a throwaway embedded PostgreSQL even when DATABASE_URL is set.")
    boolean embedded;

    @Option(names = "--allow-host-effects", description = "Embedded server only: also run statements that reach the"
            + " server's shell or files (COPY ... PROGRAM, server-side COPY, untrusted languages, lo_import...)."
            + " Never on a --database-url database.")
    boolean allowHostEffects;

    @Option(names = "--database", paramLabel = "FILE",
            description = "SQLite only: start from a copy of this database file (the file itself is never written).")
    Path database;

    @Option(names = "--rows", paramLabel = "N|TABLE=N,...", description = "Synthetic rows added to each existing table"
            + " a target touches (embedded PostgreSQL; default: 1000; 0 to add none), or per table:"
            + " orders=200000,users=5000.")
    String rows = "1000";

    @Option(names = "--lock-timeout", paramLabel = "DURATION", description = "lock_timeout for the traced session (default: 1s).")
    String lockTimeout = "1s";

    @Option(names = "--statement-timeout", paramLabel = "DURATION",
            description = "statement_timeout for the traced session (default: 30s).")
    String statementTimeout = "30s";

    @Option(names = "--long-lock-ms", paramLabel = "MS",
            description = "Report a lock that blocks writes when held at least this long (default: 1000).")
    long longLockMillis = 1000;

    @Option(names = "--no-round-trip", description = "Skip the up/down/up round trip of migrations with a down file.")
    boolean noRoundTrip;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file for the static rules (default: miglint.toml).")
    Path configFile;

    @Mixin
    ReportOutput report = new ReportOutput();

    private final Main.Environment env;

    public DryRunCommand(Main.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            report.format(); // a bad --format or --fail-on fails before a server starts
            report.failThreshold(Config.empty());
            DryRun.Outcome outcome = new DryRun(request(), env.workingDirectory(), env.variables(), env.stderr()).run();
            Level threshold = report.failThreshold(outcome.config());
            if (!report.quiet()) {
                outcome.info().forEach(line -> env.stderr().println("miglint: " + line));
            }
            report.write(env, outcome.result());
            outcome.result().problems().stream().sorted().distinct().forEach(p -> env.stderr().println(p.line()));
            if (!outcome.result().problems().isEmpty()) {
                return ExitCodes.USAGE_OR_INPUT;
            }
            return ReportOutput.exitCode(outcome.result(), threshold);
        } catch (DryRunException | UsageException e) {
            env.stderr().println("miglint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
    }

    private DryRunRequest request() {
        return new DryRunRequest(paths, targets, dialect, databaseUrl, embedded, allowHostEffects, database, rows,
                lockTimeout, statementTimeout, longLockMillis, !noRoundTrip, configFile);
    }
}
