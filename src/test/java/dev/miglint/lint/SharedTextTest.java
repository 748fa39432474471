package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedTextTest {

    private static Finding finding(String path, String statement, boolean downStep) {
        // new String(...): equal texts in distinct objects, as rules render them per finding
        Finding f = new Finding("adding-not-null-column", Level.ERROR, new String("Adding a NOT NULL column"),
                new String("Add it nullable, backfill, then set NOT NULL."), path, new Span(3, 40), 2, 1, 2, 38,
                new String(statement), List.of(new Fix("drop NOT NULL", new Span(30, 38), "")),
                new Finding.Suppression("reviewed"), null, List.of());
        return downStep ? f.asDownStep() : f;
    }

    @Test
    void equalTextsOfDifferentFindingsBecomeOneCopy() {
        Finding a = finding("copy0/001.sql", "ALTER TABLE t ADD c int NOT NULL", false);
        Finding b = finding("copy1/001.sql", "ALTER TABLE t ADD c int NOT NULL", true);
        assertNotSame(a.help(), b.help());

        List<Finding> shared = new ArrayList<>();
        new SharedText().shareAll(List.of(a, b), shared);

        assertSame(shared.get(0).help(), shared.get(1).help());
        assertSame(shared.get(0).message(), shared.get(1).message());
        assertSame(shared.get(0).statement(), shared.get(1).statement());
        assertEquals(List.of(a, b), shared); // nothing else changes: path, span, fixes, suppression, down step
    }

    @Test
    void distinctTextsStayDistinctAndNullsStayNull() {
        Finding a = finding("001.sql", "ALTER TABLE t ADD c int NOT NULL", false);
        Finding b = new Finding("syntax-error", Level.ERROR, "syntax error", null, "002.sql", new Span(0, 1), 1, 1, 1, 2,
                null, List.of(), null);
        SharedText text = new SharedText();

        Finding sharedA = text.share(a);
        Finding sharedB = text.share(b);

        assertSame(a, sharedA); // first of its texts: kept as it is
        assertSame(b, sharedB);
        assertEquals(null, sharedB.help());
        assertEquals(null, sharedB.statement());
    }
}
