package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A function's body is analysed where it is called; SARIF points from the call to the function's CREATE. */
class CalledRoutineTest {
    @TempDir
    Path dir;

    @Test
    void findingOfACalledFunctionIsAtTheCallWithTheDefinitionInAnotherFileAsRelatedLocation() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("001_init.sql"), "CREATE TABLE payments (id bigint PRIMARY KEY, fee int);\n"
                + "CREATE FUNCTION reset_fees() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n"
                + "    UPDATE payments SET fee = 0;\nEND\n$$;\n");
        Files.writeString(migrations.resolve("002_call.sql"), "SELECT 1;\nSELECT reset_fees();\n"
                + "-- miglint:ignore update-without-where -- small table, reviewed\nSELECT reset_fees();\n");
        CliRun run = CliRun.run(dir, "lint", "--dialect", "postgres", "--select", "update-without-where",
                "--format", "sarif", "migrations");
        JsonNode results = new ObjectMapper().readTree(run.stdout()).path("runs").get(0).path("results");
        JsonNode visible = null;
        int suppressed = 0;
        for (JsonNode result : results) {
            if (result.path("suppressions").isEmpty()) {
                visible = result;
            } else {
                suppressed++;
            }
        }
        assertEquals(2, results.size(), run.stdout());
        assertEquals(1, suppressed, "the ignore comment before the call applies to the function's findings");
        JsonNode location = visible.path("locations").get(0).path("physicalLocation");
        assertTrue(location.path("artifactLocation").path("uri").asText().endsWith("002_call.sql"), run.stdout());
        assertEquals(2, location.path("region").path("startLine").asInt(), run.stdout());
        assertTrue(visible.path("message").path("text").asText().contains("inside function reset_fees()"), run.stdout());
        JsonNode related = visible.path("relatedLocations").get(0);
        assertTrue(related.path("physicalLocation").path("artifactLocation").path("uri").asText().endsWith("001_init.sql"),
                run.stdout());
        assertEquals(2, related.path("physicalLocation").path("region").path("startLine").asInt(), run.stdout());
        assertTrue(related.path("message").path("text").asText().contains("reset_fees"), run.stdout());
    }
}
