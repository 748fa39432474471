package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One history over sibling version folders ({@code migrations/1/01_x.up.sql}, {@code migrations/2/01_y.up.sql}):
 * runners that apply {@code <major>/<nn>_name} in folder order then file order build each folder on the schema of
 * the folders before it, so the folders are one history, not one per folder starting empty.
 */
final class VersionFolders {
    private static final Pattern VERSION = Pattern.compile("(?i)v?\\d+([._]\\d+)*");

    private VersionFolders() {
    }

    /**
     * The joined history when every subfolder is named like a version and holds exactly one history, all of the
     * same framework and dialect, and nothing else sits beside them ({@code nothingElse}); else null.
     */
    static History join(String name, List<Path> subdirs, List<List<History>> perSubdir, boolean nothingElse) {
        if (!nothingElse || subdirs.size() < 2) {
            return null;
        }
        List<History> parts = new ArrayList<>();
        for (int i = 0; i < subdirs.size(); i++) {
            if (!VERSION.matcher(subdirs.get(i).getFileName().toString()).matches() || perSubdir.get(i).size() != 1) {
                return null;
            }
            parts.add(perSubdir.get(i).get(0));
        }
        String framework = parts.get(0).framework();
        Dialect dialect = parts.get(0).dialect();
        if (parts.stream().anyMatch(h -> !h.framework().equals(framework) || !Objects.equals(h.dialect(), dialect)
                || h.contextFiles() != 0)) {
            return null;
        }
        // subdirs come in natural order: 2 before 10, v1.9 before v1.10
        List<MigrationFile> files = new ArrayList<>();
        parts.forEach(h -> files.addAll(h.files()));
        return new History(name, framework, dialect, files);
    }
}
