package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advice on SQL that Prisma or Drizzle generates is phrased in the schema's terms where one maps, and otherwise left
 * out of the report (counted in the summary) unless generated_sql_advice = true; hand-written SQL keeps the SQL fix.
 */
class GeneratedSqlAdviceTest {
    private static final String TABLE = "CREATE TABLE \"User\" (\n  \"id\" SERIAL NOT NULL,\n"
            + "  \"createdAt\" TIMESTAMP(3) NOT NULL,\n  \"meta\" JSON,\n  \"code\" CHAR(3),\n"
            + "  CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n";
    private static final String SELECT = "--select=prefer-timestamptz,prefer-bigint,prefer-identity,prefer-jsonb,prefer-text-over-char";

    @TempDir
    Path dir;

    @Test
    void prismaAdviceSpeaksSchemaPrismaAndLeavesOutWhatItCannotSay() throws IOException {
        prisma();
        JsonNode report = lintJson();
        assertEquals(List.of("prefer-bigint", "prefer-jsonb", "prefer-text-over-char", "prefer-timestamptz"), ruleIds(report));
        assertHelp(report, "prefer-timestamptz", "Fix: in schema.prisma, declare the field as `DateTime @db.Timestamptz(3)`");
        assertHelp(report, "prefer-bigint", "`BigInt`");
        assertHelp(report, "prefer-jsonb", "drop `@db.Json`");
        assertHelp(report, "prefer-text-over-char", "`@db.Text`");
        for (JsonNode f : report.path("findings")) {
            assertFalse(f.path("help").asText().contains("Fix: Declare"), f.toString());
        }
        // Prisma has no identity columns: prefer-identity's SQL edit cannot be made there
        assertEquals(1, report.path("summary").path("generatedAdviceLeftOut").asInt(), report.path("summary").toString());

        CliRun text = lint("text");
        assertTrue(text.stdout().endsWith("(1 statement, 1 advice note on generated SQL left out).\n"), text.stdout());
        assertTrue(lint("markdown").stdout().contains("1 advice note on generated SQL left out"));
    }

    @Test
    void generatedSqlAdviceInTheConfigBringsThemBack() throws IOException {
        prisma();
        Files.writeString(dir.resolve("miglint.toml"), "generated_sql_advice = true\n");
        JsonNode report = lintJson();
        assertTrue(ruleIds(report).contains("prefer-identity"), ruleIds(report).toString());
        assertHelp(report, "prefer-identity", "Fix: Declare id integer GENERATED ALWAYS AS IDENTITY");
        assertTrue(report.path("summary").path("generatedAdviceLeftOut").isMissingNode());
    }

    @Test
    void drizzleAdviceSpeaksTheDrizzleSchema() throws IOException {
        Files.createDirectories(dir.resolve("drizzle/meta"));
        Files.writeString(dir.resolve("drizzle/meta/_journal.json"),
                "{\"dialect\":\"postgresql\",\"entries\":[{\"idx\":0,\"tag\":\"0000_init\"}]}");
        Files.writeString(dir.resolve("drizzle/0000_init.sql"), TABLE);
        JsonNode report = lintJson();
        assertEquals(List.of("prefer-bigint", "prefer-identity", "prefer-jsonb", "prefer-text-over-char",
                "prefer-timestamptz"), ruleIds(report));
        assertHelp(report, "prefer-timestamptz", "`timestamp(\"createdAt\", { withTimezone: true, precision: 3 })`");
        assertHelp(report, "prefer-bigint", "`bigserial(\"id\", { mode: \"number\" })`");
        assertHelp(report, "prefer-identity", "`integer(\"id\").generatedAlwaysAsIdentity()`");
        assertHelp(report, "prefer-jsonb", "`jsonb(\"meta\")`");
        assertHelp(report, "prefer-text-over-char", "`text(\"code\")`");
        assertTrue(report.path("summary").path("generatedAdviceLeftOut").isMissingNode());
    }

    @Test
    void handWrittenSqlKeepsTheSqlFix() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/V1__users.sql"), TABLE);
        JsonNode report = lintJson();
        assertEquals(5, ruleIds(report).size(), ruleIds(report).toString());
        assertHelp(report, "prefer-timestamptz", "Fix: Declare \"createdAt\" as timestamptz(3).");
        assertHelp(report, "prefer-identity", "Fix: Declare id integer GENERATED ALWAYS AS IDENTITY");
    }

    private void prisma() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("prisma/migrations/20240101000000_init"));
        Files.writeString(dir.resolve("prisma/migrations/migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(migrations.resolve("migration.sql"), TABLE);
    }

    private CliRun lint(String format) {
        CliRun run = CliRun.run(dir, "lint", SELECT, "--fail-on", "never", "--format", format, ".");
        assertEquals(0, run.exitCode(), run.stderr());
        return run;
    }

    private JsonNode lintJson() throws IOException {
        return new ObjectMapper().readTree(lint("json").stdout());
    }

    private static List<String> ruleIds(JsonNode report) {
        List<String> ids = new java.util.ArrayList<>();
        report.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
        return ids.stream().sorted().toList();
    }

    private static void assertHelp(JsonNode report, String ruleId, String expected) {
        for (JsonNode f : report.path("findings")) {
            if (f.path("ruleId").asText().equals(ruleId)) {
                assertTrue(f.path("help").asText().contains(expected), ruleId + ": " + f.path("help").asText());
                return;
            }
        }
        throw new AssertionError("no " + ruleId + " in " + report);
    }
}
