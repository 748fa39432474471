package dev.miglint.rules;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * concurrent-index-may-be-invalid and non-idempotent-ddl both speak about a CREATE INDEX CONCURRENTLY that may fail:
 * their advice must agree (drop a leftover first, never "add IF NOT EXISTS"), and following it must satisfy both.
 */
class ConcurrentIndexAdviceTest {
    private static final String DROP_FIRST = "DROP INDEX CONCURRENTLY IF EXISTS idx_orders_total;";
    /** A recommendation to add IF NOT EXISTS; the explanation that it would keep the broken index is fine. */
    private static final Pattern ADD_IF_NOT_EXISTS = Pattern.compile(
            "Fix: CREATE (UNIQUE )?INDEX[^\\n]*IF NOT EXISTS|add IF NOT EXISTS", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path temp;

    @Test
    void bothRulesGiveTheSameRecipeForOneStatement() throws IOException {
        String sql = "CREATE INDEX CONCURRENTLY idx_orders_total ON orders (total);\n";
        List<JsonNode> findings = lint(sql);
        JsonNode invalid = only(findings, "concurrent-index-may-be-invalid");
        JsonNode idempotent = only(findings, "non-idempotent-ddl");
        for (JsonNode f : List.of(invalid, idempotent)) {
            String help = f.path("help").asText();
            assertTrue(help.contains(DROP_FIRST), f.path("ruleId").asText() + " should recommend " + DROP_FIRST + ": " + help);
            assertFalse(ADD_IF_NOT_EXISTS.matcher(help).find(), f.path("ruleId").asText() + " recommends IF NOT EXISTS: " + help);
        }
        JsonNode fix = idempotent.path("fixes").get(0);
        assertEquals(DROP_FIRST + "\n", fix.path("replacement").asText());
        assertFalse(fix.path("replacement").asText().contains("IF NOT EXISTS"));
    }

    @Test
    void followingTheAdviceSatisfiesNonIdempotentDdlAndTheOtherRuleStillAgrees() throws IOException {
        List<JsonNode> findings = lint(DROP_FIRST + "\nCREATE INDEX CONCURRENTLY idx_orders_total ON orders (total);\n");
        assertTrue(findings.stream().noneMatch(f -> f.path("ruleId").asText().equals("non-idempotent-ddl")),
                "the drop-first recipe is re-runnable: " + findings);
        String help = only(findings, "concurrent-index-may-be-invalid").path("help").asText();
        assertFalse(ADD_IF_NOT_EXISTS.matcher(help).find(), help);
    }

    @Test
    void ifNotExistsOnAConcurrentBuildIsCalledOutAsKeepingTheBrokenIndex() throws IOException {
        List<JsonNode> findings = lint("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_total ON orders (total);\n");
        String help = only(findings, "concurrent-index-may-be-invalid").path("help").asText();
        assertTrue(help.contains("IF NOT EXISTS makes a re-run keep the broken index") && help.contains(DROP_FIRST), help);
    }

    @Test
    void aPlainIndexOutsideATransactionStillGetsIfNotExists() throws IOException {
        // no concurrent build, no INVALID index: IF NOT EXISTS is the right fix there
        Path dir = Files.createTempDirectory(temp, "flyway");
        Files.writeString(dir.resolve("V1__index.sql"), "-- flyway:executeInTransaction=false\n"
                + "CREATE INDEX idx_orders_total ON orders (total);\n");
        CliRun run = CliRun.run(dir, "lint", "--format", "json", "--fail-on", "never", "--select", "non-idempotent-ddl", ".");
        JsonNode f = only(JsonFindings.parse(run.stdout()).visible(), "non-idempotent-ddl");
        assertEquals("IF NOT EXISTS ", f.path("fixes").get(0).path("replacement").asText(), run.stderr());
    }

    private List<JsonNode> lint(String sql) throws IOException {
        Path dir = Files.createTempDirectory(temp, "m");
        Files.writeString(dir.resolve("m.sql"), sql);
        CliRun run = CliRun.run(dir, "lint", "--format", "json", "--fail-on", "never", "--dialect", "postgres", "m.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        return JsonFindings.parse(run.stdout()).visible();
    }

    private static JsonNode only(List<JsonNode> findings, String ruleId) {
        List<JsonNode> matching = findings.stream().filter(f -> f.path("ruleId").asText().equals(ruleId)).toList();
        assertEquals(1, matching.size(), ruleId + " in " + findings);
        return matching.get(0);
    }
}
