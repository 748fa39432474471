package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {

    private static JsonNode sarif(LintResult result) throws IOException {
        String sarif = ReportGoldenTest.render(Format.SARIF, result);
        SarifSchemaValidator.assertValid(sarif);
        return new ObjectMapper().readTree(sarif);
    }

    @Test
    void rulesAreThoseWithResultsSortedAndIndexed() throws IOException {
        JsonNode run = sarif(SampleResults.sample()).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(List.of("example-advice", "example-fixable", "example-rule", "example-wide"),
                rules.findValuesAsText("id"));
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
        JsonNode exampleRule = rules.get(2);
        assertEquals("ExampleRule", exampleRule.get("name").asText());
        assertTrue(exampleRule.at("/fullDescription/text").asText().startsWith("An `UPDATE` or `DELETE`"));
        assertTrue(exampleRule.at("/help/markdown").asText().startsWith("# example-rule"));
        assertEquals("https://github.com/miglint/miglint/blob/main/rules/example-rule.md",
                exampleRule.get("helpUri").asText());
        assertEquals("error", exampleRule.at("/defaultConfiguration/level").asText());
    }

    @Test
    void securityRulesAreTaggedSecurityForCodeScanning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("V1__grants.sql"), "GRANT SELECT ON orders TO PUBLIC;\nUPDATE orders SET c = 1;\n");
        CliRun run = CliRun.run(dir, "lint", "--dialect", "postgres", "--format", "sarif", "V1__grants.sql");
        SarifSchemaValidator.assertValid(run.stdout());
        JsonNode rules = new ObjectMapper().readTree(run.stdout()).at("/runs/0/tool/driver/rules");
        for (JsonNode rule : rules) {
            boolean security = rule.get("id").asText().equals("grant-to-public");
            assertEquals(security ? "[\"security\"]" : "", rule.at("/properties/tags").toString(), rule.toString());
        }
        assertTrue(rules.findValuesAsText("id").contains("grant-to-public"), rules.toString());
        assertTrue(rules.size() > 1, rules.toString());
    }

    @Test
    void everyResultHasAnExplicitLevel() throws IOException {
        for (JsonNode result : sarif(SampleResults.sample()).at("/runs/0/results")) {
            assertTrue(result.has("level"), result.toString());
        }
    }

    @Test
    void noFindingsStillHasAnEmptyResultsArray() throws IOException {
        JsonNode run = sarif(SampleResults.clean()).at("/runs/0");
        assertTrue(run.get("results").isArray());
        assertEquals(0, run.get("results").size());
        assertFalse(run.has("invocations"));
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
    }

    @Test
    void pathsAreEscapedUrisUnderSrcRoot() throws IOException {
        JsonNode location = sarif(SampleResults.sample()).at("/runs/0/results/0/locations/0/physicalLocation");
        assertEquals("db/migrations/V1__create%20users.sql", location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
    }

    @Test
    void suppressedFindingsCarryTheirJustification() throws IOException {
        JsonNode suppressions = sarif(SampleResults.sample()).at("/runs/0/results/3/suppressions");
        assertEquals("inSource", suppressions.at("/0/kind").asText());
        assertEquals("one-off cleanup, reviewed by the DBA", suppressions.at("/0/justification").asText());
    }

    @Test
    void fingerprintsSurviveLineShifts() throws IOException {
        String sql = "DROP TABLE t;\n";
        String shifted = "-- a new comment\n\n" + sql;
        String before = fingerprint(sql);
        String after = fingerprint(shifted);
        assertEquals(before, after);
        assertEquals(64, before.length());
    }

    private static String fingerprint(String sql) throws IOException {
        Finding f = SampleResults.finding(SampleResults.EXAMPLE_RULE, "m", "h", "a.sql", sql, "DROP TABLE t;",
                List.of());
        LintResult result = SampleResults.withFindings(List.of(f), Map.of("a.sql", SampleResults.source("a.sql", sql)));
        return sarif(result).at("/runs/0/results/0/partialFingerprints").get(Fingerprints.KEY).asText();
    }

    @Test
    void versionThatIsNotSemverHasNoSemanticVersion() throws IOException {
        String sarif = ReportGoldenTest.render(Format.SARIF, new ReportOptions(false, false, "dev"),
                SampleResults.clean());
        SarifSchemaValidator.assertValid(sarif);
        JsonNode driver = new ObjectMapper().readTree(sarif).at("/runs/0/tool/driver");
        assertEquals("dev", driver.get("version").asText());
        assertFalse(driver.has("semanticVersion"));
    }

    @Test
    void validatorRejectsInvalidLogs() {
        assertFalse(SarifSchemaValidator.violations("{\"version\": \"2.1.0\"}").isEmpty());
        assertFalse(SarifSchemaValidator.violations("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": "
                + "{\"name\": \"x\"}}, \"results\": [{\"message\": {\"text\": \"m\"}, \"level\": \"fatal\"}]}]}")
                .isEmpty());
    }
}
