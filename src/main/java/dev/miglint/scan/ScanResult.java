package dev.miglint.scan;

import java.util.List;

/**
 * Segments cover the scanned range without gaps or overlaps; {@code comments} lists every comment token in
 * the range in order, whether it sits inside a statement or in trivia.
 */
public record ScanResult(List<Segment> segments, List<Token> comments, List<ScanProblem> problems) {
    public ScanResult {
        segments = List.copyOf(segments);
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
    }

    /** STATEMENT and META_COMMAND segments, in order (COPY data belongs to its COPY and is not one). */
    public List<Segment> statements() {
        return segments.stream()
                .filter(s -> s.kind() == SegmentKind.STATEMENT || s.kind() == SegmentKind.META_COMMAND).toList();
    }
}
