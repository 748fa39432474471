package dev.miglint.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns command-line paths into histories. A directory is one history: its .sql files in name order
 * (framework-specific discovery refines this); a file is a history of its own.
 */
public final class HistoryFinder {
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules", "target", ".hg", ".svn");

    private final Path workingDirectory;
    private final List<PathMatcher> excludes;

    public HistoryFinder(Path workingDirectory, List<String> excludeGlobs) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.excludes = excludeGlobs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    /** Histories for the given paths; paths that do not exist become problems. */
    public Discovery find(List<Path> paths) {
        List<History> histories = new ArrayList<>();
        List<Discovery.Problem> problems = new ArrayList<>();
        for (Path given : paths) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                problems.add(new Discovery.Problem(displayPath(given), "no such file or directory"));
            } else if (Files.isDirectory(path)) {
                try {
                    List<MigrationFile> files = sqlFiles(path).stream()
                            .filter(p -> !isExcluded(p))
                            .map(p -> MigrationFile.plain(p, displayPath(p)))
                            .toList();
                    histories.add(new History(displayPath(path), "plain", null, files));
                } catch (IOException | RuntimeException e) {
                    problems.add(new Discovery.Problem(displayPath(given), "cannot list directory (" + e.getMessage() + ")"));
                }
            } else {
                histories.add(new History(displayPath(path), "plain", null, List.of(MigrationFile.plain(path, displayPath(path)))));
            }
        }
        return new Discovery(histories, problems);
    }

    private List<Path> sqlFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        // Links are not followed: a symlink loop cannot trap the walk.
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
                    .filter(p -> !Files.isDirectory(p))
                    .filter(p -> !inSkippedDirectory(dir, p))
                    .forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')));
        return files;
    }

    private static boolean inSkippedDirectory(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private boolean isExcluded(Path file) {
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

    /** The histories found and the paths that could not be used. */
    public record Discovery(List<History> histories, List<Problem> problems) {
        public record Problem(String path, String message) {
        }
    }
}
