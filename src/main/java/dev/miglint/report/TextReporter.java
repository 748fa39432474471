package dev.miglint.report;

import dev.miglint.lint.BaselineOutcome;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.rules.RelatedLocation;
import java.io.IOException;
import java.util.List;

/**
 * Human-readable output: per visible finding a {@code path:line:col: level[rule] message} line, a code frame and
 * the help; then a summary line. Input problems are the CLI's to print (on stderr).
 */
final class TextReporter implements Reporter {

    private static final String HELP_LABEL = "  help: ";
    private static final String HELP_INDENT = " ".repeat(HELP_LABEL.length());

    private final ReportOptions options;
    private final AnsiStyle style;

    TextReporter(ReportOptions options) {
        this.options = options;
        this.style = AnsiStyle.of(options.color());
    }

    /**
     * Writes finding by finding: the report of a large run is never held whole in memory (with its copies it took
     * more than the run's findings). Each piece ends with a line break, so guarding its lines one piece at a time is
     * the same as guarding the whole report.
     */
    @Override
    public void write(LintResult result, Appendable target) throws IOException {
        SourceIndex sources = new SourceIndex(result.sources());
        StringBuilder out = new StringBuilder();
        for (Finding finding : result.visibleFindings()) {
            writeFinding(finding, sources, out);
            target.append(Untrusted.guardCommands(out.toString()));
            out.setLength(0);
        }
        writeStaleBaseline(result, out);
        out.append(SummaryLine.of(result)).append('\n');
        target.append(Untrusted.guardCommands(out.toString()));
    }

    private void writeFinding(Finding finding, SourceIndex sources, StringBuilder out) throws IOException {
        out.append(headline(finding)).append('\n');
        if (options.quiet()) {
            return;
        }
        for (String line : sources.lines(finding.path())
                .map(lines -> CodeFrame.render(lines, finding, style)).orElse(List.of())) {
            out.append(line).append('\n');
        }
        for (RelatedLocation related : finding.related()) {
            out.append("  see also: ").append(Untrusted.line(related.path())).append(':')
                    .append(String.valueOf(related.startLine())).append(':').append(String.valueOf(related.startColumn()))
                    .append(": ").append(Untrusted.line(related.message())).append('\n');
        }
        if (finding.confirmed()) {
            out.append("  confirmed: ").append(Untrusted.line(finding.observed())).append('\n');
        }
        writeHelp(finding.help(), out);
        out.append('\n');
    }

    /** Baseline entries that matched nothing: a note, so the baseline can be recorded again without them. */
    private void writeStaleBaseline(LintResult result, Appendable out) throws IOException {
        BaselineOutcome baseline = result.baseline();
        if (baseline == null || baseline.stale().isEmpty()) {
            return;
        }
        int n = baseline.stale().size();
        out.append(style.levelName(Level.NOTE)).append(": ")
                .append(n == 1 ? "1 baseline entry" : n + " baseline entries")
                .append(" in ").append(Untrusted.line(baseline.file())).append(n == 1 ? " no longer occurs" : " no longer occur")
                .append(" (fixed or changed); record the baseline again to drop ").append(n == 1 ? "it" : "them")
                .append(":\n");
        if (!options.quiet()) {
            for (BaselineOutcome.StaleEntry e : baseline.stale()) {
                out.append("  ").append(Untrusted.line(e.path())).append(':').append(String.valueOf(e.line())).append(": ")
                        .append(Untrusted.line(e.ruleId())).append(' ').append(Untrusted.line(e.message())).append('\n');
            }
        }
        out.append('\n');
    }

    private String headline(Finding f) {
        return Untrusted.line(f.path()) + ":" + f.startLine() + ":" + f.startColumn() + ": "
                + style.levelName(f.level()) + "[" + style.bold(f.ruleId()) + "] "
                + Untrusted.line(f.message());
    }

    private static void writeHelp(String help, Appendable out) throws IOException {
        if (help == null || help.isBlank()) {
            return;
        }
        List<String> lines = help.strip().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = Untrusted.line(lines.get(i).stripTrailing());
            if (i == 0) {
                out.append(HELP_LABEL).append(line);
            } else if (!line.isEmpty()) {
                out.append(HELP_INDENT).append(line);
            }
            out.append('\n');
        }
    }
}
