package dev.miglint.source;

import dev.miglint.model.Span;
import dev.miglint.model.TransactionWrapping;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a migration's down (rollback) step is. {@code path} is null when the framework supports down steps
 * but this migration has none. {@code ranges} are the parts of the file that hold the down SQL in file
 * offsets (a goose/dbmate Down section, the text after each Liquibase {@code --rollback}); empty means the
 * whole file. {@code declaredEmpty}: the author stated there is nothing to undo (Liquibase
 * {@code --rollback empty} / {@code not required}). {@code wrapping}: how the framework hands the down step to the
 * database when that differs from its up (a Flyway undo file decides its own transaction); null: as its up.
 */
public record DownStep(Path path, List<Span> ranges, boolean declaredEmpty, TransactionWrapping wrapping) {
    public DownStep {
        ranges = List.copyOf(ranges);
    }

    public DownStep(Path path, List<Span> ranges, boolean declaredEmpty) {
        this(path, ranges, declaredEmpty, null);
    }

    public DownStep withWrapping(TransactionWrapping w) {
        return new DownStep(path, ranges, declaredEmpty, w);
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
