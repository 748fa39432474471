package dev.miglint.lint;

import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.RelatedLocation;
import dev.miglint.rules.RelatedSpan;
import dev.miglint.scan.LineIndex;
import dev.miglint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Turns what rules report into positioned findings for one file, applying suppressions. */
final class FindingSink {
    private final SourceFile source;
    private final LineIndex lines;
    private final Suppressions suppressions;
    private final StatementLocator statements;
    private final List<Finding> findings = new ArrayList<>();
    private int generatedAdviceLeftOut;

    FindingSink(SourceFile source, LineIndex lines, Suppressions suppressions, List<ParsedStatement> statements) {
        this.source = source;
        this.lines = lines;
        this.suppressions = suppressions;
        this.statements = new StatementLocator(statements);
    }

    /** Suppressions apply per statement: the innermost statement that contains the finding's start. */
    void add(String ruleId, Level level, Span span, String message, String help, Fix... fixes) {
        add(ruleId, level, span, List.of(), message, help, fixes);
    }

    void add(String ruleId, Level level, Span span, List<RelatedSpan> related, String message, String help,
            Fix... fixes) {
        add(ruleId, level, span, related, List.of(), message, help, fixes);
    }

    /** {@code elsewhere}: related places already positioned, possibly in other files (a called function's CREATE). */
    void add(String ruleId, Level level, Span span, List<RelatedSpan> related, List<RelatedLocation> elsewhere,
            String message, String help, Fix... fixes) {
        ParsedStatement statement = statements.innermostAt(span.start());
        String justification = statement != null
                ? suppressions.justification(ruleId, statement.index())
                : suppressions.fileWideJustification(ruleId);
        Finding.Suppression suppression = justification == null ? null : new Finding.Suppression(justification);
        String text = source.text();
        int end = Math.min(span.end(), text.length());
        int start = Math.min(span.start(), end);
        findings.add(new Finding(ruleId, level, message, help, source.displayPath(), new Span(start, end),
                lines.line(start), lines.column(start), lines.line(end), lines.column(end),
                text.substring(start, end), List.of(fixes), suppression, null,
                java.util.stream.Stream.concat(related.stream().map(r -> locate(r, text)), elsewhere.stream()).toList()));
    }

    private RelatedLocation locate(RelatedSpan related, String text) {
        int end = Math.min(related.span().end(), text.length());
        int start = Math.min(related.span().start(), end);
        return new RelatedLocation(source.displayPath(), new Span(start, end), lines.line(start), lines.column(start),
                lines.line(end), lines.column(end), related.message());
    }

    /** A finding left out of the report: advice whose only fix is an edit of generated SQL. */
    void leaveOutGeneratedAdvice() {
        generatedAdviceLeftOut++;
    }

    int generatedAdviceLeftOut() {
        return generatedAdviceLeftOut;
    }

    List<Finding> findings() {
        return findings;
    }
}
