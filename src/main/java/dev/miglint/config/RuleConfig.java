package dev.miglint.config;

import dev.miglint.rules.Level;

/** Per-rule settings from miglint.toml; {@code level} null keeps the rule's default. */
public record RuleConfig(boolean enabled, Level level) {
}
