package dev.miglint.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Migration histories written to a temp directory, and dry runs over them. */
final class DryRunFixtures {
    private DryRunFixtures() {
    }

    static Path write(Path dir, String name, String sql) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, sql);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CliRun dryRun(Path dir, String... args) {
        return dryRun(dir, Map.of(), args);
    }

    static CliRun dryRun(Path dir, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("dry-run", "--format", "json"));
        all.addAll(List.of(args));
        return CliRun.run(dir, "", env, all.toArray(String[]::new));
    }

    static List<JsonNode> findings(CliRun run, String ruleId) {
        return JsonFindings.parse(run.stdout()).findings().stream()
                .filter(f -> f.path("ruleId").asText().equals(ruleId)).toList();
    }

    static String describe(CliRun run) {
        return "exit " + run.exitCode() + "\nstdout:\n" + run.stdout() + "\nstderr:\n" + run.stderr();
    }
}
