package dev.miglint.cli;

import dev.miglint.config.Config;
import dev.miglint.config.ConfigException;
import dev.miglint.config.ConfigLoader;
import dev.miglint.config.LintSettings;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintOptions;
import dev.miglint.lint.LintResult;
import dev.miglint.lint.Linter;
import dev.miglint.lint.Progress;
import dev.miglint.lint.RuleSelection;
import dev.miglint.lint.SourceLoader;
import dev.miglint.model.Dialect;
import dev.miglint.report.Untrusted;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.source.History;
import dev.miglint.source.HistoryFinder;
import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import dev.miglint.source.SourceReader;
import dev.miglint.text.Suggestions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What to lint and how: the paths and the options shared by {@code lint} and {@code baseline}, and the run that
 * turns them into a result.
 */
final class LintInputs {
    private static final String STDIN = "-";

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

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "The path to report for standard input.")
    String stdinFilename;

    /**
     * A finished run: the result (findings of context-only migrations left out), what it was made from, and the
     * display paths of the migrations whose findings are reported.
     */
    record Analysis(LintResult result, Config config, List<History> histories, List<InputProblem> problems,
            Set<String> reportedPaths) {
    }

    Analysis analyze(Main.Environment env, Progress progress) throws UsageException {
        RuleRegistry registry = RuleRegistry.load();
        Config config = loadConfig(env, registry);
        Dialect chosenDialect = dialect != null ? parseDialect(dialect) : config.dialect();
        LintSettings settings = new LintSettings(
                chosenDialect != null ? chosenDialect : Dialect.POSTGRES,
                pgVersion != null ? pgVersion : Optional.ofNullable(config.pgVersion()).orElse(LintSettings.DEFAULT_PG_VERSION),
                sqliteVersion != null ? sqliteVersion
                        : Optional.ofNullable(config.sqliteVersion()).orElse(LintSettings.DEFAULT_SQLITE_VERSION),
                assumeInTransaction || Boolean.TRUE.equals(config.assumeInTransaction()),
                Boolean.TRUE.equals(config.generatedSqlAdvice()));
        try {
            dev.miglint.model.SqliteVersion.parse(settings.sqliteVersion());
        } catch (IllegalArgumentException e) {
            throw new UsageException("sqlite version: " + e.getMessage());
        }
        if (settings.pgVersion() < 9 || settings.pgVersion() > 99) {
            throw new UsageException("--pg-version must be a major version such as 15, got " + settings.pgVersion());
        }
        RuleSelection selection = selection(registry, config);

        HistoryFinder finder = new HistoryFinder(env.workingDirectory(), config.exclude(), chosenDialect);
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
        discovery.skipped().forEach(s -> env.stderr().println(Untrusted.outputLine("note: " + s + ": skipped, seeds, test "
                + "fixtures, init scripts and dumps are not migrations (give the folder as PATH to lint it)")));
        List<History> histories = new ArrayList<>(discovery.histories());
        List<InputProblem> problems = new ArrayList<>();
        discovery.problems().forEach(p -> problems.add(new InputProblem(p.path(), p.message())));
        Map<Path, SourceFile> preloaded = new HashMap<>();
        if (readsStdin) {
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            Path pseudo = env.workingDirectory().resolve(stdinFilename != null ? stdinFilename : "stdin.sql");
            try {
                preloaded.put(pseudo, new SourceFile(pseudo, name, SourceReader.decode(SourceReader.readBounded(env.stdin()))));
                histories.add(new History(name, "plain", null, List.of(MigrationFile.plain(pseudo, name))));
            } catch (InputException | IOException e) {
                problems.add(new InputProblem(name, e.getMessage()));
            }
        }
        histories = startAfter(env, config, histories);
        Set<String> reported = new LinkedHashSet<>();
        histories.forEach(h -> h.reportedFiles().forEach(f -> reported.add(f.displayPath())));
        SourceLoader loader = file -> preloaded.containsKey(file.path())
                ? preloaded.get(file.path()) : SourceReader.read(file.path(), file.displayPath());

        LintResult result = new Linter(registry, new LintOptions(settings, chosenDialect != null, selection))
                .lint(histories, loader, progress);
        problems.addAll(result.problems());
        return new Analysis(result, config, List.copyOf(histories), problems, reported);
    }

    /**
     * With {@code --start-after} (or {@code start_after} in the config), the named migration and those before it
     * in its history become context: replayed for the schema, their findings not reported.
     */
    private List<History> startAfter(Main.Environment env, Config config, List<History> histories) throws UsageException {
        String marker = startAfter != null ? startAfter : config.startAfter();
        if (marker == null) {
            return histories;
        }
        String origin = startAfter != null ? "--start-after" : "start_after";
        Path base = startAfter != null || config.file() == null
                ? env.workingDirectory() : config.file().toAbsolutePath().getParent();
        List<History> out = new ArrayList<>();
        boolean found = false;
        for (History h : histories) {
            int last = indexOf(h.files(), marker, base, env.workingDirectory());
            found |= last >= 0;
            out.add(last < 0 ? h : new History(h.name(), h.framework(), h.dialect(), h.files(),
                    Math.max(h.contextFiles(), last + 1)));
        }
        if (!found && !histories.isEmpty()) {
            throw new UsageException(origin + ": no linted migration is named '" + marker + "'");
        }
        return out;
    }

    private static int indexOf(List<MigrationFile> files, String marker, Path base, Path workingDirectory) {
        String slashed = marker.replace('\\', '/');
        Path byBase = base.resolve(marker).toAbsolutePath().normalize();
        Path byCwd = workingDirectory.resolve(marker).toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            MigrationFile f = files.get(i);
            Path p = f.path().toAbsolutePath().normalize();
            if (f.displayPath().equals(slashed) || p.equals(byBase) || p.equals(byCwd)
                    || (!slashed.contains("/") && p.getFileName() != null && p.getFileName().toString().equals(slashed))) {
                return i;
            }
        }
        return -1;
    }

    private Config loadConfig(Main.Environment env, RuleRegistry registry) throws UsageException {
        try {
            return ConfigLoader.resolve(env.workingDirectory(), configFile, registry::contains);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
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
        List<String> named = new ArrayList<>(select);
        named.addAll(ignore);
        for (String id : named) {
            if (!registry.contains(id)) {
                throw new UsageException("unknown rule id '" + id + "'" + Suggestions.didYouMean(id, registry.ids())
                        + " (run 'miglint rules' to list them)");
            }
        }
        return RuleSelection.of(config, select, ignore);
    }
}
