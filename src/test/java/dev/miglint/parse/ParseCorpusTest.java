package dev.miglint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scans and parses every file of the real-migration corpus; prints what is left unparsed and how long it took. */
class ParseCorpusTest {

    private static Path corpus() {
        String property = System.getProperty("miglint.corpus");
        for (String candidate : new String[] {property, "../shared/corpus", "/work/shared/corpus"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @Test
    void parsesTheCorpus() throws IOException {
        Path root = corpus();
        assumeTrue(root != null, "corpus not found");
        long totalStatements = 0;
        long totalUnparsed = 0;
        for (Dialect dialect : Dialect.values()) {
            Path dir = root.resolve(dialect.id());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
            }
            StatementParser parser = new StatementParser(dialect);
            Map<String, Integer> prefixes = new TreeMap<>();
            Map<String, String> examples = new LinkedHashMap<>();
            Map<String, Integer> origins = new TreeMap<>();
            Map<String, Integer> otherActions = new TreeMap<>();
            Map<String, Integer> others = new TreeMap<>();
            long untypedColumns = 0;
            boolean compareJSqlParser = Boolean.getBoolean("miglint.corpus.compareJSqlParser");
            JSqlParserComparison jsql = new JSqlParserComparison(dialect);
            long statements = 0;
            long unparsed = 0;
            long start = System.nanoTime();
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ScanResult scan = Scanner.scan(text, dialect);
                List<ParsedStatement> parsed = parser.parse(text, scan);
                for (int i = 0; i < parsed.size(); i++) {
                    assertEquals(i, parsed.get(i).index(), file.toString());
                }
                statements += parsed.size();
                if (compareJSqlParser) {
                    jsql.measure(text, scan, parsed);
                }
                for (ParsedStatement p : parsed) {
                    origins.merge(p.origin().name(), 1, Integer::sum);
                    if (p.model() instanceof dev.miglint.model.Statement.AlterTable at) {
                        at.actions(dev.miglint.model.AlterAction.Other.class).forEach(o -> otherActions.merge(o.keyword(), 1, Integer::sum));
                        untypedColumns += at.actions(dev.miglint.model.AlterAction.AddColumn.class).stream().filter(a -> a.column().type() == null).count();
                    } else if (p.model() instanceof dev.miglint.model.Statement.CreateTable ct) {
                        untypedColumns += ct.columns().stream().filter(c -> c.type() == null).count();
                    } else if (p.model() instanceof dev.miglint.model.Statement.Other o) {
                        others.merge(o.keyword(), 1, Integer::sum);
                    }
                    if (p.isUnparsed()) {
                        unparsed++;
                        String prefix = prefix(p.text());
                        prefixes.merge(prefix, 1, Integer::sum);
                        examples.putIfAbsent(prefix, root.relativize(file) + ": " + ((dev.miglint.model.Statement.Unparsed) p.model()).reason());
                    }
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            totalStatements += statements;
            totalUnparsed += unparsed;
            System.out.printf("%n[%s] files=%d statements=%d unparsed=%d (%.2f%%) parse+scan time=%d ms%n", dialect.id(),
                    files.size(), statements, unparsed, 100.0 * unparsed / Math.max(1, statements), millis);
            System.out.printf("  origins=%s untyped columns=%d%n  ALTER TABLE Other actions=%s%n  Other statements=%s%n", origins,
                    untypedColumns, otherActions, others);
            if (compareJSqlParser) {
                System.out.println("  " + jsql);
            }
            List<Map.Entry<String, Integer>> top = new ArrayList<>(prefixes.entrySet());
            top.sort((a, b) -> b.getValue() - a.getValue());
            for (Map.Entry<String, Integer> e : top.subList(0, Math.min(Integer.getInteger("miglint.corpus.top", 15), top.size()))) {
                System.out.printf("  %4d  %s%n        %s%n", e.getValue(), e.getKey(), examples.get(e.getKey()));
            }
        }
        double percent = 100.0 * totalUnparsed / Math.max(1, totalStatements);
        System.out.printf("%n[all] statements=%d unparsed=%d (%.2f%%)%n", totalStatements, totalUnparsed, percent);
        assertTrue(percent <= 0.5, "unparsed " + percent + "% > 0.5%");
    }

    /** Opt-in: how JSqlParser alone would do on the DDL our recognizer modelled, and how long it takes. */
    private static final class JSqlParserComparison {
        private final Dialect dialect;
        private long statements;
        private long failures;
        private long nanos;

        JSqlParserComparison(Dialect dialect) {
            this.dialect = dialect;
        }

        void measure(String text, ScanResult scan, List<ParsedStatement> parsed) {
            DdlModeler ddl = new DdlModeler(dialect); // its JSqlParser budget is per file, as in a lint
            for (ParsedStatement p : parsed) {
                if (p.origin() != ParsedStatement.Origin.RECOGNIZER) {
                    continue;
                }
                statements++;
                String masked = PlaceholderMasker.mask(text, p.span().start(), p.span().end(), dev.miglint.scan.Lexer
                        .tokenize(text, p.span().start(), p.span().end(), dialect).tokens());
                long start = System.nanoTime();
                try {
                    ddl.parseWithJSqlParser(masked);
                } catch (NotRecognizedException e) {
                    failures++;
                }
                nanos += System.nanoTime() - start;
            }
        }

        @Override
        public String toString() {
            return String.format("JSqlParser alone on the %d recognized DDL statements: %d failed (%.1f%%), %d ms", statements,
                    failures, 100.0 * failures / Math.max(1, statements), nanos / 1_000_000);
        }
    }

    private static String prefix(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 60 ? flat.substring(0, 60) : flat;
    }
}
