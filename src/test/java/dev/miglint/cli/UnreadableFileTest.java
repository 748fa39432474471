package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file miglint may not read is one line and exit 2. Root reads any file, so when the tests run as root (as in CI)
 * the CLI runs in a child JVM whose capability bounding set lacks the two capabilities that bypass read
 * permission checks ({@code setpriv}, util-linux): the file's mode 000 then applies to it as to any user.
 */
class UnreadableFileTest {
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    @TempDir
    Path dir;

    @Test
    void unreadableFileIsOneLineAndExitTwo() throws IOException, InterruptedException {
        Path locked = dir.resolve("locked.sql");
        Files.writeString(locked, "SELECT 1;\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(SETPRIV), "running as root without setpriv to drop the read override");
            command.addAll(List.of(SETPRIV.toString(), "--inh-caps=-dac_override,-dac_read_search",
                    "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lint", "locked.sql"));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");

        assertEquals("locked.sql: cannot read file (permission denied)\n", stderr);
        assertEquals(2, process.exitValue());
    }
}
