package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: sections are linted alone with file line numbers, one file of a history is linted in context. */
class FrameworkLintTest {
    @TempDir
    Path temp;

    private JsonFindings lint(String... paths) {
        String[] args = new String[paths.length + 5];
        System.arraycopy(new String[] {"lint", "--format", "json", "--fail-on", "never"}, 0, args, 0, 5);
        System.arraycopy(paths, 0, args, 5, paths.length);
        CliRun run = CliRun.run(temp, args);
        assertEquals(0, run.exitCode(), run.stderr());
        return JsonFindings.parse(run.stdout());
    }

    @Test
    void theGooseDownSectionIsLintedAsADownStepNotAsPartOfTheUp() throws IOException {
        Files.createDirectories(temp.resolve("db"));
        Files.writeString(temp.resolve("db/00001_a.sql"),
                "-- +goose Up\nCREATE TABLE a (id bigint);\n\n-- +goose Down\nDROP TABLE a;\n");
        Files.writeString(temp.resolve("db/00002_b.sql"),
                "-- +goose Up\nALTER TABLE a ADD COLUMN b bigint;\n-- +goose Down\nALTER TABLE a DROP COLUMN b;\n");
        JsonFindings result = lint("db");
        // the Down sections are linted as down steps of their own: marked, at their own lines
        List<String> down = result.findings().stream().filter(f -> f.path("downStep").asBoolean())
                .filter(f -> f.path("ruleId").asText().startsWith("drop-"))
                .map(f -> f.path("ruleId").asText() + "@" + f.path("path").asText() + ":" + f.path("startLine").asInt())
                .sorted().toList();
        assertEquals(List.of("drop-column@db/00002_b.sql:4", "drop-table@db/00001_a.sql:5"), down);
        List<String> up = result.findings().stream().filter(f -> !f.path("downStep").asBoolean())
                .map(f -> f.path("ruleId").asText()).toList();
        assertTrue(!up.contains("drop-table") && !up.contains("drop-column"), up.toString());
        JsonNode history = result.root().path("summary").path("histories").get(0);
        assertEquals("goose", history.path("framework").asText());
        assertEquals("postgres", history.path("dialect").asText());
        assertEquals(2, history.path("statements").asInt(), "the summary counts the up steps' statements");

        Files.writeString(temp.resolve("miglint.toml"), "check_down = false\n");
        assertTrue(lint("db").findings().stream().noneMatch(f -> f.has("downStep")), "check_down = false");
    }

    @Test
    void aFileIsReportedAloneButLintedAfterItsHistory() throws IOException {
        Files.createDirectories(temp.resolve("m"));
        Files.writeString(temp.resolve("m/1_a.up.sql"), "CREATE TABLE a (id bigint);\nDROP TABLE old_stuff;\n");
        Files.writeString(temp.resolve("m/1_a.down.sql"), "DROP TABLE a;\n");
        Files.writeString(temp.resolve("m/2_b.up.sql"), "ALTER TABLE a ADD COLUMN b bigint;\n");
        JsonFindings result = lint("m/2_b.up.sql");
        for (JsonNode f : result.findings()) {
            assertEquals("m/2_b.up.sql", f.path("path").asText(), "only the file asked for is reported: " + f);
        }
        JsonNode history = result.root().path("summary").path("histories").get(0);
        assertEquals("golang-migrate", history.path("framework").asText());
        assertEquals(1, history.path("files").asInt());
    }
}
