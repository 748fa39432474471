package dev.miglint.rules;

import dev.miglint.model.Span;

/** What a rule says about a related place in the migration it checks (file offsets); positioned into a {@link RelatedLocation}. */
public record RelatedSpan(Span span, String message) {
}
