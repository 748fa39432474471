package dev.miglint.source;

import java.nio.file.Path;

/**
 * One migration file of a history. {@code displayPath} is what reports show (relative, forward slashes).
 * {@code runsInTransaction}: whether the framework wraps the file in a transaction (null: not known).
 * {@code downPath}: the matching down migration, null when there is none or the framework has no downs.
 */
public record MigrationFile(Path path, String displayPath, String framework, Boolean runsInTransaction,
        Path downPath) {

    public static MigrationFile plain(Path path, String displayPath) {
        return new MigrationFile(path, displayPath, "plain", null, null);
    }
}
