package dev.miglint.config;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What miglint.toml says. Null fields were not set, so flags or defaults decide.
 * {@code failOn} null with {@code failNever} false means "not set". {@code startAfter}: the last migration that is
 * already applied everywhere (it and those before it are context only, not reported).
 */
public record Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
        Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules, String startAfter) {

    public Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
            Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules) {
        this(file, dialect, pgVersion, sqliteVersion, failOn, failNever, assumeInTransaction, exclude, rules, null);
    }

    public static Config empty() {
        return new Config(null, null, null, null, null, false, null, List.of(), Map.of(), null);
    }
}
