package dev.miglint.rules.builtin;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleDefinition;

/** Reported by the engine when a miglint:ignore comment names a rule that does not exist. */
@RuleDefinition(id = InvalidSuppression.ID, level = Level.WARNING,
        summary = "A miglint:ignore comment names a rule id that does not exist.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class InvalidSuppression implements Rule {
    public static final String ID = "invalid-suppression";
}
