package dev.miglint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte comparison with the files in {@code test-fixtures/golden/}. Run the tests with
 * {@code -Dmiglint.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
public final class GoldenFiles {

    public static final Path DIR = Path.of("test-fixtures", "golden");

    private GoldenFiles() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        byte[] actualBytes = actual.getBytes(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("miglint.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.write(file, actualBytes);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing; run with -Dmiglint.updateGolden=true to create it");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(expected, actual, name + " differs; if intended, rerun with -Dmiglint.updateGolden=true");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), actualBytes), name + " differs in its bytes");
    }
}
