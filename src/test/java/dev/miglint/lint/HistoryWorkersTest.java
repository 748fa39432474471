package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import dev.miglint.testing.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryWorkersTest {
    private static final String THREADS = "miglint.historyThreads";

    @AfterEach
    void defaultThreads() {
        System.clearProperty(THREADS);
    }

    private static History history(String name, int files) {
        List<MigrationFile> list = IntStream.range(0, files).mapToObj(i -> new MigrationFile(Path.of(name, i + ".sql"),
                name + "/" + i + ".sql", "plain", null, null, null)).toList();
        return new History(name, "plain", Dialect.POSTGRES, list);
    }

    @Test
    void resultsComeInTheHistoriesOrderWhateverThreadFinishedFirst() {
        System.setProperty(THREADS, "3");
        List<History> histories = List.of(history("a", 1), history("b", 9), history("c", 3), history("d", 6),
                history("e", 2));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        List<String> results = HistoryWorkers.map(histories, h -> {
            started.add(h.name());
            threads.add(Thread.currentThread().getName());
            sleep(50L * h.files().size()); // the small ones finish first
            return h.name() + ":" + h.files().size();
        });
        assertEquals(List.of("a:1", "b:9", "c:3", "d:6", "e:2"), results);
        assertEquals(Set.of("b", "d", "c"), Set.copyOf(started.subList(0, 3)),
                "the three largest histories start first: " + started);
        assertTrue(threads.size() > 1, "linted on " + threads);
    }

    @Test
    void oneThreadLintsOnTheCallingThread() {
        System.setProperty(THREADS, "1");
        Thread caller = Thread.currentThread();
        List<Thread> used = HistoryWorkers.map(List.of(history("a", 1), history("b", 2)), h -> Thread.currentThread());
        assertSame(caller, used.get(0));
        assertSame(caller, used.get(1));
    }

    @Test
    void aFailureInOneHistoryReachesTheCaller() {
        System.setProperty(THREADS, "2");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> HistoryWorkers.map(
                List.of(history("a", 1), history("b", 2)), h -> {
                    if (h.name().equals("a")) {
                        throw new IllegalStateException("broken " + h.name());
                    }
                    return h.name();
                }));
        assertEquals("broken a", e.getMessage());
    }

    /** The report of many histories linted at once is the report of the same histories linted one by one. */
    @Test
    void theReportDoesNotDependOnTheThreads() {
        Path fixtures = Path.of("test-fixtures", "eval", "postgres").toAbsolutePath();
        String[] args = {"lint", "--format", "json", "--fail-on", "never", "--dialect", "postgres", fixtures.toString()};
        System.setProperty(THREADS, "1");
        CliRun oneByOne = CliRun.run(fixtures, args);
        System.setProperty(THREADS, "4");
        CliRun atOnce = CliRun.run(fixtures, args);
        assertEquals(0, oneByOne.exitCode(), oneByOne.stderr());
        assertTrue(oneByOne.stdout().contains("\"ruleId\""), "the fixtures have findings");
        assertEquals(oneByOne.stdout(), atOnce.stdout());
        assertEquals(oneByOne.stderr(), atOnce.stderr());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
