package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build-time rule index says what the rules' annotations say, for every built-in rule. */
class RuleIndexTest {

    @Test
    void everyBuiltInRuleIsIndexedAsItsAnnotationSays() {
        var rules = RuleRegistry.load().all();
        assertTrue(rules.size() > 90, "rules found: " + rules.size());
        for (Rule rule : rules) {
            Optional<RuleInfo> indexed = RuleIndex.find(rule.getClass());
            assertTrue(indexed.isPresent(), rule.getClass().getName() + " is not in " + RuleIndex.RESOURCE
                    + "; the build writes it after compiling (mvn process-classes)");
            assertEquals(RuleInfo.fromAnnotation(rule.getClass()), indexed.get(), rule.getClass().getName());
        }
    }

    @Test
    void aLineReadsBackAsTheSameInfo() throws IOException {
        RuleInfo info = new RuleInfo("some-rule", Level.NOTE, "Says: something; with (punctuation).",
                Set.of(Dialect.SQLITE, Dialect.MYSQL), false, true, Concern.SECURITY);
        String line = RuleIndex.line("x.SomeRule", info) + "\n";
        Map<String, RuleInfo> read = RuleIndex.parse(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Map.of("x.SomeRule", info), read);
    }

    @Test
    void aSummaryThatWouldBreakTheFormatIsRefusedAtBuildTime() {
        RuleInfo info = new RuleInfo("some-rule", Level.NOTE, "two\tcolumns", Set.of(Dialect.POSTGRES));
        assertThrows(IllegalArgumentException.class, () -> RuleIndex.line("x.SomeRule", info));
    }

    @Test
    void aRuleOutsideTheIndexIsReadFromItsAnnotation() {
        assertEquals(Optional.empty(), RuleIndex.find(Unindexed.class));
        assertEquals("unindexed-rule", RuleInfo.of(Unindexed.class).id());
    }

    @RuleDefinition(id = "unindexed-rule", level = Level.NOTE, summary = "Only in this test.")
    private static final class Unindexed {
    }
}
