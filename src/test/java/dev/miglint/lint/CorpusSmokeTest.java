package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.settings.LintSettings;
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
        long[] counts = lintCorpus(corpus, "corpus");
        double percent = 100.0 * counts[1] / Math.max(1, counts[0]);
        assertTrue(percent <= 0.5, "unparsed " + percent + "% > 0.5%");
    }

    /** corpus2 holds only valid SQL for its dialects: goose blocks, Atlas output, dotted Flyway versions all parse. */
    @Test
    void secondCorpusLintsWithoutErrorsAndParsesEveryStatement() throws IOException {
        Path corpus = Paths.corpus2().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no corpus2 beside the repository");
        assertEquals(0, lintCorpus(corpus, "corpus2")[1], "unparsed statements in corpus2");
    }

    /** Lints every repository of a corpus per dialect; prints and returns {statements, unparsed}. */
    private static long[] lintCorpus(Path corpus, String label) throws IOException {
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
            assertEquals(List.of(), result.problems(), "input problems in the " + dialect.id() + " " + label);
            System.out.printf(label + " %-8s files=%d statements=%d unparsed=%d (%.2f%%) findings=%d%n", dialect.id(),
                    result.files(), result.statements(), result.unparsed(),
                    100.0 * result.unparsed() / Math.max(1, result.statements()), result.findings().size());
            statements += result.statements();
            unparsed += result.unparsed();
        }
        System.out.printf(label + " total statements=%d unparsed=%d (%.2f%%)%n", statements, unparsed,
                100.0 * unparsed / Math.max(1, statements));
        return new long[] {statements, unparsed};
    }
}
