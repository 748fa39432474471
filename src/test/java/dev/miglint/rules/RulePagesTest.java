package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.miglint.dryrun.DryRunRules;
import dev.miglint.model.Dialect;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
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
            assertEquals(rule.info().level().id(), page.level(),
                    "the page's Level line must state exactly the rule's default level");
            assertEquals(dialectsOf(rule.info()), page.dialects(),
                    "the page's Dialects line must list exactly the rule's dialects, in enum order");
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
                assertTrue(RuleRegistry.load().contains(id) || dryRunRule(id).isPresent(),
                        "rules/" + id + ".md has no rule");
            });
        }
    }

    @Test
    void everyRuleClassIsRegisteredAsAService() throws IOException {
        Path services = Paths.repoRoot().resolve("src/main/resources/META-INF/services/dev.miglint.rules.Rule");
        Set<String> registered = new TreeSet<>(Files.readAllLines(services).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        Path sources = Paths.repoRoot().resolve("src/main/java");
        Set<String> annotated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources.resolve("dev/miglint/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("@RuleDefinition(")) {
                    String relative = sources.relativize(file).toString();
                    annotated.add(relative.replaceFirst("\\.java$", "").replace('/', '.'));
                }
            }
        }
        assertEquals(annotated, registered,
                "META-INF/services/dev.miglint.rules.Rule must list exactly the classes annotated @RuleDefinition");
    }

    @TestFactory
    Stream<DynamicTest> everyDryRunIdHasAPageMatchingItsMetadata() {
        return DryRunRules.ALL.stream().map(info -> DynamicTest.dynamicTest(info.id(), () -> {
            Path file = PAGES.resolve(info.id() + ".md");
            assertTrue(Files.isRegularFile(file), "missing page rules/" + info.id() + ".md");
            RulePage page = new RulePage(info.id(), Files.readString(file));
            assertEquals(info.id(), page.title());
            assertEquals(info.level().id(), page.level(), "the page's Level line must state the default level");
            assertEquals(dialectsOf(info), page.dialects());
        }));
    }

    private static Optional<RuleInfo> dryRunRule(String id) {
        return DryRunRules.ALL.stream().filter(info -> info.id().equals(id)).findFirst();
    }

    private static List<String> dialectsOf(RuleInfo info) {
        return Arrays.stream(Dialect.values()).filter(info.dialects()::contains).map(Dialect::id).toList();
    }

    private List<String> ruleIdsFor(RulePage.Example example) throws IOException {
        return ExampleLint.lint(temp, example).visibleRuleIds();
    }
}
