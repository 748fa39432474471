package dev.miglint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.GoldenFiles;
import dev.miglint.testing.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
            StringBuilder out = new StringBuilder("# " + id + ": the Bad example of rules/" + id + ".md\n");
            List<String> helps = new ArrayList<>();
            append(out, helps, findingsOf(id, bad));
            for (String heading : page.exampleHeadings("Bad: ")) {
                out.append("\n# ").append(heading).append('\n');
                append(out, helps, findingsOf(id, page.example(heading).orElseThrow()));
            }
            GoldenFiles.assertMatches("rules/" + id + ".txt", out.toString());
            assertHelpComesFromThePage(id, page, helps);
        }));
    }

    /**
     * Each help section of the page (Why, Note and Fix, and their variants) shows up filled in the help of some
     * finding of the page's Bad examples, and no help keeps a placeholder: so every placeholder a page uses is one
     * its rule supplies.
     */
    private static void assertHelpComesFromThePage(String id, RulePage page, List<String> helps) {
        for (String help : helps) {
            assertFalse(HelpTemplate.PLACEHOLDER.matcher(help).find(), id + ": a placeholder left in the help: " + help);
        }
        HelpPage sections = HelpPage.parse(id, page.markdown());
        assertFalse(sections.helpHeadings().isEmpty(), id + ": the page has no ## Why section for the help");
        for (String heading : sections.helpHeadings()) {
            Pattern filled = filledIn(sections, heading);
            assertTrue(helps.stream().anyMatch(help -> filled.matcher(help).find()),
                    id + ": no finding of a Bad example of the page says its \"## " + heading
                            + "\" (add a \"## Bad: <case>\" example that does)");
        }
    }

    /** The section as the renderer writes it, with any text where a placeholder stands. */
    private static Pattern filledIn(HelpPage page, String heading) {
        String markdown = page.required(heading);
        Map<String, String> markers = new HashMap<>();
        HelpTemplate.placeholders(markdown).forEach(name -> markers.put(name, "\u0000"));
        String[] literal = HelpTemplate.render(page.id(), markdown, markers).split("\u0000", -1);
        return Pattern.compile(Arrays.stream(literal).map(Pattern::quote).collect(Collectors.joining("(?s:.*?)")));
    }

    private static String id(HelpPage page) {
        return page.id();
    }

    private List<JsonNode> findingsOf(String id, RulePage.Example example) throws java.io.IOException {
        return ExampleLint.lint(temp, example).visible().stream()
                .filter(f -> f.path("ruleId").asText().equals(id)).toList();
    }

    private static void append(StringBuilder out, List<String> helps, List<JsonNode> findings) {
        for (JsonNode finding : findings) {
            helps.add(finding.path("help").asText());
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
    }
}
