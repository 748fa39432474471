package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns command-line paths into histories.
 *
 * <p>A directory is searched for migration directories: on each directory the {@link FrameworkDetector}s
 * are tried in order and the first that recognises it owns it (its histories, order, dialect, transaction
 * flags and down steps); otherwise its subdirectories are searched. SQL files that no framework owns form
 * plain histories in natural name order: one for the whole tree when no framework was found anywhere in it,
 * else one per such subtree, split by a database named in their path ({@code .../postgresql/...}).
 *
 * <p>A file is linted on its own, but when it belongs to a migration directory found in one of its
 * {@value #FILE_SEARCH_DEPTH} nearest ancestors (none above a repository root), the history's earlier migrations
 * are replayed first as context (their findings are not reported). Each folder is listed once per run
 * ({@link DirectoryListings}), and only SQL files and framework configuration are read.
 */
public final class HistoryFinder {
    /** How many ancestor directories of a file are tried as its migration directory. */
    static final int FILE_SEARCH_DEPTH = 3;
    private static final Pattern POPX_DIALECT = Pattern.compile(
            "^\\d+_.+?\\.(postgres|cockroach|mysql|sqlite3|sqlite|mariadb)\\.(up|down)\\.sql$", Pattern.CASE_INSENSITIVE);

    private final Path workingDirectory;
    private final List<PathMatcher> excludes;
    private final Dialect forcedDialect;
    private final List<FrameworkDetector> detectors = FrameworkDetector.all();
    private final List<SkippedFolder> skipped = new ArrayList<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final DirectoryListings listings = new DirectoryListings();

    public HistoryFinder(Path workingDirectory, List<String> excludeGlobs) {
        this(workingDirectory, excludeGlobs, null);
    }

    /** {@code forcedDialect}: the dialect the user chose, which beats what frameworks and files say (null: none). */
    public HistoryFinder(Path workingDirectory, List<String> excludeGlobs, Dialect forcedDialect) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.excludes = excludeGlobs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        this.forcedDialect = forcedDialect;
    }

    /** Histories for the given paths; paths that do not exist become problems. */
    public Discovery find(List<Path> paths) {
        List<History> histories = new ArrayList<>();
        List<Discovery.Problem> problems = new ArrayList<>();
        for (Path given : paths) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                // A PATH argument, not a file of a history: the problem is the command line's, so it reads "miglint: PATH: ..."
                problems.add(new Discovery.Problem("", displayPath(given) + ": no such file or directory"));
                continue;
            }
            try {
                List<History> found = Files.isDirectory(path) ? discover(path) : List.of(forFile(path));
                if (found.stream().allMatch(h -> h.files().isEmpty())) {
                    problems.add(new Discovery.Problem(displayPath(given), NonSqlMigrations.explain(path)));
                    continue;
                }
                String shown = displayPath(path);
                for (History h : found) {
                    if (h.name().equals(shown) || !Files.isDirectory(path)) {
                        origins.putIfAbsent(h.name(), NAMED);
                    } else {
                        origins.putIfAbsent(h.name(), CONVENTION);
                    }
                }
                histories.addAll(found);
            } catch (IOException | RuntimeException e) {
                problems.add(new Discovery.Problem(displayPath(given), "cannot list directory (" + e.getMessage() + ")"));
            }
        }
        return new Discovery(histories, problems, List.copyOf(skipped), Map.copyOf(origins), List.copyOf(notes));
    }

    /** Why a history was taken: the folder was given as PATH. */
    public static final String NAMED = "named on the command line";
    /** Why a history was taken: found by the framework's layout, no configuration naming it. */
    public static final String CONVENTION = "convention";

    /** The histories under a directory. */
    public List<History> discover(Path root) throws IOException {
        root = root.toAbsolutePath().normalize();
        DetectContext ctx = new DetectContext(root, forcedDialect, this);
        Found found = search(root, ctx);
        List<History> out = new ArrayList<>(found.histories());
        out.addAll(plain(root, found.loose(), ctx));
        if (out.isEmpty() && ctx.skipped().stream().anyMatch(s -> s.path().endsWith(".sql"))) {
            // nothing but seed- or dump-named files: the user pointed at them, so they are linted
            ctx = new DetectContext(root, forcedDialect, this);
            ctx.skipDumps(false);
            found = search(root, ctx);
            out = new ArrayList<>(found.histories());
            out.addAll(plain(root, found.loose(), ctx));
        }
        for (SkippedFolder s : ctx.skipped()) {
            if (skipped.stream().noneMatch(k -> k.path().equals(s.path()))) {
                skipped.add(s);
            }
        }
        ctx.origins().forEach(origins::putIfAbsent);
        notes.addAll(ctx.notes());
        DetectContext notesFrom = ctx;
        return out.stream().map(h -> h.withDialectNote(notesFrom.dialectNote(h))).toList();
    }


    /** What a subtree holds: framework histories, and SQL files no framework owns yet. */
    private record Found(List<History> histories, List<Path> loose, boolean framework) {
    }

    private Found search(Path dir, DetectContext ctx) throws IOException {
        ProjectConfigs.Read configs = ProjectConfigs.in(dir, ctx);
        configs.notes().forEach(ctx::note);
        List<History> configured = new ArrayList<>();
        String selfConfigured = null;
        List<ProjectConfigs.Folder> own = new ArrayList<>();
        for (ProjectConfigs.Folder folder : configs.folders()) {
            ctx.configuredDialect(folder.dir(), folder.dialect());
            if (folder.dir().equals(dir)) {
                selfConfigured = folder.why();
            } else if (ctx.claim(folder.dir())) {
                own.add(folder);
            }
        }
        for (ProjectConfigs.Folder folder : own) {
            Found inside = search(folder.dir(), ctx);
            List<History> histories = new ArrayList<>(inside.histories());
            histories.addAll(plain(folder.dir(), inside.loose(), ctx));
            histories.forEach(h -> ctx.origin(h.name(), folder.why()));
            configured.addAll(histories);
        }
        for (FrameworkDetector detector : detectors) {
            List<History> histories = detector.detect(dir, ctx);
            if (!histories.isEmpty()) {
                String why = selfConfigured;
                if (why != null) {
                    histories.forEach(h -> ctx.origin(h.name(), why));
                }
                List<History> all = new ArrayList<>(configured);
                all.addAll(histories);
                return new Found(all, List.of(), true);
            }
        }
        Found rest = searchBelow(dir, ctx);
        if (configured.isEmpty() && own.isEmpty()) {
            return rest;
        }
        // a configuration names the migration folders: other plain SQL is taken only in a folder named like migrations
        List<History> histories = new ArrayList<>(configured);
        for (History h : rest.histories()) {
            if (!h.framework().equals(Framework.PLAIN.id()) || h.files().stream().allMatch(f -> ctx.inMigrationFolder(f.path()))) {
                histories.add(h);
            } else {
                skipOutsideConfig(h.files().stream().map(MigrationFile::path).toList(), configs, ctx);
            }
        }
        List<Path> loose = new ArrayList<>();
        List<Path> outside = new ArrayList<>();
        rest.loose().forEach(f -> (ctx.inMigrationFolder(f) ? loose : outside).add(f));
        skipOutsideConfig(outside, configs, ctx);
        histories.addAll(plain(dir, loose, ctx));
        return new Found(histories, List.of(), true);
    }

    private static void skipOutsideConfig(List<Path> files, ProjectConfigs.Read configs, DetectContext ctx) {
        String why = "outside the migration folders named by " + configs.folders().stream()
                .map(ProjectConfigs.Folder::why).distinct().collect(java.util.stream.Collectors.joining(", "));
        files.stream().map(Path::getParent).distinct().forEach(d -> ctx.skip(d, why));
    }

    /** The subtree below {@code dir}, which no detector owns. */
    private Found searchBelow(Path dir, DetectContext ctx) throws IOException {
        List<Path> subdirs = ctx.subdirs(dir);
        List<Found> children = new ArrayList<>();
        for (Path sub : subdirs) {
            children.add(search(sub, ctx));
        }
        boolean besideHistory = children.stream().anyMatch(Found::framework) || ctx.claimsChildOf(dir);
        List<Path> direct = new ArrayList<>();
        for (Path f : ctx.sqlFiles(dir)) {
            String why = ctx.notMigration(f, besideHistory);
            if (why != null) {
                ctx.skip(f, why);
            } else {
                direct.add(f);
            }
        }
        if (children.stream().noneMatch(Found::framework)) {
            List<Path> loose = new ArrayList<>(direct);
            children.forEach(c -> loose.addAll(c.loose()));
            return new Found(List.of(), loose, false);
        }
        History spanning = VersionFolders.join(ctx.display(dir), subdirs, children.stream().map(Found::histories).toList(),
                children.stream().allMatch(c -> c.loose().isEmpty()) && direct.isEmpty());
        if (spanning != null) {
            return new Found(List.of(spanning), List.of(), true);
        }
        List<History> histories = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            histories.addAll(children.get(i).histories());
            histories.addAll(plain(subdirs.get(i), children.get(i).loose(), ctx));
        }
        histories.addAll(plain(dir, direct, ctx));
        return new Found(histories, List.of(), true);
    }

    /** Plain histories of files under {@code dir}: natural path order, one per database named in their path. */
    private List<History> plain(Path dir, List<Path> files, DetectContext ctx) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> NaturalOrder.INSTANCE.compare(relative(dir, a), relative(dir, b)));
        Map<Dialect, List<Path>> groups = new LinkedHashMap<>();
        for (Path f : sorted) {
            groups.computeIfAbsent(DialectHints.fromPath(dir, f.getParent()), k -> new ArrayList<>()).add(f);
        }
        List<History> out = new ArrayList<>();
        for (Map.Entry<Dialect, List<Path>> g : groups.entrySet()) {
            Dialect dialect = ctx.dialect(dir, g.getKey(), g.getValue());
            String name = displayPath(dir) + (groups.size() > 1 && g.getKey() != null ? " (" + g.getKey().id() + ")" : "");
            out.add(new History(name, Framework.PLAIN.id(), dialect, g.getValue().stream().map(p -> MigrationFile.plain(p, displayPath(p))).toList()));
        }
        return out;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * One file: if an ancestor is a migration directory whose history holds it, that history up to the file,
     * with the earlier migrations as context; else the file alone, sectioned if it is a goose, dbmate or
     * Liquibase file.
     */
    History forFile(Path file) throws IOException {
        Path dir = file.getParent();
        for (int depth = 0; dir != null && depth <= FILE_SEARCH_DEPTH; depth++, dir = dir.getParent()) {
            DirectoryListings.Listing listing;
            try {
                listing = listings.of(dir);
            } catch (IOException e) {
                break; // a folder we may not list holds no history we could replay
            }
            DetectContext ctx = new DetectContext(dir, forcedDialect, this);
            for (FrameworkDetector detector : detectors) {
                List<History> histories = detector.detect(dir, ctx);
                for (History h : histories) {
                    int first = -1;
                    int last = -1;
                    for (int i = 0; i < h.files().size(); i++) {
                        if (h.files().get(i).path().equals(file)) {
                            first = first < 0 ? i : first;
                            last = i;
                        }
                    }
                    if (first >= 0) {
                        return new History(h.name(), h.framework(), h.dialect(), h.files().subList(0, last + 1), first);
                    }
                }
                if (!histories.isEmpty()) {
                    return single(file);
                }
            }
            if (listing.repositoryRoot()) {
                break; // a history never spans repositories; folders above a clone are the user's, not the project's
            }
        }
        return single(file);
    }

    private History single(Path file) {
        DetectContext ctx = new DetectContext(file.getParent(), forcedDialect, this);
        String text = ctx.read(file);
        String display = displayPath(file);
        if (Sections.isLiquibase(text)) {
            List<MigrationFile> changesets = LiquibaseDetector.migrations(file, ctx);
            if (!changesets.isEmpty()) {
                return new History(display, Framework.LIQUIBASE.id(), forcedDialect, changesets);
            }
        }
        if (Sections.isGoose(text)) {
            return new History(display, Framework.GOOSE.id(), forcedDialect, List.of(GooseDetector.migration(file, ctx)));
        }
        if (Sections.isSqlMigrate(text)) {
            return new History(display, Framework.SQL_MIGRATE.id(), forcedDialect, List.of(SqlMigrateDetector.migration(file, ctx)));
        }
        if (Sections.isDbmate(text)) {
            return new History(display, Framework.DBMATE.id(), forcedDialect, List.of(DbmateDetector.migration(file, ctx, forcedDialect)));
        }
        Matcher popx = POPX_DIALECT.matcher(file.getFileName().toString());
        Dialect dialect = forcedDialect != null ? forcedDialect : popx.matches() ? DialectHints.named(popx.group(1)) : null;
        return new History(display, Framework.PLAIN.id(), dialect, List.of(MigrationFile.plain(file, display)));
    }

    /** The directory listings of this run, shared by every search and detector. */
    DirectoryListings listings() {
        return listings;
    }

    boolean isExcluded(Path file) {
        Path relative = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
        return excludes.stream().anyMatch(m -> m.matches(relative) || m.matches(file));
    }

    /** Reports show paths relative to the working directory with forward slashes. */
    public String displayPath(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
        String s = shown.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    /**
     * The histories found, the paths that could not be used, and the folders skipped as conventionally not
     * migrations (seeds, test fixtures, container init scripts, dumps; display paths).
     */
    public record Discovery(List<History> histories, List<Problem> problems, List<SkippedFolder> skipped,
            Map<String, String> origins, List<String> notes) {
        public Discovery(List<History> histories, List<Problem> problems) {
            this(histories, problems, List.of(), Map.of(), List.of());
        }

        /** Why the history of this name was taken (a configuration, the command line, convention). */
        public String origin(String historyName) {
            return origins.getOrDefault(historyName, CONVENTION);
        }

        public record Problem(String path, String message) {
        }
    }
}
