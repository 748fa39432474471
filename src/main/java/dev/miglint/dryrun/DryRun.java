package dev.miglint.dryrun;

import dev.miglint.config.Config;
import dev.miglint.lint.FindingOrder;
import dev.miglint.lint.HistorySummary;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintRequest;
import dev.miglint.lint.LintResult;
import dev.miglint.lint.LintRun;
import dev.miglint.lint.Progress;
import dev.miglint.lint.RequestException;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Finding;
import dev.miglint.rules.RuleInfo;
import dev.miglint.source.History;
import dev.miglint.source.HistoryFinder;
import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import dev.miglint.source.SourceReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dry run behind {@code miglint dry-run}: plan, static lint (through {@link LintRun}, as {@code lint} does),
 * trace, findings. Passwords are masked in everything it returns.
 */
public final class DryRun {
    private static final String DATABASE_URL = "DATABASE_URL";

    private final Path workingDirectory;
    private final Map<String, String> variables;
    private final PrintStream stderr;
    private final Secrets secrets = new Secrets();
    private final DryRunRequest cmd;

    /** The result to report, the config it was made with (for the fail threshold), and the lines to tell the user. */
    public record Outcome(LintResult result, Config config, List<String> info) {
    }

    public DryRun(DryRunRequest request, Path workingDirectory, Map<String, String> variables, PrintStream stderr) {
        this.cmd = request;
        this.workingDirectory = workingDirectory;
        this.variables = variables;
        this.stderr = stderr;
    }

    public Outcome run() throws DryRunException {
        Dialect dialect = cmd.dialect() == null ? Dialect.POSTGRES : parse(() -> Dialect.fromId(cmd.dialect()), "--dialect");
        if (dialect != Dialect.POSTGRES && dialect != Dialect.SQLITE) {
            throw new DryRunException("--dialect: dry-run supports postgres and sqlite, not " + dialect.id());
        }
        RowCounts rowCounts = RowCounts.parse(cmd.rows());
        checkDuration(cmd.lockTimeout(), "--lock-timeout");
        checkDuration(cmd.statementTimeout(), "--statement-timeout");
        ConnectionSpec given = null;
        if (cmd.databaseUrl() != null && cmd.embedded()) {
            throw new DryRunException("--database-url and --embedded exclude each other");
        }
        if (cmd.databaseUrl() != null) {
            if (dialect != Dialect.POSTGRES) {
                throw new DryRunException("--database-url is for PostgreSQL; for SQLite use --database FILE");
            }
            given = ConnectionSpec.parse(resolveUrl(cmd.databaseUrl()), secrets);
        } else if (!cmd.embedded() && dialect == Dialect.POSTGRES && !isBlank(variables.get(DATABASE_URL))) {
            // the variable every framework reads names the database the user means; say so, since it is not a flag
            given = ConnectionSpec.parse(variables.get(DATABASE_URL), secrets);
            stderr.println("miglint: dry run on the database DATABASE_URL names (nothing is committed);"
                    + " --embedded uses a throwaway server instead");
        }
        Path sqliteFile = null;
        if (cmd.database() != null) {
            if (dialect != Dialect.SQLITE) {
                throw new DryRunException("--database FILE is for --dialect sqlite; for PostgreSQL use --database-url");
            }
            sqliteFile = workingDirectory.resolve(cmd.database()).toAbsolutePath().normalize();
            if (!Files.isRegularFile(sqliteFile)) {
                throw new DryRunException(cmd.database() + ": no such database file");
            }
        }
        LintRun lintRun;
        LintRun.Inputs inputs;
        try {
            lintRun = LintRun.prepare(LintRequest.of(workingDirectory, cmd.paths()).withConfigFile(cmd.configFile())
                    .withDialect(dialect.id()));
            inputs = lintRun.discover();
        } catch (RequestException e) {
            throw new DryRunException(e.getMessage());
        }
        HistoryFinder finder = inputs.finder();
        List<InputProblem> problems = new ArrayList<>(inputs.problems());
        List<HistoryPlan> plans = plan(inputs.histories(), finder, problems);
        Observations seen = new Observations();
        boolean synthetic = dialect == Dialect.POSTGRES && given == null;
        DryRunSettings how = new DryRunSettings(synthetic ? rowCounts.otherTables() : 0, cmd.lockTimeout(),
                cmd.statementTimeout(), cmd.longLockMillis(), cmd.roundTrip(), synthetic ? rowCounts : RowCounts.of(0),
                lintRun.settings().assumeInTransaction());
        if (sqliteFile != null || given != null) {
            // a given database: the deploy runs what its framework's record does not list yet
            AppliedMigrations record = sqliteFile != null ? SqliteDryRun.record(sqliteFile)
                    : new PgDryRun(how, secrets, seen).record(given);
            plans = plans.stream().map(p -> PendingMigrations.restrict(p, record, !cmd.targets().isEmpty(), seen))
                    .toList();
        }

        // the static findings on the same targets, each history linted in full for its schema
        LintResult lint = lintRun.lint(plans.stream().map(HistoryPlan::history).toList(), this::load, Progress.NONE);
        problems.addAll(lint.problems());

        List<HistoryPlan> withTargets = plans.stream().filter(HistoryPlan::hasTargets).toList();
        if (!withTargets.isEmpty()) {
            if (dialect == Dialect.SQLITE) {
                new SqliteDryRun(seen, sqliteFile).run(withTargets);
            } else if (given != null) {
                new PgDryRun(how, secrets, seen).runGiven(given, withTargets);
            } else {
                new PgDryRun(how, secrets, seen).allowingHostEffects(cmd.allowHostEffects()).runEmbedded(withTargets);
            }
        }
        List<String> info = seen.info.stream().map(secrets::mask).toList();
        return new Outcome(combine(lint, plans, seen, how, problems), lintRun.config(), info);
    }

    private LintResult combine(LintResult lint, List<HistoryPlan> plans, Observations seen, DryRunSettings how,
            List<InputProblem> problems) {
        Map<String, Observations.FileTrace> traces = new LinkedHashMap<>();
        seen.traces.forEach(t -> traces.put(t.source().displayPath(), t));
        Set<String> targetPaths = new HashSet<>();
        plans.forEach(p -> p.files().stream().filter(HistoryPlan.Entry::target)
                .forEach(e -> targetPaths.add(e.file().displayPath())));
        List<Finding> findings = new ArrayList<>();
        for (Finding f : lint.findings()) {
            if (!targetPaths.contains(f.path())) {
                continue;
            }
            Observations.FileTrace trace = traces.get(f.path());
            findings.add(trace == null ? f : TraceFindings.confirm(f, trace));
        }
        int statements = 0;
        for (Observations.FileTrace trace : seen.traces) {
            findings.addAll(TraceFindings.of(trace, how.longLockMillis(), how.rows()));
            statements += trace.steps().size();
        }
        findings.addAll(seen.findings);
        findings.sort(FindingOrder.ORDER);
        Map<String, SourceFile> sources = new TreeMap<>();
        lint.sources().forEach((path, source) -> {
            if (targetPaths.contains(path)) {
                sources.put(path, source);
            }
        });
        sources.putAll(seen.extraSources);
        Set<RuleInfo> rules = new LinkedHashSet<>(lint.rules());
        rules.addAll(DryRunRules.ALL);
        List<HistorySummary> histories = new ArrayList<>();
        for (HistoryPlan p : plans) {
            long targets = p.files().stream().filter(HistoryPlan.Entry::target).count();
            lint.histories().stream().filter(h -> h.path().equals(p.history().name())).findFirst()
                    .ifPresent(h -> histories.add(new HistorySummary(h.path(), h.framework(), h.dialect(),
                            (int) targets, h.statements(), h.unparsed())));
        }
        List<InputProblem> masked = problems.stream()
                .map(p -> new InputProblem(secrets.mask(p.path()), secrets.mask(p.message()))).distinct().sorted().toList();
        return new LintResult(findings, rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList(), sources,
                histories, targetPaths.size(), statements, 0, masked);
    }

    /** Loads every file; marks the targets; finds each target's down migration. */
    private List<HistoryPlan> plan(List<History> histories, HistoryFinder finder, List<InputProblem> problems) throws DryRunException {
        Set<Path> wanted = new LinkedHashSet<>();
        for (Path t : cmd.targets()) {
            wanted.add(workingDirectory.resolve(t).toAbsolutePath().normalize());
        }
        Set<Path> matched = new HashSet<>();
        List<HistoryPlan> plans = new ArrayList<>();
        for (History history : histories) {
            List<MigrationFile> ups = history.files().stream().filter(f -> !isDownFile(f.path())).toList();
            if (ups.isEmpty()) {
                continue;
            }
            History upsOnly = new History(history.name(), history.framework(), history.dialect(), ups);
            List<HistoryPlan.Entry> entries = new ArrayList<>();
            for (int i = 0; i < ups.size(); i++) {
                MigrationFile f = ups.get(i);
                Path abs = f.path().toAbsolutePath().normalize();
                boolean target = wanted.isEmpty() ? i == ups.size() - 1 : wanted.contains(abs);
                if (target) {
                    matched.add(abs);
                }
                SourceFile source;
                try {
                    source = load(f);
                } catch (InputException e) {
                    problems.add(new InputProblem(f.displayPath(), e.getMessage()));
                    entries.clear();
                    break;
                }
                SourceFile down = null;
                Path downPath = downOf(f);
                if (target && downPath != null) {
                    try {
                        down = SectionText.down(f.down(), SourceReader.read(downPath, finder.displayPath(downPath)));
                    } catch (InputException e) {
                        problems.add(new InputProblem(finder.displayPath(downPath), e.getMessage()));
                    }
                }
                entries.add(new HistoryPlan.Entry(f, source, target, down));
            }
            if (!entries.isEmpty()) {
                plans.add(new HistoryPlan(upsOnly, entries));
            }
        }
        for (Path t : wanted) {
            if (!matched.contains(t)) {
                throw new DryRunException("--target " + finder.displayPath(t) + " is not a migration of the given paths");
            }
        }
        return plans;
    }

    private SourceFile load(MigrationFile file) throws InputException {
        return SectionText.up(file, SourceReader.read(file.path(), file.displayPath()));
    }

    /** golang-migrate style: {@code 1_init.down.sql} is the down of {@code 1_init.up.sql}. */
    static boolean isDownFile(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".down.sql");
    }

    static Path downOf(MigrationFile f) {
        if (f.downPath() != null) {
            return f.downPath();
        }
        String name = f.path().getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".up.sql")) {
            return null;
        }
        Path sibling = f.path().resolveSibling(name.substring(0, name.length() - ".up.sql".length()) + ".down.sql");
        return Files.isRegularFile(sibling) ? sibling : null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private String resolveUrl(String url) throws DryRunException {
        if (url.startsWith("env:")) {
            String name = url.substring(4);
            String value = variables.get(name);
            if (value == null || value.isBlank()) {
                throw new DryRunException("--database-url " + url + ": the environment variable " + name + " is not set");
            }
            return value;
        }
        return url;
    }

    private static void checkDuration(String value, String option) throws DryRunException {
        if (!value.matches("\\d+\\s*(ms|s|min|h)?")) {
            throw new DryRunException(option + ": expected a duration such as 500ms, 1s or 2min, got '" + value + "'");
        }
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(Parser<T> parser, String option) throws DryRunException {
        try {
            return parser.parse();
        } catch (IllegalArgumentException e) {
            throw new DryRunException(option + ": " + e.getMessage());
        }
    }
}
