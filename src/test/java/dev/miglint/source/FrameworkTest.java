package dev.miglint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.Paths;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FrameworkTest {
    @Test
    void eachIdNamesItsFramework() {
        for (Framework f : Framework.values()) {
            assertEquals(f, Framework.of(f.id()));
        }
        assertEquals(Framework.PLAIN, Framework.of(null));
        assertEquals(Framework.PLAIN, Framework.of("rails"));
    }

    @Test
    void everyFrameworkTheDetectorsFindInTheCorporaIsKnown() throws Exception {
        List<Path> corpora = Stream.of(Paths.corpus(), Paths.corpus2()).flatMap(Optional::stream).toList();
        Assumptions.assumeFalse(corpora.isEmpty(), "the shared corpora are absent (-Dmiglint.corpus, ../shared, /work/shared)");
        Set<String> found = new TreeSet<>();
        for (Path corpus : corpora) {
            new HistoryFinder(corpus, List.of()).find(List.of(corpus)).histories().forEach(h -> found.add(h.framework()));
        }
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeIf(id -> Framework.of(id).id().equals(id));
        assertTrue(unknown.isEmpty(), "framework ids without a Framework: " + unknown + " (found " + found + ")");
        assertTrue(found.size() > 3, "the corpora hold several frameworks: " + found);
    }
}
