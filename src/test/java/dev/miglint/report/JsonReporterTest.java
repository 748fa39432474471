package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report parses back with exactly the fields {@code docs/json-format.md} documents, in that order. */
class JsonReporterTest {

    private static JsonNode sample() throws IOException {
        String json = ReportGoldenTest.render(Format.JSON, SampleResults.sample());
        assertTrue(json.endsWith("}\n"));
        return new ObjectMapper().readTree(json);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelShape() throws IOException {
        JsonNode root = sample();
        assertEquals(List.of("tool", "summary", "findings", "problems"), keys(root));
        assertEquals("miglint", root.at("/tool/name").asText());
        assertEquals("0.1.0", root.at("/tool/version").asText());
        assertEquals(List.of("files", "statements", "unparsed", "findings", "suppressed", "histories"),
                keys(root.get("summary")));
        assertEquals(List.of("error", "warning", "note"), keys(root.at("/summary/findings")));
        assertEquals(2, root.at("/summary/findings/warning").asInt());
        assertEquals(1, root.at("/summary/suppressed").asInt());
        assertEquals(List.of("path", "framework", "dialect", "files", "statements", "unparsed"),
                keys(root.at("/summary/histories/0")));
        assertEquals(List.of("path", "message"), keys(root.at("/problems/0")));
    }

    @Test
    void findingsIncludeSuppressedOnesWithTheirJustification() throws IOException {
        JsonNode findings = sample().get("findings");
        assertEquals(5, findings.size());
        List<String> common = List.of("ruleId", "level", "message", "help", "path", "startLine", "startColumn",
                "endLine", "endColumn", "statement", "suppressed");
        int suppressed = 0;
        for (JsonNode f : findings) {
            List<String> keys = keys(f);
            assertEquals(common, keys.subList(0, common.size()));
            if (f.get("suppressed").asBoolean()) {
                suppressed++;
                assertEquals("one-off cleanup, reviewed by the DBA", f.get("justification").asText());
            } else {
                assertFalse(keys.contains("justification"));
            }
        }
        assertEquals(1, suppressed);
    }

    @Test
    void fixesOnlyWhenThereAreAny() throws IOException {
        JsonNode findings = sample().get("findings");
        JsonNode fixable = findings.get(1);
        assertEquals("example-fixable", fixable.get("ruleId").asText());
        JsonNode fix = fixable.at("/fixes/0");
        assertEquals(List.of("description", "startLine", "startColumn", "endLine", "endColumn", "replacement"),
                keys(fix));
        assertEquals(6, fix.get("startLine").asInt());
        assertEquals(14, fix.get("startColumn").asInt());
        assertEquals(14, fix.get("endColumn").asInt());
        assertEquals("CONCURRENTLY ", fix.get("replacement").asText());
        assertFalse(findings.get(0).has("fixes"));
    }

    @Test
    void columnsAreUtf16Units() throws IOException {
        JsonNode update = sample().get("findings").get(2);
        assertEquals("UPDATE users SET name = upper(name);", update.get("statement").asText());
        assertEquals(52, update.get("startColumn").asInt());
    }

    @Test
    void emptyResultHasEmptyArrays() throws IOException {
        String json = ReportGoldenTest.render(Format.JSON, SampleResults.clean());
        assertTrue(json.contains("\"findings\": [],\n  \"problems\": []\n}\n"), json);
    }
}
