package dev.miglint.cli;

import dev.miglint.config.Config;
import dev.miglint.dryrun.DryRun;
import dev.miglint.dryrun.DryRunException;
import dev.miglint.dryrun.DryRunRequest;
import dev.miglint.rules.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code miglint dry-run}: runs the target migrations on a real server and reports what they did. Only option
 * fields live here, so that {@code miglint lint} (which builds this command's model) loads no JDBC driver and no
 * embedded server: {@link DryRun} does the work, and this command reports its result.
 */
public final class DryRunCommand implements Callable<Integer> {
    private final Arguments arguments = new Arguments();
    private final Arg<List<String>> paths = arguments.positionals(String.class, "PATH",
            "Migration file or directory (one history).");
    // One value per --target (repeat it, or separate with commas): a greedy arity would swallow the PATH after it.
    private final Arg<List<Path>> targets = arguments.commaSeparated(Path.class, "FILE",
            "A migration to trace; repeat or separate with commas for several (default: the last one of each history).",
            "--target");
    private final Arg<String> dialect = arguments.option(String.class, "DIALECT",
            "postgres or sqlite (default: postgres).", "--dialect");
    private final Arg<String> databaseUrl = arguments.option(String.class, "URL",
            "Trace on this PostgreSQL database instead of a throwaway one: a JDBC or postgres:// URL, or env:NAME to"
                    + " read it from an environment variable. Without it, DATABASE_URL is used when set (--embedded"
                    + " overrides). Nothing is committed.", "--database-url");
    private final Arg<Boolean> embedded = arguments.flag(
            "Use a throwaway embedded PostgreSQL even when DATABASE_URL is set.", "--embedded");
    private final Arg<Boolean> allowHostEffects = arguments.flag("Embedded server only: also run statements that reach"
            + " the server's shell or files (COPY ... PROGRAM, server-side COPY, untrusted languages, lo_import...)."
            + " Never on a --database-url database.", "--allow-host-effects");
    private final Arg<Path> database = arguments.option(Path.class, "FILE",
            "SQLite only: start from a copy of this database file (the file itself is never written).", "--database");
    private final Arg<String> rows = arguments.optionWithDefault(String.class, "1000", "N|TABLE=N,...", "Synthetic rows added to"
            + " each existing table a target touches (embedded PostgreSQL; default: 1000; 0 to add none), or per table:"
            + " orders=200000,users=5000.", "--rows");
    private final Arg<String> lockTimeout = arguments.optionWithDefault(String.class, "1s", "DURATION",
            "lock_timeout for the traced session (default: 1s).", "--lock-timeout");
    private final Arg<String> statementTimeout = arguments.optionWithDefault(String.class, "30s", "DURATION",
            "statement_timeout for the traced session (default: 30s).", "--statement-timeout");
    private final Arg<Long> longLockMillis = arguments.optionWithDefault(Long.class, 1000L, "MS",
            "Report a lock that blocks writes when held at least this long (default: 1000).", "--long-lock-ms");
    private final Arg<Boolean> noRoundTrip = arguments.flag(
            "Skip the up/down/up round trip of migrations with a down file.", "--no-round-trip");
    private final Arg<Path> configFile = arguments.option(Path.class, "FILE",
            "Config file for the static rules (default: miglint.toml).", "--config");
    private final ReportOutput report = new ReportOutput(arguments);

    private final Main.Environment env;

    public DryRunCommand(Main.Environment env) {
        this.env = env;
    }

    CommandSpec spec() {
        return arguments.command(this, "dry-run", "Run the target migrations on a throwaway PostgreSQL (or SQLite, or"
                + " your database, always rolled back) and report the locks, rewrites, failures and catalog changes that"
                + " really happen.", "The migrations before each target are applied first; the target is the last file"
                + " of each history unless --target says otherwise.");
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
        return new DryRunRequest(paths.value(), targets.value(), dialect.value(), databaseUrl.value(), embedded.value(),
                allowHostEffects.value(), database.value(), rows.value(), lockTimeout.value(), statementTimeout.value(),
                longLockMillis.value(), !noRoundTrip.value(), configFile.value());
    }
}
