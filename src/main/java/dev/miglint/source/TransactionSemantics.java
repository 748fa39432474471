package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
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

    /**
     * How a tool that sends the whole file as one query string (golang-migrate's postgres and pgx drivers, Prisma
     * Migrate, dbmate and diesel without their transaction) runs it: on PostgreSQL as {@code SINGLE_EXEC}, whose
     * implicit transaction block the schema tracker models (several statements: one block, also after a COMMIT in
     * the string; a lone statement runs alone); {@code otherwise} on the other dialects, which have no such blocks.
     */
    static TransactionWrapping oneQueryString(Dialect dialect, TransactionWrapping otherwise) {
        return dialect == Dialect.POSTGRES ? TransactionWrapping.SINGLE_EXEC : otherwise;
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
