package dev.miglint.rules;

import dev.miglint.model.Span;

/**
 * Another place that explains a finding, e.g. the later statement that keeps a lock held: the same positions as
 * a {@link Finding} (1-based lines and columns, end column exclusive) and what that place is, in a few words.
 */
public record RelatedLocation(String path, Span span, int startLine, int startColumn, int endLine, int endColumn,
        String message) {
}
