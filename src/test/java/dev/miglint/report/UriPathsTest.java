package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UriPathsTest {

    @Test
    void escapesWhatIsNotAPathCharacter() {
        assertEquals("db/V1__create%20users.sql", UriPaths.toUri("db/V1__create users.sql"));
        assertEquals("db/caf%C3%A9%2350%25.sql", UriPaths.toUri("db/café#50%.sql"));
        assertEquals("db/a/b.sql", UriPaths.toUri("db\\a\\b.sql"));
    }

    @Test
    void aColonInTheFirstSegmentIsNotTakenForAScheme() {
        assertEquals("./c:x/a.sql", UriPaths.toUri("c:x/a.sql"));
        assertEquals("a/c:x.sql", UriPaths.toUri("a/c:x.sql"));
    }
}
