package dev.miglint.report;

import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A GitLab Code Quality report: a JSON array with one issue per visible finding. GitLab compares the
 * {@code fingerprint}s of the source and target branches to show which issues a merge request adds or fixes, so
 * the fingerprint is {@link Fingerprints}' (independent of line numbers), made unique within the report.
 */
final class GitlabReporter implements Reporter {

    GitlabReporter(ReportOptions options) {
        // Nothing to configure.
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        JsonOutput.write(out, g -> {
            g.writeStartArray();
            for (Finding f : result.visibleFindings()) {
                String fingerprint = Fingerprints.of(f);
                int occurrence = seen.merge(fingerprint, 1, Integer::sum);
                g.writeStartObject();
                g.writeStringField("type", "issue");
                g.writeStringField("check_name", f.ruleId());
                g.writeStringField("description", (f.downStep() ? TextReporter.DOWN_LABEL : "") + f.message());
                String help = JsonReporter.nullToEmpty(f.help()).strip();
                if (!help.isEmpty()) {
                    g.writeObjectFieldStart("content");
                    g.writeStringField("body", help);
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("categories");
                g.writeString("Bug Risk");
                g.writeEndArray();
                g.writeStringField("severity", severity(f.level()));
                g.writeStringField("fingerprint", occurrence == 1 ? fingerprint : sha256(fingerprint + "#" + occurrence));
                g.writeObjectFieldStart("location");
                g.writeStringField("path", f.path());
                g.writeObjectFieldStart("lines");
                g.writeNumberField("begin", f.startLine());
                g.writeNumberField("end", f.endLine());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** error: critical (breaks or blocks production), warning: major, note: minor. */
    static String severity(Level level) {
        return switch (level) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case NOTE -> "minor";
        };
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
