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
import org.junit.jupiter.api.io.TempDir;

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

    private static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * The facts each framework carries are the ones its detector acts on: a framework without down steps gives no
     * file one (and one with them gives some file one), and on PostgreSQL a framework that wraps migrations leaves
     * some file in a transaction while one that does not, or is not known to, leaves none.
     */
    @Test
    void theDetectorsActOnEachFrameworksFacts(@TempDir Path dir) throws Exception {
        Path shared = Path.of("..", "shared").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("corpus")), "the shared corpus is absent");
        Set<String> checked = new TreeSet<>();
        List<History> histories = new java.util.ArrayList<>();
        for (String name : List.of("corpus", "corpus2")) {
            Path corpus = shared.resolve(name);
            if (Files.isDirectory(corpus)) {
                histories.addAll(new HistoryFinder(corpus, List.of()).find(List.of(corpus)).histories());
            }
        }
        // the frameworks the corpora lack
        write(dir.resolve("liquibase/changes.sql"), "--liquibase formatted sql\n\n--changeset a:1\n"
                + "CREATE TABLE t (id bigint);\n--rollback DROP TABLE t;\n");
        write(dir.resolve("sqitch/sqitch.conf"), "[core]\n\tengine = pg\n");
        write(dir.resolve("sqitch/sqitch.plan"), "%project=app\n\nt 2024-01-01T00:00:00Z a <a@x> # t\n");
        write(dir.resolve("sqitch/deploy/t.sql"), "BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\n");
        write(dir.resolve("sqitch/revert/t.sql"), "DROP TABLE t;\n");
        write(dir.resolve("sql-migrate/1_t.sql"), "-- +migrate Up\nCREATE TABLE t (id bigint);\n"
                + "-- +migrate Down\nDROP TABLE t;\n");
        for (String name : List.of("liquibase", "sqitch", "sql-migrate")) {
            histories.addAll(new HistoryFinder(dir, List.of()).find(List.of(dir.resolve(name))).histories());
        }
        for (History h : histories) {
            Framework f = Framework.of(h.framework());
            boolean noDowns = h.files().stream().allMatch(m -> m.down() == null);
            assertEquals(f.downForm() == Framework.DownForm.NONE, noDowns, h.name() + " (" + f + ")");
            if (h.dialect() == dev.miglint.model.Dialect.POSTGRES && !h.files().isEmpty()) {
                boolean someWrapped = h.files().stream().anyMatch(m -> Boolean.TRUE.equals(m.runsInTransaction()));
                boolean wraps = switch (f.wrapping()) {
                    case PER_MIGRATION, CONFIGURABLE, ALL_PENDING -> true;
                    case NONE, UNKNOWN -> false;
                };
                assertEquals(wraps, someWrapped, h.name() + " (" + f + ", " + f.wrapping() + ")");
            }
            checked.add(f.id());
        }
        Set<String> all = new TreeSet<>();
        for (Framework f : Framework.values()) {
            all.add(f.id());
        }
        assertEquals(all, checked);
    }
}
