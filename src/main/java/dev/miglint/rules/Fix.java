package dev.miglint.rules;

import dev.miglint.model.Span;

/** A mechanical fix: replace {@code span} of the file with {@code replacement}. */
public record Fix(String description, Span span, String replacement) {
}
