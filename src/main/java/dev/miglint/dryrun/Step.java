package dev.miglint.dryrun;

import dev.miglint.dialect.postgres.TransactionBlockRefusal;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.model.Statement;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.scan.Segment;
import dev.miglint.scan.SegmentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    public int line(dev.miglint.scan.LineIndex lines) {
        return lines.line(span.start());
    }

    /** The file's statements in order, each classified by its statement model. */
    public static List<Step> split(String text, Dialect dialect) {
        ScanResult scan = Scanner.scan(text, dialect);
        Map<Integer, Statement> models = new HashMap<>();
        for (ParsedStatement parsed : new StatementParser(dialect).parse(text, scan)) {
            if (!parsed.nested()) {
                models.put(parsed.span().start(), parsed.model());
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Segment segment : scan.statements()) {
            Kind kind = segment.kind() == SegmentKind.META_COMMAND ? Kind.META
                    : classify(models.get(segment.span().start()), dialect);
            steps.add(new Step(steps.size(), segment.span(), segment.text(text), kind));
        }
        return steps;
    }

    private static Kind classify(Statement model, Dialect dialect) {
        if (model instanceof Statement.TransactionControl) {
            return Kind.TRANSACTION_CONTROL;
        }
        boolean refused = dialect == Dialect.SQLITE ? model instanceof Statement.Vacuum
                : model != null && TransactionBlockRefusal.of(model) != null;
        return refused ? Kind.NON_TRANSACTIONAL : Kind.TRANSACTIONAL;
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
    }
}
