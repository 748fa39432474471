package dev.miglint.lint;

import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;

/** Where file text comes from: the file system, or standard input for {@code -}. */
@FunctionalInterface
public interface SourceLoader {
    SourceFile load(MigrationFile file) throws InputException;
}
