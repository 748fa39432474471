package dev.miglint.dryrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server (the major version the build carries) in a fresh temp directory
 * ({@code miglint-dry-run-*}) on a free loopback port. We run initdb and postgres ourselves, with a minimal
 * environment ({@link MinimalEnvironment}) and no Unix socket. {@link #close()} stops it and deletes the
 * directory; a shutdown hook does the same when the JVM ends early (Ctrl-C, failure); a {@link Watchdog} does it
 * when the JVM is killed outright, and the next start sweeps what neither could ({@link StaleServers}).
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    private static final long START_WAIT_MILLIS = 120_000;

    private final Path directory;
    private final Path install;
    private final Process postmaster;
    private final Process watchdog;
    private final int port;
    private final long startMillis;
    private Thread hook;
    private boolean closed;

    private EmbeddedServer(Path directory, Path install, Process postmaster, Process watchdog, int port,
            long startMillis) {
        this.directory = directory;
        this.install = install;
        this.postmaster = postmaster;
        this.watchdog = watchdog;
        this.port = port;
        this.startMillis = startMillis;
    }

    public static EmbeddedServer start() throws DryRunException {
        long t0 = System.nanoTime();
        Path tempRoot = Path.of(System.getProperty("java.io.tmpdir"));
        StaleServers.sweep(tempRoot);
        Path directory;
        try {
            directory = Files.createTempDirectory(tempRoot, StaleServers.PREFIX);
            StaleServers.claim(directory);
        } catch (IOException e) {
            throw new DryRunException("cannot create a temp directory for the embedded server (" + e.getMessage() + ")");
        }
        Thread hook = new Thread(() -> deleteTree(directory), "miglint-embedded-postgres-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        Process postmaster = null;
        try {
            Path install = PostgresInstall.prepare(PostgresBinaries.fromEnvironment());
            initdb(install, directory);
            int port = 0;
            for (int attempt = 1; postmaster == null; attempt++) {
                port = freePort();
                postmaster = launch(install, directory, port);
                if (!awaitReady(postmaster, port)) {
                    postmaster.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    postmaster = null;
                    if (attempt == 3) {
                        throw new IOException("the server did not start: " + logTail(directory));
                    }
                }
            }
            Process watchdog = Watchdog.start(postmaster.pid(), directory);
            EmbeddedServer server = new EmbeddedServer(directory, install, postmaster, watchdog, port,
                    (System.nanoTime() - t0) / 1_000_000);
            // from now on the hook also stops the server
            Thread stopper = new Thread(server::closeQuietly, "miglint-embedded-postgres-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            server.hook = stopper;
            safeRemoveHook(hook);
            return server;
        } catch (IOException | RuntimeException e) {
            if (postmaster != null) {
                postmaster.destroyForcibly();
            }
            deleteTree(directory);
            safeRemoveHook(hook);
            throw new DryRunException("cannot start the embedded PostgreSQL server (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteTree(directory);
            safeRemoveHook(hook);
            throw new DryRunException("interrupted while starting the embedded PostgreSQL server", e);
        }
    }

    private static void initdb(Path install, Path directory) throws IOException, InterruptedException {
        ProcessBuilder pb = ServerCommand.of(install, directory, List.of("initdb", "-A", "trust", "-U", SUPERUSER,
                "-D", directory.resolve("data").toString(), "-E", "UTF-8", "--no-sync"));
        Path log = directory.resolve("initdb.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(START_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("initdb did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException("initdb failed: " + lastLine(log));
        }
    }

    private static Process launch(Path install, Path directory, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of("postgres", "-D", directory.resolve("data").toString(), "-p", Integer.toString(port)));
        for (String setting : List.of("listen_addresses=127.0.0.1", "unix_socket_directories=", "fsync=off",
                "synchronous_commit=off", "full_page_writes=off", "logging_collector=off")) {
            command.add("-c");
            command.add(setting);
        }
        ProcessBuilder pb = ServerCommand.of(install, directory, command);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                directory.resolve("server.log").toFile()));
        return pb.start();
    }

    private static boolean awaitReady(Process postmaster, int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!postmaster.isAlive()) {
                return false;
            }
            try (Connection c = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, "")) {
                return c.isValid(5);
            } catch (SQLException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    private static String logTail(Path directory) {
        return lastLine(directory.resolve("server.log"));
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "no output";
        }
    }

    /** How long the start took, in milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    public int port() {
        return port;
    }

    /** A superuser connection to {@code database}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(port, database));
    }

    /** A connection to {@code database} as {@code role}, which logs in without a password (trust, loopback only). */
    public Connection connectAs(String role, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, role, "");
    }

    public Path directory() {
        return directory;
    }

    /** The postmaster's process id. */
    public long pid() {
        return postmaster.pid();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closeQuietly();
        if (hook != null) {
            safeRemoveHook(hook);
        }
    }

    private synchronized void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        stop();
        watchdog.destroy();
        deleteTree(directory);
    }

    /** A fast shutdown (pg_ctl stop -m fast: open sessions are rolled back), then SIGKILL if it hangs. */
    private void stop() {
        try {
            ProcessBuilder pb = ServerCommand.of(install, directory, List.of("pg_ctl", "stop", "-D",
                    directory.resolve("data").toString(), "-m", "fast", "-w", "-t", "30"));
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            p.waitFor(40, TimeUnit.SECONDS);
            if (!postmaster.waitFor(10, TimeUnit.SECONDS)) {
                postmaster.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            postmaster.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void safeRemoveHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temp directory left behind is not worth failing the run for
        }
    }
}
