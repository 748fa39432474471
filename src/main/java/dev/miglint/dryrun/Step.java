package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.scan.Segment;
import dev.miglint.scan.SegmentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One statement of a migration file as the dry run executes it: its exact span and how it may run. */
public record Step(int index, Span span, String sql, Kind kind) {

    public enum Kind {
        /** Runs inside the traced transaction. */
        TRANSACTIONAL,
        /** Cannot run inside a transaction block (CONCURRENTLY, VACUUM, CREATE DATABASE...). */
        NON_TRANSACTIONAL,
        /** BEGIN, COMMIT, ROLLBACK...: the dry run owns the transaction, so these are never executed. */
        TRANSACTION_CONTROL,
        /** A psql meta-command or COPY data: not SQL the server understands. */
        META,
        /** On a given database: has effects a ROLLBACK does not undo (sequences, other sessions, files). */
        NOT_UNDONE_BY_ROLLBACK
    }

    private static final Pattern NOT_UNDONE = Pattern.compile(
            "(?s).*\\b(?:setval|nextval|pg_terminate_backend|pg_cancel_backend|pg_reload_conf|dblink\\w*"
                    + "|lo_import|lo_export|pg_file_write|pg_advisory_lock|pg_notify)\\s*\\(.*"
                    + "|(?s)^copy\\b.*\\bprogram\\b.*|(?s)^(?:notify|listen|discard|load)\\b.*");

    /** This step as it may run on the user's database: side effects a rollback cannot undo are refused. */
    public Step forGivenDatabase() {
        if (kind == Kind.TRANSACTIONAL
                && NOT_UNDONE.matcher(stripComments(sql).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim())
                        .matches()) {
            return new Step(index, span, sql, Kind.NOT_UNDONE_BY_ROLLBACK);
        }
        return this;
    }

    private static final Pattern NON_TRANSACTIONAL_PG = Pattern.compile(
            "^(?:(?:create\\s+(?:unique\\s+)?index|drop\\s+index|reindex\\b.*)\\s+concurrently\\b.*"
                    + "|alter\\s+table\\b.*\\bdetach\\s+partition\\b.*\\bconcurrently\\b.*"
                    + "|vacuum\\b.*|create\\s+database\\b.*|drop\\s+database\\b.*|alter\\s+system\\b.*"
                    + "|create\\s+tablespace\\b.*|drop\\s+tablespace\\b.*|cluster\\s*|reindex\\s+(?:system|database)\\b.*"
                    + "|create\\s+subscription\\b.*|drop\\s+subscription\\b.*)$", Pattern.DOTALL);
    private static final Pattern NON_TRANSACTIONAL_SQLITE = Pattern.compile("^vacuum\\b.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "^(?:begin|start\\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\\s+transaction"
                    + "|commit\\s+prepared|rollback\\s+prepared)\\b.*", Pattern.DOTALL);

    public int line(dev.miglint.scan.LineIndex lines) {
        return lines.line(span.start());
    }

    /** The file's statements in order, each classified. */
    public static List<Step> split(String text, Dialect dialect) {
        ScanResult scan = Scanner.scan(text, dialect);
        List<Step> steps = new ArrayList<>();
        for (Segment segment : scan.statements()) {
            String sql = segment.text(text);
            Kind kind = segment.kind() == SegmentKind.META_COMMAND ? Kind.META : classify(sql, dialect);
            steps.add(new Step(steps.size(), segment.span(), sql, kind));
        }
        return steps;
    }

    static Kind classify(String sql, Dialect dialect) {
        String norm = stripComments(sql).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (CONTROL.matcher(norm).matches() && !norm.startsWith("begin atomic")) {
            return Kind.TRANSACTION_CONTROL;
        }
        Pattern p = dialect == Dialect.SQLITE ? NON_TRANSACTIONAL_SQLITE : NON_TRANSACTIONAL_PG;
        return p.matcher(norm).matches() ? Kind.NON_TRANSACTIONAL : Kind.TRANSACTIONAL;
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }
}
