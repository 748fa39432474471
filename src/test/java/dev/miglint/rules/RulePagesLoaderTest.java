package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulePagesLoaderTest {

    @Test
    void loadsThePageFromTheClasspath() {
        Optional<String> page = RulePages.page("example-rule");
        assertTrue(page.isPresent());
        assertTrue(page.get().startsWith("# example-rule: UPDATE or DELETE without WHERE\n"));
    }

    @Test
    void firstParagraphFollowsTheTitleAndJoinsItsLines() {
        assertEquals("An `UPDATE` or `DELETE` without a `WHERE` clause touches every row of the table, "
                + "holding row locks on all of them until the migration commits.",
                RulePages.firstParagraph("example-rule"));
    }

    @Test
    void theReadablePageWritesInSharedFragmentsAndShowsPlaceholdersAsNames() {
        String raw = RulePages.page("constraint-without-not-valid").orElseThrow();
        String readable = RulePages.readablePage("constraint-without-not-valid").orElseThrow();
        assertTrue(raw.contains("{include: not-valid-then-validate}") && raw.contains("{table}"), raw);
        assertFalse(readable.contains("{include:") || readable.contains("{table}"), readable);
        assertTrue(readable.contains("on <table> (all reads and writes wait)"), readable);
        assertTrue(readable.contains(RulePages.fragment("not-valid-then-validate").orElseThrow().strip()
                .replace("{", "<").replace("}", ">")), readable);
    }

    @Test
    void missingPagesAndOddIdsGiveNothing() {
        assertEquals(Optional.empty(), RulePages.page("no-such-rule"));
        assertEquals(Optional.empty(), RulePages.page("../pages/example-rule"));
        assertEquals(Optional.empty(), RulePages.page(null));
        assertEquals("", RulePages.firstParagraph("no-such-rule"));
    }

    @Test
    void paragraphParsing() {
        assertEquals("One two.", RulePages.firstParagraphOf("# t\r\n\n## Why\nOne\ntwo.\n\nThree.".replace("\r", "")));
        assertEquals("No title.", RulePages.firstParagraphOf("No title.\n\nSecond."));
        assertEquals("", RulePages.firstParagraphOf("# Only a title\n"));
    }
}
