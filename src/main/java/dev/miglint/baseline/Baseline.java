package dev.miglint.baseline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.lint.BaselineOutcome;
import dev.miglint.lint.LintResult;
import dev.miglint.report.Fingerprints;
import dev.miglint.report.JsonOutput;
import dev.miglint.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A baseline: the findings a project has accepted for now, by fingerprint ({@link Fingerprints}: rule, file and
 * normalized statement, not line numbers), so that adding lines above a statement does not bring it back. Written
 * by {@code miglint baseline}, applied by {@code miglint lint --baseline FILE}. The file format is described in
 * {@code docs/baseline.md}.
 */
public record Baseline(List<Entry> entries) {

    static final int FORMAT_VERSION = 1;

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** One accepted finding. Only the fingerprint is matched; the rest makes the file readable in a review. */
    public record Entry(String fingerprint, String ruleId, String path, int line, String message) {
    }

    /** The visible (not suppressed) findings of a result. */
    public static Baseline of(LintResult result) {
        List<Entry> entries = new ArrayList<>();
        for (Finding f : result.visibleFindings()) {
            entries.add(new Entry(Fingerprints.of(f), f.ruleId(), f.path(), f.startLine(), f.message()));
        }
        return new Baseline(entries);
    }

    public void write(Appendable out) throws IOException {
        JsonOutput.write(out, g -> {
            g.writeStartObject();
            g.writeStringField("tool", "miglint");
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeArrayFieldStart("findings");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("ruleId", e.ruleId());
                g.writeStringField("path", e.path());
                g.writeNumberField("line", e.line());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    public static Baseline read(Path file) throws BaselineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException(file + ": cannot read the baseline (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text);
    }

    static Baseline parse(String name, String text) throws BaselineException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JacksonException e) {
            throw new BaselineException(name + ": not a miglint baseline (invalid JSON: " + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new BaselineException(name + ": not a miglint baseline (expected an object with a \"findings\" array;"
                    + " write one with: miglint baseline PATH... --output " + name + ")");
        }
        int version = root.path("version").asInt(FORMAT_VERSION);
        if (version > FORMAT_VERSION) {
            throw new BaselineException(name + ": baseline format version " + version
                    + " is newer than this miglint understands (" + FORMAT_VERSION + ")");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("findings")) {
            JsonNode fingerprint = node.path("fingerprint");
            if (!fingerprint.isTextual() || fingerprint.asText().isEmpty()) {
                throw new BaselineException(name + ": findings[" + index + "] has no \"fingerprint\" string");
            }
            entries.add(new Entry(fingerprint.asText(), node.path("ruleId").asText(""), node.path("path").asText(""),
                    node.path("line").asInt(0), node.path("message").asText("")));
            index++;
        }
        return new Baseline(entries);
    }

    /**
     * Hides the visible findings that match an entry (each entry hides at most one finding, so a second copy of an
     * accepted statement is still reported). Entries of files in {@code lintedPaths} that match nothing are stale;
     * entries of files that were not linted in this run are left alone.
     */
    public LintResult apply(LintResult result, String fileName, Set<String> lintedPaths) {
        Map<String, Integer> available = new HashMap<>();
        for (Entry e : entries) {
            available.merge(e.fingerprint(), 1, Integer::sum);
        }
        Map<String, Integer> used = new HashMap<>();
        List<Finding> remaining = new ArrayList<>();
        int hidden = 0;
        for (Finding f : result.findings()) {
            if (f.suppressed()) {
                remaining.add(f);
                continue;
            }
            String fp = Fingerprints.of(f);
            int left = available.getOrDefault(fp, 0) - used.getOrDefault(fp, 0);
            if (left > 0) {
                used.merge(fp, 1, Integer::sum);
                hidden++;
            } else {
                remaining.add(f);
            }
        }
        List<BaselineOutcome.StaleEntry> stale = new ArrayList<>();
        for (Entry e : entries) {
            int u = used.getOrDefault(e.fingerprint(), 0);
            if (u > 0) {
                used.put(e.fingerprint(), u - 1);
            } else if (lintedPaths.contains(e.path())) {
                stale.add(new BaselineOutcome.StaleEntry(e.ruleId(), e.path(), e.line(), e.message(), e.fingerprint()));
            }
        }
        return result.withBaseline(remaining, new BaselineOutcome(fileName, hidden, stale));
    }
}
