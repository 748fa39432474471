package dev.miglint.report;

import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.io.IOException;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per visible
 * finding, which the runner turns into an annotation on the file and line, then the summary line. Suppressed
 * findings are left out, as in the text report.
 */
final class GithubReporter implements Reporter {

    GithubReporter(ReportOptions options) {
        // Nothing to configure: workflow commands have neither colour nor a quiet form.
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        for (Finding f : result.visibleFindings()) {
            out.append("::").append(command(f.level()))
                    .append(" file=").append(property(Untrusted.line(f.path())))
                    .append(",line=").append(String.valueOf(f.startLine()))
                    .append(",col=").append(String.valueOf(f.startColumn()))
                    .append(",endLine=").append(String.valueOf(f.endLine()))
                    .append(",endColumn=").append(String.valueOf(f.endColumn()))
                    .append(",title=").append(property(f.ruleId()))
                    .append("::").append(data(message(f)))
                    .append('\n');
        }
        for (InputProblem problem : result.problems()) {
            out.append("::error ");
            if (!problem.path().isEmpty()) {
                out.append("file=").append(property(Untrusted.line(problem.path()))).append(',');
            }
            out.append("title=miglint::").append(data(Untrusted.line(problem.message()))).append('\n');
        }
        out.append(SummaryLine.of(result)).append('\n');
    }

    static String command(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** The annotation's text: the message, then the help (why and how) after a blank line. */
    private static String message(Finding f) {
        String help = f.help() == null ? "" : f.help().strip();
        String message = (f.downStep() ? TextReporter.DOWN_LABEL : "") + Untrusted.lines(f.message());
        return Untrusted.breakOldStyleCommands(help.isEmpty() ? message : message + "\n\n" + Untrusted.lines(help));
    }

    /** Escapes a command's message: {@code %}, CR and LF. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as {@link #data} plus {@code :} and {@code ,}, which end a property. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
