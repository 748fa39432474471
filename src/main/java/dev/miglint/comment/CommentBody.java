package dev.miglint.comment;

import dev.miglint.lint.LintResult;
import dev.miglint.report.Format;
import dev.miglint.report.ReportOptions;
import dev.miglint.report.Reporters;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The comment for a lint result: the marker line, then the markdown report within the platform's limit. */
final class CommentBody {

    private CommentBody() {
    }

    static String of(CommentMarker marker, LintResult result, String toolVersion, int maxChars) {
        String head = marker.line() + "\n";
        return head + MarkdownLimit.fit(markdown(result, toolVersion), maxChars - head.length());
    }

    private static String markdown(LintResult result, String toolVersion) {
        StringBuilder out = new StringBuilder();
        try {
            Reporters.create(Format.MARKDOWN, ReportOptions.plain(toolVersion)).write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }
}
