package dev.miglint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> COMMANDS = List.of("lint", "dry-run", "baseline", "rules", "explain");

    @Test
    void suggestsTheNameFewestEditsAway() {
        assertEquals(Optional.of("lint"), Suggestions.closest("lnt", COMMANDS));
        assertEquals(Optional.of("dry-run"), Suggestions.closest("dryrun", COMMANDS));
        assertEquals(Optional.of("explain"), Suggestions.closest("EXPLIAN", COMMANDS));
    }

    @Test
    void suggestsNothingForANameThatIsNotClose() {
        assertEquals(Optional.empty(), Suggestions.closest("deploy", COMMANDS));
        assertEquals(Optional.empty(), Suggestions.closest("", COMMANDS));
        assertEquals("", Suggestions.didYouMean("x", COMMANDS));
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggestions.distance("lint", "lint"));
        assertEquals(1, Suggestions.distance("lnt", "lint"));
        assertEquals(2, Suggestions.distance("jsno", "json"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }
}
