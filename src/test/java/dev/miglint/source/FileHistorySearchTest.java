package dev.miglint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the history of one linted file is searched for in its ancestors: what is listed, what is read, where it stops. */
class FileHistorySearchTest {
    @TempDir
    Path temp;

    private Path write(String relative, String text) throws IOException {
        Path p = temp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static History only(HistoryFinder finder, Path file) {
        HistoryFinder.Discovery d = finder.find(List.of(file));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        assertEquals(1, d.histories().size(), d.histories().toString());
        return d.histories().get(0);
    }

    /** A FIFO: opening it for reading blocks until a writer comes, so a search that reads it never ends. */
    private Path fifo(String relative) throws IOException, InterruptedException {
        Path p = temp.resolve(relative);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            return p;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(p), "mkfifo failed");
        return p;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aClutteredAncestorIsListedOnceAndOnlyItsSqlIsRead() throws IOException, InterruptedException {
        write("home/proj/db/migrations/1_a.up.sql", "CREATE TABLE a (id int);");
        Path second = write("home/proj/db/migrations/2_b.up.sql", "ALTER TABLE a ADD COLUMN b int;");
        write("home/notes.sql", "SELECT 1;");
        Path log = write("home/build.log", "x".repeat(4 * 1024 * 1024));
        for (int i = 0; i < 50; i++) {
            write("home/file" + i + ".txt", "text " + i);
        }
        fifo("home/events.log");
        fifo("home/pipe.sql");
        fifo("home/proj/flyway.conf");

        HistoryFinder finder = new HistoryFinder(temp, List.of());
        History h = only(finder, second);

        assertEquals("golang-migrate", h.framework());
        assertEquals(1, h.contextFiles());
        Set<Path> read = finder.listings().read();
        assertFalse(read.contains(log), read.toString());
        assertTrue(read.stream().allMatch(p -> p.getFileName().toString().endsWith(".sql")), read.toString());
        assertTrue(finder.listings().listed().contains(temp.resolve("home/proj/db/migrations")));
    }

    @Test
    void aRepositoryRootStopsTheSearch() throws IOException {
        // A sqitch project above the file would own it, but the file's folder is a repository of its own.
        write("sq/sqitch.plan", "%syntax-version=1.0.0\n%project=x\n\nusers 2024-01-01T00:00:00Z A <a@b> # users\n"
                + "orders 2024-01-02T00:00:00Z A <a@b> # orders\n");
        write("sq/deploy/users.sql", "CREATE TABLE users (id int);");
        Path orders = write("sq/deploy/orders.sql", "CREATE TABLE orders (id int);");
        Path plain = temp.resolve("sq/deploy");

        HistoryFinder outside = new HistoryFinder(temp, List.of());
        assertEquals("sqitch", only(outside, orders).framework());

        Files.createDirectories(plain.resolve(".git"));
        HistoryFinder inside = new HistoryFinder(temp, List.of());
        History h = only(inside, orders);
        assertEquals("plain", h.framework());
        assertEquals(0, h.contextFiles());
        assertEquals(Set.of(plain), inside.listings().listed());
    }

    @Test
    void aWorktreesGitFileMarksARepositoryRootToo() throws IOException {
        write("up/1_a.up.sql", "CREATE TABLE a (id int);");
        Path file = write("up/repo/x.sql", "SELECT 1;");
        write("up/repo/.git", "gitdir: /elsewhere/.git/worktrees/repo\n");
        HistoryFinder finder = new HistoryFinder(temp, List.of());
        only(finder, file);
        assertEquals(Set.of(temp.resolve("up/repo")), finder.listings().listed());
    }
}
