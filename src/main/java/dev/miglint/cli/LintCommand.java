package dev.miglint.cli;

import dev.miglint.config.Config;
import dev.miglint.config.ConfigException;
import dev.miglint.config.ConfigLoader;
import dev.miglint.config.LintSettings;
import dev.miglint.config.RuleConfig;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintOptions;
import dev.miglint.lint.LintResult;
import dev.miglint.lint.Linter;
import dev.miglint.lint.RuleSelection;
import dev.miglint.lint.SourceLoader;
import dev.miglint.model.Dialect;
import dev.miglint.report.Format;
import dev.miglint.report.ReportOptions;
import dev.miglint.report.Reporters;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.source.History;
import dev.miglint.source.HistoryFinder;
import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import dev.miglint.source.SourceReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code miglint lint}: lints migration histories and reports hazards. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint migration files or directories (a directory is one history, in migration order).",
        sortOptions = false)
public final class LintCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Migration file, directory, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "DIALECT", description = "postgres, sqlite or mysql (default: postgres, or from config).")
    String dialect;

    @Option(names = "--pg-version", paramLabel = "N", description = "PostgreSQL major version the migrations run on (default: 15).")
    Integer pgVersion;

    @Option(names = "--sqlite-version", paramLabel = "X.Y", description = "SQLite version the migrations run on (default: 3.45).")
    String sqliteVersion;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or sarif (default: text).")
    String format = "text";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding is at or above LEVEL: error, warning, note or never (default: warning).")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: miglint.toml here or in a parent directory).")
    Path configFile;

    @Option(names = "--select", split = ",", paramLabel = "RULE", description = "Run only these rules.")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", split = ",", paramLabel = "RULE", description = "Do not run these rules.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--assume-in-transaction", description = "Treat every file as wrapped in one transaction by the migration tool.")
    boolean assumeInTransaction;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "The path to report for standard input.")
    String stdinFilename;

    @Option(names = "--no-color", description = "Never colour the text report.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Only finding lines and the summary.")
    boolean quiet;

    private final Main.Environment env;

    LintCommand(Main.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            return lint();
        } catch (UsageException e) {
            env.stderr().println("miglint: " + e.getMessage());
            return ExitCodes.USAGE_OR_INPUT;
        }
    }

    private int lint() throws UsageException {
        RuleRegistry registry = RuleRegistry.load();
        Config config = loadConfig(registry);
        Format reportFormat = parseFormat();
        Dialect chosenDialect = dialect != null ? parseDialect(dialect) : config.dialect();
        LintSettings settings = new LintSettings(
                chosenDialect != null ? chosenDialect : Dialect.POSTGRES,
                pgVersion != null ? pgVersion : Optional.ofNullable(config.pgVersion()).orElse(LintSettings.DEFAULT_PG_VERSION),
                sqliteVersion != null ? sqliteVersion
                        : Optional.ofNullable(config.sqliteVersion()).orElse(LintSettings.DEFAULT_SQLITE_VERSION),
                assumeInTransaction || Boolean.TRUE.equals(config.assumeInTransaction()));
        if (settings.pgVersion() < 9 || settings.pgVersion() > 99) {
            throw new UsageException("--pg-version must be a major version such as 15, got " + settings.pgVersion());
        }
        try {
            dev.miglint.model.SqliteVersion.parse(settings.sqliteVersion());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--sqlite-version: " + e.getMessage());
        }
        RuleSelection selection = selection(registry, config);
        Level threshold = failThreshold(config);

        HistoryFinder finder = new HistoryFinder(env.workingDirectory(), config.exclude());
        List<Path> filePaths = new ArrayList<>();
        boolean readsStdin = false;
        for (String p : paths) {
            if (p.equals(STDIN)) {
                readsStdin = true;
            } else {
                filePaths.add(env.workingDirectory().resolve(p));
            }
        }
        HistoryFinder.Discovery discovery = finder.find(filePaths);
        List<History> histories = new ArrayList<>(discovery.histories());
        List<InputProblem> problems = new ArrayList<>();
        discovery.problems().forEach(p -> problems.add(new InputProblem(p.path(), p.message())));
        Map<Path, SourceFile> preloaded = new HashMap<>();
        if (readsStdin) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            Path pseudo = env.workingDirectory().resolve(stdinFilename != null ? stdinFilename : "stdin.sql");
            try {
                preloaded.put(pseudo, new SourceFile(pseudo, name, SourceReader.decode(env.stdin().readAllBytes())));
                histories.add(new History(name, "plain", null, List.of(MigrationFile.plain(pseudo, name))));
            } catch (InputException | IOException e) {
                problems.add(new InputProblem(name, e.getMessage()));
            }
        }
        SourceLoader loader = file -> preloaded.containsKey(file.path())
                ? preloaded.get(file.path()) : SourceReader.read(file.path(), file.displayPath());

        LintResult result = new Linter(registry, new LintOptions(settings, chosenDialect != null, selection))
                .lint(histories, loader);
        problems.addAll(result.problems());

        writeReport(result, reportFormat);
        problems.stream().sorted().distinct().forEach(p -> env.stderr().println(p.line()));
        if (!problems.isEmpty()) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        boolean failing = threshold != null && result.visibleFindings().stream().anyMatch(f -> f.level().atLeast(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private Config loadConfig(RuleRegistry registry) throws UsageException {
        Optional<Path> file = configFile != null
                ? Optional.of(env.workingDirectory().resolve(configFile))
                : ConfigLoader.discover(env.workingDirectory());
        if (file.isEmpty()) {
            return Config.empty();
        }
        if (!Files.isRegularFile(file.get())) {
            throw new UsageException(configFile + ": config file not found");
        }
        try {
            return ConfigLoader.load(file.get(), registry::contains);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Format parseFormat() throws UsageException {
        try {
            return Format.fromId(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    private static Dialect parseDialect(String id) throws UsageException {
        try {
            return Dialect.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--dialect: " + e.getMessage());
        }
    }

    private RuleSelection selection(RuleRegistry registry, Config config) throws UsageException {
        for (String id : concat(select, ignore)) {
            if (!registry.contains(id)) {
                throw new UsageException("unknown rule id '" + id + "' (run 'miglint rules' to list them)");
            }
        }
        Set<String> ignored = new LinkedHashSet<>(ignore);
        Map<String, Level> levels = new HashMap<>();
        for (Map.Entry<String, RuleConfig> e : config.rules().entrySet()) {
            if (!e.getValue().enabled()) {
                ignored.add(e.getKey());
            }
            if (e.getValue().level() != null) {
                levels.put(e.getKey(), e.getValue().level());
            }
        }
        return new RuleSelection(Set.copyOf(select), ignored, levels);
    }

    private Level failThreshold(Config config) throws UsageException {
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

    private void writeReport(LintResult result, Format reportFormat) throws UsageException {
        boolean color = !noColor && output == null && reportFormat == Format.TEXT && env.interactive()
                && !env.variables().containsKey("NO_COLOR");
        ReportOptions options = new ReportOptions(color, quiet, Version.current());
        try {
            if (output != null) {
                Path target = env.workingDirectory().resolve(output);
                try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    Reporters.create(reportFormat, options).write(result, w);
                }
            } else {
                Writer w = new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8);
                Reporters.create(reportFormat, options).write(result, w);
                w.flush();
            }
        } catch (IOException e) {
            throw new UsageException("cannot write the report" + (output != null ? " to " + output : "") + " (" + e.getMessage() + ")");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A usage or configuration error: one line on stderr and exit 2. */
    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
