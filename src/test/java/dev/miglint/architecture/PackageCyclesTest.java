package dev.miglint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** No package under dev.miglint may reach itself again through the packages it uses (docs/architecture.md). */
class PackageCyclesTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void noPackageCycles() throws Exception {
        PackageGraph graph = PackageGraph.of(CLASSES);
        assertTrue(graph.uses().containsKey("dev.miglint.rules"), "the compiled classes are read from " + CLASSES);
        List<Set<String>> cycles = graph.cycles();
        assertEquals("", cycles.stream().map(group -> describe(group, graph.uses()))
                .collect(Collectors.joining("\n")), "package cycles");
    }

    @Test
    void findsACycleWhereThereIsOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // two classes naming each other across packages, as javac would write them
        Files.createDirectories(dir.resolve("dev/miglint/a"));
        Files.createDirectories(dir.resolve("dev/miglint/b"));
        Files.write(dir.resolve("dev/miglint/a/A.class"), ClassBytes.naming("dev/miglint/a/A", "dev/miglint/b/B"));
        Files.write(dir.resolve("dev/miglint/b/B.class"), ClassBytes.naming("dev/miglint/b/B", "Ldev/miglint/a/A;"));
        assertEquals(List.of(Set.of("dev.miglint.a", "dev.miglint.b")), PackageGraph.of(dir).cycles());
    }

    @Test
    void aStringLiteralIsNoDependency(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dev/miglint/a"));
        Files.createDirectories(dir.resolve("dev/miglint/b"));
        Files.write(dir.resolve("dev/miglint/a/A.class"), ClassBytes.naming("dev/miglint/a/A", "dev/miglint/b/B"));
        Files.write(dir.resolve("dev/miglint/b/B.class"), ClassBytes.withLiteral("dev/miglint/b/B", "dev/miglint/a/A"));
        assertEquals(List.of(), PackageGraph.of(dir).cycles());
    }

    private static String describe(Set<String> group, Map<String, Set<String>> uses) {
        StringBuilder out = new StringBuilder("cycle among " + group + ":");
        for (String from : group) {
            for (String to : uses.get(from)) {
                if (group.contains(to)) {
                    out.append("\n  ").append(from).append(" -> ").append(to);
                }
            }
        }
        return out.toString();
    }
}
