package dev.miglint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    void everyFrameworkTheDetectorsFindInTheCorpusIsKnown() throws Exception {
        Path corpus = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the shared corpus is absent");
        Set<String> found = new TreeSet<>();
        new HistoryFinder(corpus, List.of()).find(List.of(corpus)).histories().forEach(h -> found.add(h.framework()));
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeIf(id -> Framework.of(id).id().equals(id));
        assertTrue(unknown.isEmpty(), "framework ids without a Framework: " + unknown + " (found " + found + ")");
        assertTrue(found.size() > 3, "the corpus holds several frameworks: " + found);
    }
}
