package dev.miglint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code miglint lint .} at the root of each small fake repository in {@code test-fixtures/discovery/<case>/}: the
 * histories taken (path, framework, why) and the paths skipped (why) in the JSON summary must be those listed in
 * {@code <case>.expected}; its {@code stderr} lines must appear on standard error.
 */
class DiscoveryFixturesTest {
    private static final Path FIXTURES = Paths.repoRoot().resolve("test-fixtures/discovery");

    @TestFactory
    Stream<DynamicTest> lintAtARepositoryRootTakesTheMigrationsAndSaysWhatItSkipped() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> list = Files.list(FIXTURES)) {
            list.filter(Files::isDirectory).sorted().forEach(repo -> tests.add(
                    DynamicTest.dynamicTest(repo.getFileName().toString(), () -> check(repo))));
        }
        assertTrue(tests.size() >= 9, "one fake repository per case: " + tests.size());
        return tests.stream();
    }

    private static void check(Path repo) throws IOException {
        List<String> expected = Files.readAllLines(FIXTURES.resolve(repo.getFileName() + ".expected")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        CliRun run = CliRun.run(repo, "lint", "--format", "json", "--fail-on", "never", ".");
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode summary = new ObjectMapper().readTree(run.stdout()).path("summary");
        List<String> actual = new ArrayList<>();
        summary.path("histories").forEach(h -> actual.add("taken\t" + h.path("path").asText() + "\t"
                + h.path("framework").asText() + "\t" + h.path("taken").asText()));
        summary.path("skipped").forEach(s -> actual.add("skipped\t" + s.path("path").asText() + "\t"
                + s.path("why").asText()));
        assertEquals(expected.stream().filter(l -> !l.startsWith("stderr\t")).sorted().toList(),
                actual.stream().sorted().toList(), run.stdout() + run.stderr());
        for (String line : expected) {
            if (line.startsWith("stderr\t")) {
                String wanted = line.substring("stderr\t".length());
                assertTrue(run.stderr().contains(wanted), "stderr lacks <" + wanted + ">: " + run.stderr());
            }
        }
    }
}
