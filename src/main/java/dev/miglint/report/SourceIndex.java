package dev.miglint.report;

import dev.miglint.model.Span;
import dev.miglint.scan.LineIndex;
import dev.miglint.source.SourceFile;
import java.util.Map;
import java.util.Optional;

/**
 * The line index of a linted file, by display path. Reporters walk findings in path order, so only the last file's
 * index is kept: keeping every file's would hold a line table for the whole run while the report is written.
 */
final class SourceIndex {

    private final Map<String, SourceFile> sources;
    private String lastPath;
    private LineIndex lastIndex;

    SourceIndex(Map<String, SourceFile> sources) {
        this.sources = sources;
    }

    Optional<LineIndex> lines(String path) {
        SourceFile source = sources.get(path);
        if (source == null) {
            return Optional.empty();
        }
        if (!path.equals(lastPath)) {
            lastIndex = new LineIndex(source.text());
            lastPath = path;
        }
        return Optional.of(lastIndex);
    }

    /** Where a span of a file is; empty when the file's text is not in the result. */
    Optional<TextRange> range(String path, Span span) {
        return lines(path).map(lines -> TextRange.of(lines, span));
    }
}
