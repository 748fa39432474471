package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding of a down (rollback) step is marked in every format, and only that finding. */
class DownStepReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sample with its first visible finding moved into a down step. */
    private static LintResult sampleWithDownStep() {
        LintResult sample = SampleResults.sample();
        List<Finding> findings = new ArrayList<>(sample.findings());
        int first = findings.indexOf(findings.stream().filter(f -> !f.suppressed()).findFirst().orElseThrow());
        findings.set(first, findings.get(first).asDownStep());
        return sample.withFindings(findings);
    }

    private static Finding downFinding(LintResult result) {
        return result.findings().stream().filter(Finding::downStep).findFirst().orElseThrow();
    }

    @Test
    void jsonHasDownStepTrueOnTheDownFindingOnly() throws IOException {
        LintResult result = sampleWithDownStep();
        JsonNode findings = JSON.readTree(ReportGoldenTest.render(Format.JSON, result)).get("findings");
        int marked = 0;
        for (JsonNode f : findings) {
            if (f.has("downStep")) {
                marked++;
                assertTrue(f.get("downStep").asBoolean());
                assertEquals(downFinding(result).message(), f.get("message").asText());
            }
        }
        assertEquals(1, marked);
        String unmarked = ReportGoldenTest.render(Format.JSON, SampleResults.sample());
        assertFalse(unmarked.contains("downStep"), "an up finding carries no downStep field");
    }

    @Test
    void sarifHasTheDownStepPropertyAndStaysValid() throws IOException {
        String sarif = ReportGoldenTest.render(Format.SARIF, sampleWithDownStep());
        SarifSchemaValidator.assertValid(sarif);
        int marked = 0;
        for (JsonNode r : JSON.readTree(sarif).at("/runs/0/results")) {
            if (r.at("/properties/downStep").asBoolean()) {
                marked++;
                assertEquals(downFinding(sampleWithDownStep()).message(), r.at("/message/text").asText());
            }
        }
        assertEquals(1, marked);
    }

    @Test
    void humanFormatsLabelItDown() throws IOException {
        LintResult result = sampleWithDownStep();
        String message = downFinding(result).message();
        for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.GITHUB, Format.GITLAB)) {
            String out = ReportGoldenTest.render(format, result);
            String shown = format == Format.MARKDOWN ? MarkdownReporter.escape(message) : message;
            assertTrue(out.contains("[down] " + shown), format + " labels the down finding:\n" + out);
            assertEquals(1, out.split("\\[down\\]", -1).length - 1, format + " labels only it:\n" + out);
        }
    }
}
