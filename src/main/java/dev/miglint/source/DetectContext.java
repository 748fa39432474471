package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What detectors share: listing without excluded files, cached reading, display paths and dialect resolution. */
final class DetectContext {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", ".hg", ".svn");
    private static final String SEEDS = "seed data";
    private static final String FIXTURES = "test fixtures";
    private static final String DUMPS = "schema dumps";
    /**
     * Folders that conventionally hold SQL that is not a migration history: seed data, test fixtures, database
     * container init scripts, schema dumps. Skipped below a given PATH (with a note), linted when given as the PATH.
     */
    private static final Map<String, String> NOT_MIGRATIONS = Map.ofEntries(Map.entry("seeds", SEEDS),
            Map.entry("seed", SEEDS), Map.entry("seeders", SEEDS), Map.entry("fixtures", FIXTURES),
            Map.entry("testdata", FIXTURES), Map.entry("test", FIXTURES), Map.entry("tests", FIXTURES),
            Map.entry("__tests__", FIXTURES), Map.entry("docker-entrypoint-initdb.d", "database container init scripts"),
            Map.entry("dumps", DUMPS), Map.entry("dump", DUMPS));
    /** Files that conventionally hold a schema dump: not a migration when beside a history, outside a migrations folder. */
    private static final java.util.regex.Pattern DUMP_FILE = java.util.regex.Pattern.compile(
            "(schema|structure|.*dump.*)\\.sql", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Files that conventionally hold seed data: never a migration outside a migrations folder. */
    private static final java.util.regex.Pattern SEED_FILE = java.util.regex.Pattern.compile(
            "(seeds?|seed[_-].*|.*[_-]seeds?)\\.sql", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Folder names that say their SQL is a migration history, whatever else is around. */
    private static final Set<String> MIGRATION_FOLDERS = Set.of("migrations", "migration", "migrate", "db_migrations",
            "schema_migrations", "changes", "deploy");
    /** Files read to guess a dialect from the SQL. */
    private static final int SNIFFED_FILES = 40;

    private final Path root;
    private final Dialect forced;
    private final HistoryFinder finder;
    private final DirectoryListings listings;
    private final Map<Path, String> texts = new HashMap<>();
    private final List<SkippedFolder> skipped = new ArrayList<>();
    /** Folders a configuration named, searched on their own and so left out of their parent's search. */
    private final Set<Path> claimed = new java.util.HashSet<>();
    /** Why each history was taken, by history name, when not by convention. */
    private final Map<String, String> origins = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Path, Dialect> configuredDialects = new HashMap<>();
    private boolean skipDumps = true;
    /** Why a directory's dialect was assumed from weak evidence, by the directory's display path. */
    private final Map<String, String> dialectNotes = new HashMap<>();

    DetectContext(Path root, Dialect forced, HistoryFinder finder) {
        this.root = root;
        this.forced = forced;
        this.finder = finder;
        this.listings = finder.listings();
    }

    /** Folders and files skipped as not migrations. */
    List<SkippedFolder> skipped() {
        return List.copyOf(skipped);
    }

    void skip(Path p, String why) {
        String shown = display(p);
        if (skipped.stream().noneMatch(s -> s.path().equals(shown))) {
            skipped.add(new SkippedFolder(shown, why));
        }
    }

    /** Marks a configured folder as searched on its own; false when an outer configuration already did. */
    boolean claim(Path dir) {
        return claimed.add(dir);
    }

    boolean claimed(Path dir) {
        return claimed.contains(dir);
    }

    /** The database a configuration's connection URL names for the histories in {@code dir}. */
    void configuredDialect(Path dir, Dialect dialect) {
        if (dialect != null) {
            configuredDialects.putIfAbsent(dir, dialect);
        }
    }

    void origin(String historyName, String why) {
        origins.putIfAbsent(historyName, why);
    }

    Map<String, String> origins() {
        return Map.copyOf(origins);
    }

    void note(String line) {
        notes.add(line);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** Whether dump files ({@code schema.sql}, {@code structure.sql}) outside migration folders are skipped. */
    void skipDumps(boolean skip) {
        skipDumps = skip;
    }

    /**
     * Why a file is not a migration, null when it may be one: seed data by its name, or a schema dump by its name
     * when {@code besideHistory} (its folder also holds a migration history); never inside a migrations folder.
     */
    String notMigration(Path file, boolean besideHistory) {
        String name = file.getFileName().toString();
        if (!skipDumps || inMigrationFolder(file)) {
            return null;
        }
        if (SEED_FILE.matcher(name).matches()) {
            return "seed data outside a migrations folder";
        }
        return besideHistory && DUMP_FILE.matcher(name).matches() ? "schema dump beside a migration history" : null;
    }

    /** Whether a folder a configuration named sits directly in {@code dir}. */
    boolean claimsChildOf(Path dir) {
        return claimed.stream().anyMatch(c -> dir.equals(c.getParent()));
    }

    /** Whether a folder between the root and {@code p} is named like a migrations folder. */
    boolean inMigrationFolder(Path p) {
        Path rel = p.startsWith(root) ? root.relativize(p) : p;
        for (Path part : rel) {
            if (MIGRATION_FOLDERS.contains(part.toString().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Path name = root.getFileName();
        return name != null && MIGRATION_FOLDERS.contains(name.toString().toLowerCase(Locale.ROOT));
    }

    Path root() {
        return root;
    }

    /** Regular files of {@code dir} that are not excluded, in natural name order. */
    List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : listings.of(dir).files()) {
            if (!finder.isExcluded(p)) {
                out.add(p);
            }
        }
        return out;
    }

    List<Path> sqlFiles(Path dir) throws IOException {
        return files(dir).stream().filter(DetectContext::isSql).toList();
    }

    static boolean isSql(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    /** Subdirectories (links not followed), without VCS, build and dependency folders, in natural order. */
    List<Path> subdirs(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : listings.of(dir).directories()) {
            if (!SKIPPED_DIRECTORIES.contains(p.getFileName().toString()) && !finder.isExcluded(p) && !claimed.contains(p)) {
                out.add(p);
            }
        }
        out.removeIf(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            String why = NOT_MIGRATIONS.get(name);
            if (why != null) {
                skip(p, why);
                return true;
            }
            return false;
        });
        return out;
    }

    /** The file's text, "" when it cannot be read (the linter reports that when it reads the file). */
    String read(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                if (!Files.isRegularFile(f) || Files.size(f) > SourceReader.MAX_BYTES) {
                    return "";
                }
                listings.noteRead(f);
                String s = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (IOException | RuntimeException e) {
                return "";
            }
        });
    }

    String display(Path p) {
        return finder.displayPath(p);
    }

    /** The one history of {@code framework} in {@code dir}: each script, in the order given, made a migration. */
    List<History> history(Path dir, Framework framework, Dialect declared, List<Path> scripts,
            BiFunction<Path, Dialect, MigrationFile> migration) {
        Dialect dialect = dialect(dir, declared, scripts);
        List<MigrationFile> files = scripts.stream().map(p -> migration.apply(p, dialect)).toList();
        return List.of(new History(display(dir), framework.id(), dialect, files));
    }

    /**
     * The dialect of a history in {@code dir}: {@code --dialect}, else what the framework records
     * ({@code declared}), else a directory named after a database, else the SQL of the files.
     */
    Dialect dialect(Path dir, Dialect declared, List<Path> files) {
        if (forced != null) {
            return forced;
        }
        if (declared != null) {
            return declared;
        }
        for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
            if (configuredDialects.containsKey(d)) {
                return configuredDialects.get(d);
            }
        }
        Dialect fromPath = DialectHints.fromPath(root, dir);
        if (fromPath != null) {
            return fromPath;
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < files.size() && sample.size() < SNIFFED_FILES; i++) {
            sample.add(read(files.get(i)));
        }
        DialectHints.Evidence evidence = DialectHints.weigh(sample);
        if (evidence == null || evidence.weak()) {
            dialectNotes.put(display(dir), DialectHints.assumption(evidence));
        }
        return evidence == null ? null : evidence.dialect();
    }

    /** The note on a history whose dialect was guessed from weak evidence, null when it was not. */
    String dialectNote(History history) {
        return dialectNotes.get(history.name());
    }

    /** For computing transaction flags before the dialect is final: a null dialect is linted as PostgreSQL. */
    static Dialect orDefault(Dialect d) {
        return d == null ? Dialect.POSTGRES : d;
    }
}
