package dev.miglint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.GoldenFiles;
import dev.miglint.testing.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each rule tells the user, fixed in a snapshot: the message, help and fixes it reports on the Bad example of
 * its page, in {@code test-fixtures/golden/rules/<id>.txt}. A change to a rule's words shows up as a diff to review
 * ({@code -Dmiglint.updateGolden=true} rewrites the snapshots).
 */
class RuleSnapshotsTest {
    private static final Path PAGES = Paths.repoRoot().resolve("rules");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> messageHelpAndFixesOfEveryRule() {
        return RuleRegistry.load().all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> {
            String id = rule.info().id();
            RulePage page = new RulePage(id, Files.readString(PAGES.resolve(id + ".md")));
            RulePage.Example bad = page.example("Bad").orElseThrow(() -> new AssertionError("no ## Bad sql example"));
            List<JsonNode> findings = ExampleLint.lint(temp, bad).visible().stream()
                    .filter(f -> f.path("ruleId").asText().equals(id)).toList();
            GoldenFiles.assertMatches("rules/" + id + ".txt", snapshot(id, findings));
        }));
    }

    private static String snapshot(String id, List<JsonNode> findings) {
        StringBuilder out = new StringBuilder("# " + id + ": the Bad example of rules/" + id + ".md\n");
        for (JsonNode finding : findings) {
            out.append("\n## ").append(finding.path("level").asText()).append(" at ")
                    .append(finding.path("startLine").asInt()).append(':').append(finding.path("startColumn").asInt())
                    .append('\n');
            out.append("message: ").append(finding.path("message").asText()).append('\n');
            out.append("help:\n");
            finding.path("help").asText().lines().forEach(line -> out.append("  | ").append(line).append('\n'));
            for (JsonNode fix : finding.path("fixes")) {
                out.append("fix: ").append(fix.path("description").asText()).append(" at ")
                        .append(fix.path("startLine").asInt()).append(':').append(fix.path("startColumn").asInt())
                        .append('-').append(fix.path("endLine").asInt()).append(':')
                        .append(fix.path("endColumn").asInt()).append('\n');
                fix.path("replacement").asText().lines()
                        .forEach(line -> out.append("  + ").append(line).append('\n'));
            }
        }
        return out.toString();
    }
}
