package dev.miglint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.miglint.lint.BaselineOutcome;
import dev.miglint.lint.HistorySummary;
import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.RelatedLocation;
import dev.miglint.source.SkippedFolder;
import java.io.IOException;
import java.util.Optional;

/** The machine-readable report documented in {@code docs/json-format.md}; keep the two in step. */
final class JsonReporter implements Reporter {

    private final ReportOptions options;

    JsonReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(LintResult result, Appendable out) throws IOException {
        SourceIndex sources = new SourceIndex(result.sources());
        JsonOutput.write(out, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "miglint");
            g.writeStringField("version", options.toolVersion());
            g.writeEndObject();
            writeSummary(result, g);
            g.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(finding, sources, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (InputProblem problem : result.problems()) {
                g.writeStartObject();
                g.writeStringField("path", problem.path());
                g.writeStringField("message", problem.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (result.baseline() != null) {
                writeBaseline(result.baseline(), g);
            }
            g.writeEndObject();
        });
    }

    private static void writeBaseline(BaselineOutcome baseline, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("baseline");
        g.writeStringField("file", baseline.file());
        g.writeNumberField("hidden", baseline.hidden());
        g.writeArrayFieldStart("stale");
        for (BaselineOutcome.StaleEntry e : baseline.stale()) {
            g.writeStartObject();
            g.writeStringField("ruleId", e.ruleId());
            g.writeStringField("path", e.path());
            g.writeNumberField("line", e.line());
            g.writeStringField("message", e.message());
            g.writeStringField("fingerprint", e.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSummary(LintResult result, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", result.files());
        g.writeNumberField("statements", result.statements());
        g.writeNumberField("unparsed", result.unparsed());
        g.writeObjectFieldStart("findings");
        for (Level level : Level.values()) {
            g.writeNumberField(level.id(), result.count(level));
        }
        g.writeEndObject();
        g.writeNumberField("suppressed", result.suppressedCount());
        if (result.scope().changedOnly()) {
            g.writeNumberField("changedFiles", result.scope().changedFiles());
            g.writeNumberField("replayedFiles", result.files());
        }
        if (result.scope().generatedAdviceLeftOut() > 0) {
            g.writeNumberField("generatedAdviceLeftOut", result.scope().generatedAdviceLeftOut());
        }
        g.writeArrayFieldStart("histories");
        for (HistorySummary history : result.histories()) {
            g.writeStartObject();
            g.writeStringField("path", history.path());
            g.writeStringField("framework", history.framework());
            g.writeStringField("dialect", history.dialect());
            g.writeNumberField("files", history.files());
            g.writeNumberField("statements", history.statements());
            g.writeNumberField("unparsed", history.unparsed());
            if (history.dialectNote() != null) {
                g.writeStringField("dialectNote", history.dialectNote());
            }
            String taken = result.scope().origins().get(history.path());
            if (taken != null) {
                g.writeStringField("taken", taken);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!result.scope().skipped().isEmpty()) {
            g.writeArrayFieldStart("skipped");
            for (SkippedFolder skipped : result.scope().skipped()) {
                g.writeStartObject();
                g.writeStringField("path", skipped.path());
                g.writeStringField("why", skipped.why());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeFinding(Finding f, SourceIndex sources, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("level", f.level().id());
        g.writeStringField("message", f.message());
        g.writeStringField("help", nullToEmpty(f.help()));
        g.writeStringField("path", f.path());
        g.writeNumberField("startLine", f.startLine());
        g.writeNumberField("startColumn", f.startColumn());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("statement", nullToEmpty(f.statement()));
        g.writeBooleanField("suppressed", f.suppressed());
        if (f.suppressed()) {
            g.writeStringField("justification", nullToEmpty(f.suppression().justification()));
        }
        if (f.confirmed()) {
            g.writeBooleanField("confirmed", true);
            g.writeStringField("observed", f.observed());
        }
        if (f.downStep()) {
            g.writeBooleanField("downStep", true);
        }
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("related");
            for (RelatedLocation r : f.related()) {
                g.writeStartObject();
                g.writeStringField("path", r.path());
                g.writeNumberField("startLine", r.startLine());
                g.writeNumberField("startColumn", r.startColumn());
                g.writeNumberField("endLine", r.endLine());
                g.writeNumberField("endColumn", r.endColumn());
                g.writeStringField("message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        boolean fixesStarted = false;
        for (Fix fix : f.fixes()) {
            Optional<TextRange> range = sources.range(f.path(), fix.span());
            if (range.isEmpty()) {
                continue;
            }
            if (!fixesStarted) {
                g.writeArrayFieldStart("fixes");
                fixesStarted = true;
            }
            writeFix(fix, range.get(), g);
        }
        if (fixesStarted) {
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeFix(Fix fix, TextRange range, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("description", fix.description());
        g.writeNumberField("startLine", range.startLine());
        g.writeNumberField("startColumn", range.startColumn());
        g.writeNumberField("endLine", range.endLine());
        g.writeNumberField("endColumn", range.endColumn());
        g.writeStringField("replacement", fix.replacement());
        g.writeEndObject();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
