package dev.miglint.dryrun;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Embedded servers whose miglint died without stopping them (SIGKILL, a crash, a killed container). Each server
 * directory holds {@code miglint.pid}: the owning JVM's pid and start time. At the start of every embedded dry run,
 * a directory whose owner is gone has its postmaster stopped and is removed; directories of live owners, and
 * those without the file (being created, or made by another program), are left alone.
 */
final class StaleServers {
    static final String PREFIX = "miglint-dry-run-";
    static final String OWNER_FILE = "miglint.pid";

    private StaleServers() {
    }

    /** Records the running JVM as the owner of {@code directory}. */
    static void claim(Path directory) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(directory.resolve(OWNER_FILE), self.pid() + "\n"
                + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L) + "\n");
    }

    /** Stops and removes the servers of dead owners under {@code tempRoot}; returns the directories removed. */
    static List<Path> sweep(Path tempRoot) {
        List<Path> removed = new java.util.ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tempRoot, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && ownerIsGone(dir)) {
                    stopPostmaster(dir.resolve("data"));
                    EmbeddedServer.deleteTree(dir);
                    removed.add(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a sweep that cannot read the temp directory must not stop the dry run
        }
        return removed;
    }

    static boolean ownerIsGone(Path dir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(OWNER_FILE));
        } catch (IOException e) {
            return false;
        }
        if (lines.isEmpty()) {
            return false;
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            long started = lines.size() > 1 ? Long.parseLong(lines.get(1).strip()) : 0;
            Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (owner.isEmpty()) {
                return true;
            }
            // the pid was reused by a process that started later than our owner did
            Optional<Instant> start = owner.get().info().startInstant();
            return started != 0 && start.isPresent() && Math.abs(start.get().toEpochMilli() - started) > 2_000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Fast shutdown of the postmaster named in {@code postmaster.pid}, if it still runs from that directory. */
    static void stopPostmaster(Path data) {
        Optional<ProcessHandle> postmaster = postmaster(data);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle p = postmaster.get();
        // SIGINT is a fast shutdown: the dead owner's sessions are rolled back instead of waited for
        try {
            ProcessBuilder pb = new ProcessBuilder("kill", "-INT", Long.toString(p.pid()));
            MinimalEnvironment.apply(pb, data.getParent());
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            p.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception notYet) {
            p.destroyForcibly();
        }
    }

    static Optional<ProcessHandle> postmaster(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).strip());
            // only a postgres process, so a pid reused by an unrelated program is never signalled
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
