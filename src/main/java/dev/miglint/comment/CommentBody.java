package dev.miglint.comment;

import dev.miglint.lint.LintResult;
import dev.miglint.report.Format;
import dev.miglint.report.ReportOptions;
import dev.miglint.report.Reporters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The comment for a lint result: the marker line, then the markdown report within the platform's limit (the
 * report's summary mode when the full report would not fit; the limit is in UTF-8 bytes, never fewer than the
 * characters a code host counts).
 */
final class CommentBody {

    private CommentBody() {
    }

    static String of(CommentMarker marker, LintResult result, String toolVersion, int maxChars) {
        String head = marker.line() + "\n";
        return head + markdown(result, toolVersion, maxChars - head.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String markdown(LintResult result, String toolVersion, long maxBytes) {
        StringBuilder out = new StringBuilder();
        try {
            Reporters.create(Format.MARKDOWN, ReportOptions.plain(toolVersion).withMaxBytes(maxBytes)).write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }
}
