package dev.miglint.report;

import dev.miglint.model.Span;
import dev.miglint.scan.LineIndex;
import dev.miglint.source.SourceFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The line index of each linted file, built on first use, by display path. */
final class SourceIndex {

    private final Map<String, SourceFile> sources;
    private final Map<String, LineIndex> indexes = new HashMap<>();

    SourceIndex(Map<String, SourceFile> sources) {
        this.sources = sources;
    }

    Optional<LineIndex> lines(String path) {
        SourceFile source = sources.get(path);
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(indexes.computeIfAbsent(path, p -> new LineIndex(source.text())));
    }

    /** Where a span of a file is; empty when the file's text is not in the result. */
    Optional<TextRange> range(String path, Span span) {
        return lines(path).map(lines -> TextRange.of(lines, span));
    }
}
