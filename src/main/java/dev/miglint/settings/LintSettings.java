package dev.miglint.settings;

import dev.miglint.model.Dialect;

/**
 * The settings rules read: where they come from (flags, miglint.toml, framework) is resolved before.
 * {@code generatedSqlAdvice}: report advice whose only fix is a SQL edit also on SQL that Prisma or Drizzle generates.
 * {@code checkDown}: lint each migration's down (rollback) step too, against the schema as its own up left it.
 */
public record LintSettings(Dialect dialect, int pgVersion, String sqliteVersion, boolean assumeInTransaction,
        boolean generatedSqlAdvice, boolean checkDown) {

    public LintSettings(Dialect dialect, int pgVersion, String sqliteVersion, boolean assumeInTransaction,
            boolean generatedSqlAdvice) {
        this(dialect, pgVersion, sqliteVersion, assumeInTransaction, generatedSqlAdvice, true);
    }

    public LintSettings(Dialect dialect, int pgVersion, String sqliteVersion, boolean assumeInTransaction) {
        this(dialect, pgVersion, sqliteVersion, assumeInTransaction, false);
    }

    public static final int DEFAULT_PG_VERSION = 15;
    public static final String DEFAULT_SQLITE_VERSION = "3.45";

    public static LintSettings defaults(Dialect dialect) {
        return new LintSettings(dialect, DEFAULT_PG_VERSION, DEFAULT_SQLITE_VERSION, false);
    }

    /** The SQLite version the migrations run on, parsed (the default when the setting is absent). */
    public dev.miglint.dialect.sqlite.SqliteVersion sqlite() {
        return dev.miglint.dialect.sqlite.SqliteVersion.parse(sqliteVersion == null ? DEFAULT_SQLITE_VERSION : sqliteVersion);
    }

    public LintSettings withDialect(Dialect d) {
        return new LintSettings(d, pgVersion, sqliteVersion, assumeInTransaction, generatedSqlAdvice, checkDown);
    }

    public LintSettings withCheckDown(boolean on) {
        return new LintSettings(dialect, pgVersion, sqliteVersion, assumeInTransaction, generatedSqlAdvice, on);
    }

    public LintSettings withGeneratedSqlAdvice(boolean on) {
        return new LintSettings(dialect, pgVersion, sqliteVersion, assumeInTransaction, on, checkDown);
    }
}
