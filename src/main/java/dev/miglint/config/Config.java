package dev.miglint.config;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What miglint.toml says. Null fields were not set, so flags or defaults decide.
 * {@code failOn} null with {@code failNever} false means "not set". {@code startAfter}: the last migration that is
 * already applied everywhere (it and those before it are context only, not reported). {@code generatedSqlAdvice}:
 * report advice on SQL that Prisma or Drizzle generates even when its only fix is a SQL edit (null: not set, off).
 * {@code histories}: folders, relative to the config file, that one database gets applied in this order (init
 * scripts, then migrations), so they are joined into one history; empty when not set. {@code checkDown}: lint down
 * (rollback) steps too (null: not set, on).
 */
public record Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
        Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules, String startAfter,
        Boolean generatedSqlAdvice, List<String> histories, Boolean checkDown) {

    public Config {
        histories = histories == null ? List.of() : List.copyOf(histories);
    }

    public Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
            Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules, String startAfter,
            Boolean generatedSqlAdvice, List<String> histories) {
        this(file, dialect, pgVersion, sqliteVersion, failOn, failNever, assumeInTransaction, exclude, rules, startAfter,
                generatedSqlAdvice, histories, null);
    }

    public Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
            Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules, String startAfter,
            Boolean generatedSqlAdvice) {
        this(file, dialect, pgVersion, sqliteVersion, failOn, failNever, assumeInTransaction, exclude, rules, startAfter,
                generatedSqlAdvice, List.of());
    }

    public Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
            Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules, String startAfter) {
        this(file, dialect, pgVersion, sqliteVersion, failOn, failNever, assumeInTransaction, exclude, rules, startAfter,
                null);
    }

    public Config(Path file, Dialect dialect, Integer pgVersion, String sqliteVersion, Level failOn, boolean failNever,
            Boolean assumeInTransaction, List<String> exclude, Map<String, RuleConfig> rules) {
        this(file, dialect, pgVersion, sqliteVersion, failOn, failNever, assumeInTransaction, exclude, rules, null);
    }

    public static Config empty() {
        return new Config(null, null, null, null, null, false, null, List.of(), Map.of(), null, null, List.of(), null);
    }
}
