package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as a process: what environment it gets, and what happens to it when miglint is SIGKILLed.
 * Each case runs a real dry run in a child JVM whose temp directory is the test's own, so the sweep sees only
 * this test's servers.
 */
class EmbeddedServerLifecycleTest {
    private static final String MARKER = "MIGLINT_TEST_SECRET_MARKER";
    private static final String SECRET = "s3cr3t-" + ProcessHandle.current().pid();

    @TempDir
    static Path tempRoot;

    /** A dry run in a child JVM that writes the server's environment to a file, then sleeps in a statement. */
    private static Process childDryRun(Path dir, Path envFile) throws IOException {
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        write(dir, "db/002_change.sql", "COPY (SELECT 1) TO PROGRAM 'env > " + envFile + "';\nSELECT pg_sleep(300);\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tempRoot, "-cp",
                System.getProperty("java.class.path"), "dev.miglint.cli.Main", "dry-run", "--embedded", "--rows", "0",
                "--allow-host-effects", "--statement-timeout", "600s", "db")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put(MARKER, SECRET);
        pb.environment().put("GITHUB_TOKEN", SECRET);
        return pb.start();
    }

    private static Optional<Path> serverDirOf(long ownerPid) throws IOException {
        try (Stream<Path> dirs = Files.list(tempRoot)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith(StaleServers.PREFIX)).filter(d -> {
                try {
                    return Files.readAllLines(d.resolve(StaleServers.OWNER_FILE)).get(0).equals(Long.toString(ownerPid));
                } catch (IOException | IndexOutOfBoundsException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    private static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    private static String log(Path dir) {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Starts the child and waits until its server ran the COPY; returns the server's directory. */
    private static Path startedServer(Process child, Path dir, Path envFile) throws Exception {
        assertTrue(waitFor(() -> Files.exists(envFile) && size(envFile) > 0 || !child.isAlive(), 180_000)
                && child.isAlive(),
                "the child's dry run never ran its COPY:\n" + log(dir));
        Optional<Path> server = serverDirOf(child.pid());
        assertTrue(server.isPresent(), log(dir));
        assertTrue(StaleServers.postmaster(server.get().resolve("data")).isPresent(), log(dir));
        return server.get();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void serverGetsAMinimalEnvironmentAndTheWatchdogStopsItWhenMiglintIsKilled(@TempDir Path dir) throws Exception {
        Path envFile = dir.resolve("server-env.txt");
        Process child = childDryRun(dir, envFile);
        try {
            Path server = startedServer(child, dir, envFile);
            long postmaster = StaleServers.postmaster(server.resolve("data")).orElseThrow().pid();

            String env = Files.readString(envFile, StandardCharsets.UTF_8);
            assertFalse(env.contains(SECRET), env);
            assertFalse(env.contains(MARKER), env);
            assertTrue(env.lines().anyMatch(l -> l.equals("PATH=/usr/bin:/bin")), env);
            assertTrue(env.lines().anyMatch(l -> l.equals("HOME=" + server)), env);
            Path environ = Path.of("/proc", Long.toString(postmaster), "environ");
            if (Files.isReadable(environ)) {
                String initial = new String(Files.readAllBytes(environ), StandardCharsets.UTF_8);
                assertFalse(initial.contains(SECRET), initial);
            }

            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(waitFor(() -> ProcessHandle.of(postmaster).map(h -> !h.isAlive()).orElse(true)
                    && !Files.exists(server), 90_000), "the watchdog left the server or its directory behind");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void nextRunSweepsAServerWhoseMiglintAndWatchdogWereKilled(@TempDir Path dir) throws Exception {
        Path envFile = dir.resolve("server-env.txt");
        Process child = childDryRun(dir, envFile);
        try {
            Path server = startedServer(child, dir, envFile);
            ProcessHandle postmaster = StaleServers.postmaster(server.resolve("data")).orElseThrow();
            List<ProcessHandle> watchdogs = child.toHandle().descendants()
                    .filter(h -> h.info().command().map(c -> c.endsWith("sh")).orElse(false)).toList();
            assumeTrue(!watchdogs.isEmpty(), "no watchdog process found to kill");
            watchdogs.forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(postmaster.isAlive(), "with the watchdog gone the server stays until a sweep");
            assertTrue(StaleServers.ownerIsGone(server));

            List<Path> swept = StaleServers.sweep(tempRoot);

            assertEquals(List.of(server), swept);
            assertFalse(Files.exists(server));
            assertTrue(waitFor(() -> !postmaster.isAlive(), 30_000), "the sweep left the postmaster running");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void sweepLeavesTheServersOfLiveOwnersAndForeignDirectories(@TempDir Path tempRoot) throws Exception {
        Path live = Files.createTempDirectory(tempRoot, StaleServers.PREFIX);
        StaleServers.claim(live);
        Path foreign = Files.createTempDirectory(tempRoot, StaleServers.PREFIX);
        Path dead = Files.createTempDirectory(tempRoot, StaleServers.PREFIX);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dead.resolve(StaleServers.OWNER_FILE), gone.pid() + "\n0\n");

        List<Path> swept = StaleServers.sweep(tempRoot);

        assertEquals(List.of(dead), swept);
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(foreign));
    }
}
