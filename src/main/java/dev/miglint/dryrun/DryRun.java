package dev.miglint.dryrun;

import dev.miglint.cli.ExitCodes;
import dev.miglint.cli.Main;
import dev.miglint.cli.ReportOutput;
import dev.miglint.cli.UsageException;
import dev.miglint.config.Config;
import dev.miglint.config.ConfigException;
import dev.miglint.config.ConfigLoader;
import dev.miglint.config.LintSettings;
import dev.miglint.lint.HistorySummary;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintOptions;
import dev.miglint.lint.LintResult;
import dev.miglint.lint.Linter;
import dev.miglint.lint.RuleSelection;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.source.History;
import dev.miglint.source.HistoryFinder;
import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import dev.miglint.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The dry run behind {@link DryRunCommand}: plan, static lint, trace, findings, report, exit code. */
final class DryRun {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::startLine).thenComparingInt(Finding::startColumn)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    private static final String DATABASE_URL = "DATABASE_URL";

    private final Main.Environment env;
    private final DryRunCommand cmd;
    private final Secrets secrets = new Secrets();

    DryRun(Main.Environment env, DryRunCommand cmd) {
        this.env = env;
        this.cmd = cmd;
    }

    int run() throws DryRunException, UsageException {
        cmd.report.format(); // a bad --format or --fail-on fails before a server starts
        cmd.report.failThreshold(Config.empty());
        Dialect dialect = cmd.dialect == null ? Dialect.POSTGRES : parse(() -> Dialect.fromId(cmd.dialect), "--dialect");
        if (dialect != Dialect.POSTGRES && dialect != Dialect.SQLITE) {
            throw new DryRunException("--dialect: dry-run supports postgres and sqlite, not " + dialect.id());
        }
        RowCounts rowCounts = RowCounts.parse(cmd.rows);
        checkDuration(cmd.lockTimeout, "--lock-timeout");
        checkDuration(cmd.statementTimeout, "--statement-timeout");
        ConnectionSpec given = null;
        if (cmd.databaseUrl != null && cmd.embedded) {
            throw new DryRunException("--database-url and --embedded exclude each other");
        }
        if (cmd.databaseUrl != null) {
            if (dialect != Dialect.POSTGRES) {
                throw new DryRunException("--database-url is for PostgreSQL; for SQLite use --database FILE");
            }
            given = ConnectionSpec.parse(resolveUrl(cmd.databaseUrl), secrets);
        } else if (!cmd.embedded && dialect == Dialect.POSTGRES && !isBlank(env.variables().get(DATABASE_URL))) {
            // the variable every framework reads names the database the user means; say so, since it is not a flag
            given = ConnectionSpec.parse(env.variables().get(DATABASE_URL), secrets);
            env.stderr().println("miglint: dry run on the database DATABASE_URL names (nothing is committed);"
                    + " --embedded uses a throwaway server instead");
        }
        Path sqliteFile = null;
        if (cmd.database != null) {
            if (dialect != Dialect.SQLITE) {
                throw new DryRunException("--database FILE is for --dialect sqlite; for PostgreSQL use --database-url");
            }
            sqliteFile = env.workingDirectory().resolve(cmd.database).toAbsolutePath().normalize();
            if (!Files.isRegularFile(sqliteFile)) {
                throw new DryRunException(cmd.database + ": no such database file");
            }
        }
        RuleRegistry registry = RuleRegistry.load();
        Config config = loadConfig(registry);
        Level threshold = cmd.report.failThreshold(config);
        HistoryFinder finder = new HistoryFinder(env.workingDirectory(), config.exclude());
        HistoryFinder.Discovery discovery = finder.find(cmd.paths.stream()
                .map(p -> env.workingDirectory().resolve(p)).toList());
        List<InputProblem> problems = new ArrayList<>();
        discovery.problems().forEach(p -> problems.add(new InputProblem(p.path(), p.message())));
        List<HistoryPlan> plans = plan(discovery.histories(), finder, dialect, problems);
        Observations seen = new Observations();
        boolean synthetic = dialect == Dialect.POSTGRES && given == null;
        DryRunSettings how = new DryRunSettings(synthetic ? rowCounts.otherTables() : 0, cmd.lockTimeout,
                cmd.statementTimeout, cmd.longLockMillis, !cmd.noRoundTrip, synthetic ? rowCounts : RowCounts.of(0));
        if (sqliteFile != null || given != null) {
            // a given database: the deploy runs what its framework's record does not list yet
            AppliedMigrations record = sqliteFile != null ? SqliteDryRun.record(sqliteFile)
                    : new PgDryRun(how, secrets, seen).record(given);
            plans = plans.stream().map(p -> PendingMigrations.restrict(p, record, !cmd.targets.isEmpty(), seen))
                    .toList();
        }

        // the static findings on the same targets, each history linted in full for its schema
        LintSettings settings = new LintSettings(dialect,
                Optional.ofNullable(config.pgVersion()).orElse(17),
                Optional.ofNullable(config.sqliteVersion()).orElse(LintSettings.DEFAULT_SQLITE_VERSION),
                Boolean.TRUE.equals(config.assumeInTransaction()));
        LintResult lint = new Linter(registry, new LintOptions(settings, true, RuleSelection.of(config, Set.of(), Set.of())))
                .lint(plans.stream().map(HistoryPlan::history).toList(), this::load);
        problems.addAll(lint.problems());

        List<HistoryPlan> withTargets = plans.stream().filter(HistoryPlan::hasTargets).toList();
        if (!withTargets.isEmpty()) {
            if (dialect == Dialect.SQLITE) {
                new SqliteDryRun(seen, sqliteFile).run(withTargets);
            } else if (given != null) {
                new PgDryRun(how, secrets, seen).runGiven(given, withTargets);
            } else {
                new PgDryRun(how, secrets, seen).allowingHostEffects(cmd.allowHostEffects).runEmbedded(withTargets);
            }
        }
        if (!cmd.report.quiet()) {
            seen.info.forEach(line -> env.stderr().println("miglint: " + secrets.mask(line)));
        }

        LintResult result = combine(lint, plans, seen, how, problems);
        cmd.report.write(env, result);
        result.problems().stream().sorted().distinct().forEach(p -> env.stderr().println(secrets.mask(p.line())));
        if (!result.problems().isEmpty()) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        return ReportOutput.exitCode(result, threshold);
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
        findings.sort(ORDER);
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
                .map(p -> new InputProblem(p.path(), secrets.mask(p.message()))).distinct().sorted().toList();
        return new LintResult(findings, rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList(), sources,
                histories, targetPaths.size(), statements, 0, masked);
    }

    /** Loads every file; marks the targets; finds each target's down migration. */
    private List<HistoryPlan> plan(List<History> histories, HistoryFinder finder, Dialect dialect,
            List<InputProblem> problems) throws DryRunException {
        Set<Path> wanted = new LinkedHashSet<>();
        for (Path t : cmd.targets) {
            wanted.add(env.workingDirectory().resolve(t).toAbsolutePath().normalize());
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
            String value = env.variables().get(name);
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

    private Config loadConfig(RuleRegistry registry) throws DryRunException {
        try {
            return ConfigLoader.resolve(env.workingDirectory(), cmd.configFile, registry::contains);
        } catch (ConfigException e) {
            throw new DryRunException(e.getMessage());
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
