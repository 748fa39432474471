package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** In-source suppressions: kept in JSON with their reason, hidden from text output and the exit code. */
class SuppressionTest {
    @TempDir
    Path dir;

    private CliRun lint(String sql, String... extra) throws IOException {
        Files.writeString(dir.resolve("m.sql"), sql);
        String[] args = new String[extra.length + 4];
        args[0] = "lint";
        args[1] = "--fail-on";
        args[2] = "note";
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = "m.sql";
        return CliRun.run(dir, args);
    }

    @Test
    void ignoreCommentSilencesTheNextStatementOnlyAndKeepsTheReason() throws IOException {
        String sql = "-- miglint:ignore syntax-error -- vendor syntax, reviewed\nFROB 1;\nFROB 2;\n";
        CliRun json = lint(sql, "--format", "json");
        List<JsonNode> findings = JsonFindings.parse(json.stdout()).findings();
        assertEquals(2, findings.size(), json.stdout());
        assertTrue(findings.get(0).path("suppressed").asBoolean());
        assertEquals("vendor syntax, reviewed", findings.get(0).path("justification").asText());
        assertFalse(findings.get(1).path("suppressed").asBoolean());

        CliRun text = lint(sql);
        assertEquals(1, text.exitCode());
        assertFalse(text.stdout().contains("m.sql:2:1"), text.stdout());
        assertTrue(text.stdout().contains("m.sql:3:1"), text.stdout());
    }

    @Test
    void ignoreFileSilencesEveryStatementAndTheExitCode() throws IOException {
        CliRun run = lint("FROB 1;\n-- miglint:ignore-file syntax-error\nFROB 2;\n");
        assertEquals(0, run.exitCode(), run.stdout());
    }

    @Test
    void unknownRuleIdInAnIgnoreIsReported() throws IOException {
        CliRun run = lint("-- miglint:ignore no-such-rule\nSELECT 1;\n", "--format", "json");
        assertEquals(List.of("invalid-suppression"), JsonFindings.parse(run.stdout()).visibleRuleIds());
        assertEquals(1, run.exitCode());
    }
}
