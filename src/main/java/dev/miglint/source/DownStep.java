package dev.miglint.source;

import dev.miglint.model.Span;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a migration's down (rollback) step is. {@code path} is null when the framework supports down steps
 * but this migration has none. {@code ranges} are the parts of the file that hold the down SQL in file
 * offsets (a goose/dbmate Down section, the text after each Liquibase {@code --rollback}); empty means the
 * whole file. {@code declaredEmpty}: the author stated there is nothing to undo (Liquibase
 * {@code --rollback empty} / {@code not required}).
 */
public record DownStep(Path path, List<Span> ranges, boolean declaredEmpty) {
    public DownStep {
        ranges = List.copyOf(ranges);
    }

    public static DownStep missing() {
        return new DownStep(null, List.of(), false);
    }

    public static DownStep wholeFile(Path path) {
        return path == null ? missing() : new DownStep(path, List.of(), false);
    }

    public boolean exists() {
        return path != null;
    }
}
