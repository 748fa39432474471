package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.util.List;

/**
 * An ordered migration history: files applied one after another to the same database, so the schema
 * of one file is the context of the next. {@code dialect} is null when the framework does not say.
 */
public record History(String name, String framework, Dialect dialect, List<MigrationFile> files) {
    public History {
        files = List.copyOf(files);
    }
}
