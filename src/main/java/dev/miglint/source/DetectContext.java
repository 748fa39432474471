package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What detectors share: listing without excluded files, cached reading, display paths and dialect resolution. */
final class DetectContext {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", ".hg", ".svn");
    /**
     * Folders that conventionally hold SQL that is not a migration history: seed data, test fixtures, database
     * container init scripts, schema dumps. Skipped below a given PATH (with a note), linted when given as the PATH.
     */
    private static final Set<String> NOT_MIGRATIONS = Set.of("seeds", "seed", "seeders", "fixtures", "testdata", "test",
            "tests", "__tests__", "docker-entrypoint-initdb.d", "dumps", "dump");
    /** Files read to guess a dialect from the SQL. */
    private static final int SNIFFED_FILES = 40;

    private final Path root;
    private final Dialect forced;
    private final HistoryFinder finder;
    private final Map<Path, String> texts = new HashMap<>();
    private final List<String> skipped = new ArrayList<>();
    /** Why a directory's dialect was assumed from weak evidence, by the directory's display path. */
    private final Map<String, String> dialectNotes = new HashMap<>();

    DetectContext(Path root, Dialect forced, HistoryFinder finder) {
        this.root = root;
        this.forced = forced;
        this.finder = finder;
    }

    /** Folders skipped as conventionally not migrations, as display paths. */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    Path root() {
        return root;
    }

    /** Regular files of {@code dir} that are not excluded, in natural name order. */
    List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(Files::isRegularFile).filter(p -> !finder.isExcluded(p)).forEach(out::add);
        }
        out.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
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
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !SKIPPED_DIRECTORIES.contains(p.getFileName().toString()))
                    .filter(p -> !finder.isExcluded(p))
                    .forEach(out::add);
        }
        out.removeIf(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (NOT_MIGRATIONS.contains(name)) {
                if (!skipped.contains(display(p))) {
                    skipped.add(display(p));
                }
                return true;
            }
            return false;
        });
        out.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        return out;
    }

    /** The file's text, "" when it cannot be read (the linter reports that when it reads the file). */
    String read(Path file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                if (!Files.isRegularFile(f) || Files.size(f) > SourceReader.MAX_BYTES) {
                    return "";
                }
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
