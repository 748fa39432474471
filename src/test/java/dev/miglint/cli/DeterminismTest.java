package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same report byte for byte: whatever the common pool's parallelism and whatever order the file system
 * lists a directory in. The histories (the examples and every rule fixture, ~330 files in ~90 directories) are
 * written at the same path (on tmpfs when there is one) in creation order, reversed and shuffled, so the file
 * system lists each directory in a different order, and linted by a separate JVM per run.
 */
class DeterminismTest {

    @TempDir
    Path tmp;

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** Relative path to content: the examples and the rule fixtures. */
    private static Map<String, byte[]> sources() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String top : new String[] {"examples", "test-fixtures/rules"}) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(top))) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(ROOT.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void materialize(Path tree, Map<String, byte[]> files, List<String> order) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> walk = Files.walk(tree)) {
                for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (String name : order) {
            Path p = tree.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, files.get(name));
        }
    }

    private String run(Path tree, int parallelism, String format) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = tmp.resolve("report." + format);
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + parallelism,
                "-cp", System.getProperty("java.class.path"), "dev.miglint.cli.Main", "lint", "--quiet",
                "--fail-on", "never", "--format", format, "--output", out.toString(), "examples", "test-fixtures");
        Shell.Result result = Shell.run(tree, Map.of(), command);
        assertEquals(0, result.exitCode(), result.output());
        return Files.readString(out);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void reportsAreIdenticalWhateverTheThreadCountAndListingOrder() throws Exception {
        Map<String, byte[]> files = sources();
        List<String> created = new ArrayList<>(files.keySet());
        List<String> reversed = new ArrayList<>(created);
        Collections.reverse(reversed);
        List<String> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(8));
        // tmpfs lists a directory newest first, so the three layouts really list differently there
        Path shm = Path.of("/dev/shm");
        Path tree = Files.isDirectory(shm) && Files.isWritable(shm)
                ? Files.createTempDirectory(shm, "miglint-determinism").resolve("repo") : tmp.resolve("repo");
        Path probe = Path.of("test-fixtures/rules");

        materialize(tree, files, created);
        List<String> firstListing = listing(tree.resolve(probe));
        String json = run(tree, 1, "json");
        String sarif = run(tree, 1, "sarif");
        assertTrue(json.contains("\"findings\"") && json.length() > 10_000, json);

        int[][] runs = {{0, 8}, {1, 2}, {2, 64}};
        boolean listingsDiffered = false;
        for (int[] r : runs) {
            materialize(tree, files, List.of(created, reversed, shuffled).get(r[0]));
            listingsDiffered |= !listing(tree.resolve(probe)).equals(firstListing);
            assertEquals(json, run(tree, r[1], "json"), "JSON differs (order " + r[0] + ", parallelism " + r[1] + ")");
            assertEquals(sarif, run(tree, r[1], "sarif"), "SARIF differs (order " + r[0] + ", parallelism " + r[1] + ")");
        }
        materialize(tree, Map.of(), List.of());
        if (!tree.startsWith(tmp)) {
            Files.delete(tree.getParent());
        }
        System.out.println("DeterminismTest: directory listings " + (listingsDiffered ? "differed" : "did not differ")
                + " between the layouts on this file system");
        assertTrue(listingsDiffered || tree.startsWith(tmp), "tmpfs lists newest first: the layouts must list differently");
    }
}
