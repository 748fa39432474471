package dev.miglint.dryrun;

import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.scan.LineIndex;
import dev.miglint.source.SourceFile;
import java.util.List;

/** Findings at exact places of a source file. */
final class Positions {
    private final SourceFile source;
    private final LineIndex lines;

    Positions(SourceFile source) {
        this.source = source;
        this.lines = new LineIndex(source.text());
    }

    SourceFile source() {
        return source;
    }

    int line(int offset) {
        return lines.line(offset);
    }

    Finding finding(String ruleId, Level level, Span span, String message, String help) {
        String text = source.text();
        int end = Math.min(span.end(), text.length());
        int start = Math.min(span.start(), end);
        return new Finding(ruleId, level, message, help, source.displayPath(), new Span(start, end),
                lines.line(start), lines.column(start), lines.line(end), lines.column(end), text.substring(start, end),
                List.of(), null);
    }
}
