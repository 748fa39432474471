package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.config.LintSettings;
import dev.miglint.model.Dialect;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.source.History;
import dev.miglint.source.HistoryFinder;
import dev.miglint.source.SourceReader;
import dev.miglint.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Lints the whole shared corpus of real migrations (skipped when it is absent, as on a user's clone):
 * no exception, no input problem, and at most 0.5% of statements unparsed. Prints what it measured.
 */
class CorpusSmokeTest {

    @Test
    void wholeCorpusLintsWithoutErrorsAndParsesNearlyEverything() throws IOException {
        Path corpus = Paths.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no corpus beside the repository");
        long statements = 0;
        long unparsed = 0;
        for (Dialect dialect : Dialect.values()) {
            Path root = corpus.resolve(dialect.id());
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> repos;
            try (Stream<Path> list = Files.list(root)) {
                repos = list.filter(Files::isDirectory).sorted().toList();
            }
            List<History> histories = new HistoryFinder(root, List.of()).find(repos).histories();
            LintOptions options = new LintOptions(LintSettings.defaults(dialect), true, RuleSelection.all());
            LintResult result = new Linter(RuleRegistry.load(), options)
                    .lint(histories, f -> SourceReader.read(f.path(), f.displayPath()));
            assertEquals(List.of(), result.problems(), "input problems in the " + dialect.id() + " corpus");
            System.out.printf("corpus %-8s files=%d statements=%d unparsed=%d (%.2f%%) findings=%d%n", dialect.id(),
                    result.files(), result.statements(), result.unparsed(),
                    100.0 * result.unparsed() / Math.max(1, result.statements()), result.findings().size());
            statements += result.statements();
            unparsed += result.unparsed();
        }
        double percent = 100.0 * unparsed / Math.max(1, statements);
        System.out.printf("corpus total statements=%d unparsed=%d (%.2f%%)%n", statements, unparsed, percent);
        assertTrue(percent <= 0.5, "unparsed " + percent + "% > 0.5%");
    }
}
