package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void normalizationIgnoresLayoutCaseAndComments() {
        assertEquals("alter table t add column c int",
                Fingerprints.normalize("  ALTER TABLE t -- why\n\tADD /* a /* nested */ note */ COLUMN c int  "));
    }

    @Test
    void commentMarkersInsideQuotesAreText() {
        assertEquals("select '-- not a comment', \"a/*b\"",
                Fingerprints.normalize("SELECT '-- not a comment', \"a/*b\""));
        assertEquals("select 'it''s -- text'", Fingerprints.normalize("SELECT 'it''s -- text'"));
    }

    @Test
    void identityDependsOnRulePathAndStatement() {
        String base = Fingerprints.of("r", "a.sql", "DROP TABLE t;");
        assertEquals(base, Fingerprints.of("r", "a.sql", "drop   table t; -- gone"));
        assertNotEquals(base, Fingerprints.of("r2", "a.sql", "DROP TABLE t;"));
        assertNotEquals(base, Fingerprints.of("r", "b.sql", "DROP TABLE t;"));
        assertNotEquals(base, Fingerprints.of("r", "a.sql", "DROP TABLE u;"));
    }
}
