package dev.miglint.lint;

import dev.miglint.config.Config;
import dev.miglint.config.ConfigException;
import dev.miglint.config.ConfigLoader;
import dev.miglint.dialect.sqlite.SqliteVersion;
import dev.miglint.model.Dialect;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.settings.LintSettings;
import dev.miglint.source.Framework;
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

/**
 * One lint run, request in, result out: the config and settings resolved (flag, then config, then default), the
 * histories found, standard input read, {@code start_after} applied, and the histories linted. Every command that
 * lints ({@code lint}, {@code baseline}, {@code dry-run}) goes through here, so they cannot drift apart.
 */
public final class LintRun {
    private final LintRequest request;
    private final RuleRegistry registry;
    private final Config config;
    private final LintOptions options;

    /** What a run found and linted; {@code notes} are lines for the user, {@code reportedPaths} what is not context. */
    public record Outcome(LintResult result, Config config, List<History> histories, List<InputProblem> problems,
            Set<String> reportedPaths, List<String> notes) {
    }

    /** The histories a request names (standard input among them), before linting. */
    public record Inputs(List<History> histories, List<InputProblem> problems, List<String> notes,
            SourceLoader loader, HistoryFinder finder, List<dev.miglint.source.SkippedFolder> skipped,
            Map<String, String> origins) {
    }

    private LintRun(LintRequest request, RuleRegistry registry, Config config, LintOptions options) {
        this.request = request;
        this.registry = registry;
        this.config = config;
        this.options = options;
    }

    /** Resolves the request's config, settings and rule selection; a wrong one fails here, before any file is read. */
    public static LintRun prepare(LintRequest request) throws RequestException {
        RuleRegistry registry = RuleRegistry.load();
        Config config;
        try {
            config = ConfigLoader.resolve(request.workingDirectory(), request.configFile(), registry::contains);
        } catch (ConfigException e) {
            throw new RequestException(e.getMessage());
        }
        Dialect chosen = request.dialect() != null ? dialect(request.dialect()) : config.dialect();
        LintSettings settings = new LintSettings(
                chosen != null ? chosen : Dialect.POSTGRES,
                Optional.ofNullable(request.pgVersion()).or(() -> Optional.ofNullable(config.pgVersion()))
                        .orElse(LintSettings.DEFAULT_PG_VERSION),
                Optional.ofNullable(request.sqliteVersion()).or(() -> Optional.ofNullable(config.sqliteVersion()))
                        .orElse(LintSettings.DEFAULT_SQLITE_VERSION),
                request.assumeInTransaction() || Boolean.TRUE.equals(config.assumeInTransaction()),
                Boolean.TRUE.equals(config.generatedSqlAdvice()),
                Optional.ofNullable(request.checkDown()).or(() -> Optional.ofNullable(config.checkDown())).orElse(true));
        try {
            SqliteVersion.parse(settings.sqliteVersion());
        } catch (IllegalArgumentException e) {
            throw new RequestException("sqlite version: " + e.getMessage());
        }
        if (settings.pgVersion() < 9 || settings.pgVersion() > 99) {
            throw new RequestException("--pg-version must be a major version such as 15, got " + settings.pgVersion());
        }
        List<String> named = new ArrayList<>(request.select());
        named.addAll(request.ignore());
        for (String id : named) {
            if (!registry.contains(id)) {
                throw new RequestException("unknown rule id '" + id + "'" + Suggestions.didYouMean(id, registry.ids())
                        + " (run 'miglint rules' to list them)");
            }
        }
        RuleSelection selection = RuleSelection.of(config, request.select(), request.ignore());
        return new LintRun(request, registry, config, new LintOptions(settings, chosen != null, selection));
    }

    public Config config() {
        return config;
    }

    public LintSettings settings() {
        return options.settings();
    }

    /** Finds, reads and lints what the request names. */
    public Outcome run(Progress progress) throws RequestException {
        Inputs inputs = discover();
        Set<String> reported = new LinkedHashSet<>();
        inputs.histories().forEach(h -> h.reportedFiles().forEach(f -> reported.add(f.displayPath())));
        LintResult result = lint(inputs.histories(), inputs.loader(), progress);
        result = result.withScope(result.scope().withDiscovery(inputs.skipped(), inputs.origins()));
        List<InputProblem> problems = new ArrayList<>(inputs.problems());
        problems.addAll(result.problems());
        return new Outcome(result, config, inputs.histories(), problems, reported, inputs.notes());
    }

    /** Lints these histories with the request's settings and rules (a dry run lints the histories it plans). */
    public LintResult lint(List<History> histories, SourceLoader loader, Progress progress) {
        return new Linter(registry, options).lint(histories, loader, progress);
    }

    /** The histories the request's paths name, standard input read, {@code start_after} applied. */
    public Inputs discover() throws RequestException {
        Path cwd = request.workingDirectory();
        HistoryFinder finder = new HistoryFinder(cwd, config.exclude(), options.dialectChosen() ? settings().dialect() : null);
        List<Path> filePaths = new ArrayList<>();
        boolean readsStdin = false;
        for (String p : request.paths()) {
            if (p.equals(LintRequest.STDIN)) {
                readsStdin = true;
            } else {
                filePaths.add(cwd.resolve(p));
            }
        }
        HistoryFinder.Discovery discovery = finder.find(filePaths);
        List<Path> joined = config.file() == null ? List.of() : config.histories().stream()
                .map(h -> config.file().toAbsolutePath().getParent().resolve(h).normalize()).toList();
        java.util.Set<String> joinedShown = dev.miglint.source.JoinedHistories.displayed(joined, finder);
        List<dev.miglint.source.SkippedFolder> skipped = discovery.skipped().stream()
                .filter(s -> !joinedShown.contains(s.path())).toList();
        List<String> notes = new ArrayList<>();
        discovery.notes().forEach(n -> notes.add("note: " + n));
        if (!skipped.isEmpty()) {
            notes.add(SkippedNote.line(skipped));
        }
        List<History> histories = new ArrayList<>(discovery.histories());
        List<InputProblem> problems = new ArrayList<>();
        discovery.problems().forEach(p -> problems.add(new InputProblem(p.path(), p.message())));
        try {
            histories = new ArrayList<>(dev.miglint.source.JoinedHistories.join(histories, joined, filePaths, finder));
        } catch (IOException e) {
            problems.add(new InputProblem(finder.displayPath(config.file()), e.getMessage()));
        }
        Map<Path, SourceFile> preloaded = new HashMap<>();
        if (readsStdin) {
            String stdinFilename = request.stdinFilename();
            String name = stdinFilename != null ? stdinFilename : "<stdin>";
            Path pseudo = cwd.resolve(stdinFilename != null ? stdinFilename : "stdin.sql");
            try {
                preloaded.put(pseudo, new SourceFile(pseudo, name, SourceReader.decode(SourceReader.readBounded(request.stdin()))));
                histories.add(new History(name, Framework.PLAIN.id(), null, List.of(MigrationFile.plain(pseudo, name))));
            } catch (InputException | IOException e) {
                problems.add(new InputProblem(name, e.getMessage()));
            }
        }
        SourceLoader loader = file -> preloaded.containsKey(file.path())
                ? preloaded.get(file.path()) : SourceReader.read(file.path(), file.displayPath());
        Map<String, String> origins = new HashMap<>();
        String joinedName = String.join(" + ", joined.stream().map(finder::displayPath).toList());
        for (History h : histories) {
            boolean joinedByConfig = !joined.isEmpty() && h.name().equals(joinedName);
            origins.put(h.name(), joinedByConfig ? "config " + finder.displayPath(config.file()) + " histories"
                    : discovery.origins().getOrDefault(h.name(), HistoryFinder.NAMED)); // not discovered: standard input
        }
        return new Inputs(List.copyOf(StartAfter.apply(request, config, histories)), problems, notes, loader, finder,
                skipped, origins);
    }

    private static Dialect dialect(String id) throws RequestException {
        try {
            return Dialect.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new RequestException("--dialect: " + e.getMessage());
        }
    }
}
