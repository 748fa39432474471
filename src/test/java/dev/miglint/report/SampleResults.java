package dev.miglint.report;

import dev.miglint.lint.HistorySummary;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.RelatedLocation;
import dev.miglint.rules.RuleInfo;
import dev.miglint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-built lint results for reporter tests; positions are computed here, independently of the reporters. */
final class SampleResults {

    static final String USERS_PATH = "db/migrations/V1__create users.sql";
    static final String USERS_SQL = """
            -- users table
            CREATE TABLE users (
              id bigint PRIMARY KEY,
              name varchar(100) NOT NULL
            );
            CREATE INDEX users_name_idx ON users (name);
            """;

    static final String BACKFILL_PATH = "db/migrations/V2__backfill.sql";
    static final String BACKFILL_SQL = """
            INSERT INTO users (id, name) VALUES (1, 'Zoë 😀'); UPDATE users SET name = upper(name);
            -- miglint-ignore example-rule: one-off cleanup, reviewed by the DBA
            DELETE FROM users WHERE id > 100 OR TRUE;
            ALTER TABLE users
              ADD COLUMN a int,
              ADD COLUMN b int,
              ADD COLUMN c int,
              ADD COLUMN d int,
              ADD COLUMN e int,
              ADD COLUMN f int,
              ADD COLUMN g int,
              ADD COLUMN h int;
            """;

    static final RuleInfo EXAMPLE_RULE = rule("example-rule", Level.ERROR, "UPDATE or DELETE without WHERE");
    static final RuleInfo EXAMPLE_FIXABLE = rule("example-fixable", Level.WARNING,
            "CREATE INDEX without CONCURRENTLY");
    static final RuleInfo EXAMPLE_WIDE = rule("example-wide", Level.WARNING, "Many ALTER TABLE actions at once");
    static final RuleInfo EXAMPLE_ADVICE = rule("example-advice", Level.NOTE, "Table without a created_at column");
    static final RuleInfo EXAMPLE_UNUSED = rule("example-unused", Level.ERROR, "Never fires in the sample");

    private SampleResults() {
    }

    /** Two files, findings of every level: one suppressed, one fixable, multi-line and long spans, non-ASCII. */
    static LintResult sample() {
        String createTable = statement(USERS_SQL, "CREATE TABLE", ");");
        String createIndex = statement(USERS_SQL, "CREATE INDEX", ";");
        int indexName = USERS_SQL.indexOf("users_name_idx");
        String update = statement(BACKFILL_SQL, "UPDATE", ";");
        String delete = statement(BACKFILL_SQL, "DELETE", ";");
        String alter = statement(BACKFILL_SQL, "ALTER TABLE", ";");
        List<Finding> findings = List.of(
                finding(EXAMPLE_ADVICE, "Table users has no created_at column.",
                        "Why: rows without a creation time are hard to audit.\n"
                                + "How: add `created_at timestamptz NOT NULL DEFAULT now()`.",
                        USERS_PATH, USERS_SQL, createTable, List.of()),
                finding(EXAMPLE_FIXABLE, "CREATE INDEX on users blocks writes while the index builds.",
                        "Why: a plain CREATE INDEX holds a SHARE lock for the whole build.\n\n"
                                + "How: use CREATE INDEX CONCURRENTLY, outside a transaction.",
                        USERS_PATH, USERS_SQL, createIndex,
                        List.of(new Fix("Build the index concurrently", new Span(indexName, indexName),
                                "CONCURRENTLY ")))
                        .withObserved("dry run: ShareLock on users (blocks writes) for 3 ms"),
                finding(EXAMPLE_RULE, "UPDATE without WHERE rewrites every row of users.",
                        "Why: every row is locked until the migration commits.\n"
                                + "How: add a WHERE clause or backfill in batches.",
                        BACKFILL_PATH, BACKFILL_SQL, update, List.of())
                        .withRelated(List.of(related(BACKFILL_PATH, BACKFILL_SQL, statement(BACKFILL_SQL, "INSERT", ";"),
                                "the INSERT before it, in the same transaction"))),
                finding(EXAMPLE_RULE, "DELETE matches every row of users.",
                        "Why: every row is locked until the migration commits.\n"
                                + "How: add a WHERE clause or backfill in batches.",
                        BACKFILL_PATH, BACKFILL_SQL, delete, List.of())
                        .withSuppression(new Finding.Suppression("one-off cleanup, reviewed by the DBA")),
                finding(EXAMPLE_WIDE, "ALTER TABLE users has 8 actions.",
                        "Why: one long ALTER holds its ACCESS EXCLUSIVE lock for all of them.\n"
                                + "How: split it into smaller migrations.",
                        BACKFILL_PATH, BACKFILL_SQL, alter, List.of()));
        return new LintResult(findings, List.of(EXAMPLE_RULE, EXAMPLE_FIXABLE, EXAMPLE_WIDE, EXAMPLE_ADVICE,
                EXAMPLE_UNUSED),
                Map.of(USERS_PATH, source(USERS_PATH, USERS_SQL), BACKFILL_PATH, source(BACKFILL_PATH, BACKFILL_SQL)),
                List.of(new HistorySummary("db/migrations", "flyway", "postgres", 2, 6, 1)),
                2, 6, 1,
                List.of(new InputProblem("db/migrations/V3__broken.sql", "not valid UTF-8 at byte 17")));
    }

    /** No findings at all. */
    static LintResult clean() {
        return new LintResult(List.of(), List.of(EXAMPLE_RULE), Map.of(USERS_PATH, source(USERS_PATH, USERS_SQL)),
                List.of(new HistorySummary("db/migrations", "plain", "postgres", 1, 2, 0)), 1, 2, 0, List.of());
    }

    static LintResult withFindings(List<Finding> findings, Map<String, SourceFile> sources) {
        return new LintResult(findings, List.of(EXAMPLE_RULE, EXAMPLE_FIXABLE, EXAMPLE_WIDE, EXAMPLE_ADVICE),
                sources, List.of(), sources.size(), findings.size(), 0, List.of());
    }

    static SourceFile source(String path, String text) {
        return new SourceFile(Path.of(path), path, text);
    }

    /** The text from the first {@code start} to the following {@code end}, inclusive. */
    static String statement(String text, String start, String end) {
        int from = text.indexOf(start);
        return text.substring(from, text.indexOf(end, from) + end.length());
    }

    static Finding finding(RuleInfo rule, String message, String help, String path, String text,
            String statement, List<Fix> fixes) {
        int start = text.indexOf(statement);
        int end = start + statement.length();
        return new Finding(rule.id(), rule.level(), message, help, path, new Span(start, end),
                lineOf(text, start), columnOf(text, start), lineOf(text, end), columnOf(text, end), statement,
                fixes, null);
    }

    static RelatedLocation related(String path, String text, String statement, String message) {
        int start = text.indexOf(statement);
        int end = start + statement.length();
        return new RelatedLocation(path, new Span(start, end), lineOf(text, start), columnOf(text, start),
                lineOf(text, end), columnOf(text, end), message);
    }

    static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    static int columnOf(String text, int offset) {
        return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    }

    private static RuleInfo rule(String id, Level level, String summary) {
        return new RuleInfo(id, level, summary, Set.of(Dialect.POSTGRES));
    }
}
