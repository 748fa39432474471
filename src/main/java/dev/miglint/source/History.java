package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.util.List;

/**
 * An ordered migration history: migrations applied one after another to the same database, so the schema
 * of one is the context of the next. {@code dialect} is null when the framework does not say.
 * {@code contextFiles}: how many leading migrations are replayed only to build the schema, their findings
 * not reported (linting one file of a history, e.g. from a pre-commit hook). {@code dialectNote}: when the
 * dialect was guessed from weak evidence in the SQL, which one was assumed and why; null otherwise.
 */
public record History(String name, String framework, Dialect dialect, List<MigrationFile> files, int contextFiles,
        String dialectNote) {
    public History {
        files = List.copyOf(files);
        if (contextFiles < 0 || contextFiles > files.size()) {
            throw new IllegalArgumentException("contextFiles " + contextFiles + " of " + files.size());
        }
    }

    public History(String name, String framework, Dialect dialect, List<MigrationFile> files, int contextFiles) {
        this(name, framework, dialect, files, contextFiles, null);
    }

    public History(String name, String framework, Dialect dialect, List<MigrationFile> files) {
        this(name, framework, dialect, files, 0);
    }

    public History withDialectNote(String note) {
        return new History(name, framework, dialect, files, contextFiles, note);
    }

    /** The migrations whose findings are reported. */
    public List<MigrationFile> reportedFiles() {
        return files.subList(contextFiles, files.size());
    }
}
