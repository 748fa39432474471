package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.scan.Scanner;
import dev.miglint.scan.Segment;
import dev.miglint.scan.SegmentKind;
import dev.miglint.scan.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How tools that do not open a transaction themselves still end up running a file in one (see docs/frameworks.md). */
final class TransactionSemantics {
    private TransactionSemantics() {
    }

    private static List<String> statements(String text, Dialect dialect) {
        return Scanner.scan(text, dialect).statements().stream()
                .filter(s -> s.kind() == SegmentKind.STATEMENT)
                .map(s -> normalized(text, s))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String normalized(String text, Segment s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) {
            if (!t.isComment()) {
                b.append(b.length() == 0 ? "" : " ").append(t.text(text));
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile("^(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK)\\b.*", Pattern.DOTALL);

    /**
     * A file sent to PostgreSQL as one simple-query string (golang-migrate's postgres and pgx drivers, Prisma
     * Migrate): with more than one statement and no transaction control of its own it runs as one implicit
     * transaction block, so e.g. CREATE INDEX CONCURRENTLY fails in it; a single statement runs on its own.
     * Only PostgreSQL has implicit blocks; null (unknown) for the other dialects.
     */
    static Boolean postgresSimpleQuery(String text, Dialect dialect) {
        if (dialect != Dialect.POSTGRES) {
            return null;
        }
        List<String> statements = statements(text, dialect);
        if (statements.stream().anyMatch(s -> TRANSACTION_CONTROL.matcher(s).matches())) {
            return false;
        }
        return statements.size() > 1;
    }

    /**
     * Flyway's PostgreSQL parser (PostgreSQLParser.detectCanExecuteInTransaction) marks these statements as
     * unable to run in a transaction; a migration containing one runs without a transaction.
     */
    private static final Pattern FLYWAY_PG_NON_TRANSACTIONAL = Pattern.compile(
            "^(CREATE (UNIQUE )?INDEX CONCURRENTLY\\b.*"
            + "|DROP INDEX CONCURRENTLY\\b.*"
            + "|REINDEX\\b.*\\bCONCURRENTLY\\b.*|REINDEX (\\(.*\\) )?(VERBOSE )?(SCHEMA|DATABASE|SYSTEM)\\b.*"
            + "|(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)\\b.*"
            + "|ALTER SYSTEM\\b.*|VACUUM\\b.*|DISCARD ALL\\b.*)", Pattern.DOTALL);

    static boolean flywayNonTransactional(String text, Dialect dialect) {
        if (dialect != Dialect.POSTGRES) {
            return false;
        }
        return statements(text, dialect).stream().anyMatch(s -> FLYWAY_PG_NON_TRANSACTIONAL.matcher(s).matches());
    }
}
