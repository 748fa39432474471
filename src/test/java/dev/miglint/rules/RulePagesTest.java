package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import dev.miglint.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every rule has a page in rules/, whose Bad example yields the rule and whose Good example does not. */
class RulePagesTest {
    private static final Path PAGES = Paths.repoRoot().resolve("rules");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyRuleHasAWorkingPage() {
        return RuleRegistry.load().all().stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> {
            String id = rule.info().id();
            Path file = PAGES.resolve(id + ".md");
            assertTrue(Files.isRegularFile(file), "missing page rules/" + id + ".md");
            RulePage page = new RulePage(id, Files.readString(file));
            assertEquals(id, page.title(), "the page title must be the rule id");
            assertTrue(page.markdown().contains("**Level:** " + rule.info().level().id()),
                    "the page must state the default level " + rule.info().level().id());
            RulePage.Example bad = page.example("Bad").orElseThrow(() -> new AssertionError("no ## Bad sql example"));
            RulePage.Example good = page.example("Good").orElseThrow(() -> new AssertionError("no ## Good sql example"));
            assertTrue(ruleIdsFor(bad).contains(id), "the Bad example must yield " + id);
            assertFalse(ruleIdsFor(good).contains(id), "the Good example must not yield " + id);
        }));
    }

    @Test
    void everyPageBelongsToARule() throws IOException {
        try (Stream<Path> pages = Files.list(PAGES)) {
            pages.filter(p -> p.toString().endsWith(".md")).forEach(p -> {
                String id = p.getFileName().toString().replaceFirst("\\.md$", "");
                assertTrue(RuleRegistry.load().contains(id), "rules/" + id + ".md has no rule");
            });
        }
    }

    private List<String> ruleIdsFor(RulePage.Example example) throws IOException {
        Path sql = Files.createTempFile(temp, "example", ".sql");
        Files.writeString(sql, example.sql());
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", "--fail-on", "never"));
        args.addAll(example.options());
        args.add(sql.toString());
        CliRun run = CliRun.run(temp, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), "lint failed: " + run.stderr());
        return JsonFindings.parse(run.stdout()).visibleRuleIds();
    }
}
