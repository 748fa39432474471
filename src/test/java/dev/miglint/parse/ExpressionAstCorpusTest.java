package dev.miglint.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.miglint.model.Dialect;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;
import dev.miglint.model.ViewOutputColumns;
import dev.miglint.scan.Lexer;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.junit.jupiter.api.Test;

/**
 * Opt-in measurement ({@code -Dmiglint.corpus.measureExpressionAst=true}): would a real AST pay for the parts of
 * statements our token readers answer today? For every view and materialized view, UPDATE, DELETE and INSERT .. SELECT
 * of the shared corpora it times JSqlParser on the statement and counts what it rejects; for views it also compares
 * the number of output columns JSqlParser's select list gives with what {@link ViewOutputColumns} reads from the tokens.
 * docs/architecture.md quotes its output.
 */
class ExpressionAstCorpusTest {

    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jsqlparser-measure");
        t.setDaemon(true);
        return t;
    });

    @Test
    void measuresJSqlParserOnViewBodiesAndDmlWhereClauses() throws IOException {
        assumeTrue(Boolean.getBoolean("miglint.corpus.measureExpressionAst"), "opt-in measurement");
        boolean any = false;
        long compared = 0;
        long agreeing = 0;
        for (String root : new String[] {"../shared/corpus", "../shared/corpus2"}) {
            Path corpus = Path.of(root);
            if (!Files.isDirectory(corpus)) {
                continue;
            }
            any = true;
            for (Dialect dialect : Dialect.values()) {
                Path dir = corpus.resolve(dialect.id());
                if (Files.isDirectory(dir)) {
                    Measurement m = measure(dir, dialect);
                    System.out.println(corpus.getFileName() + " " + dialect.id() + ": " + m);
                    compared += m.viewsCompared;
                    agreeing += m.viewsAgreeing;
                }
            }
        }
        assumeTrue(any, "corpus not found");
        // an independent parser is a check on the token reader: where both know a view's columns they must agree
        assertTrue(agreeing >= 0.95 * compared, agreeing + " of " + compared + " views agree");
    }

    private static Measurement measure(Path dir, Dialect dialect) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
        }
        StatementParser parser = new StatementParser(dialect);
        Measurement m = new Measurement();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ScanResult scan = Scanner.scan(text, dialect);
            for (ParsedStatement p : parser.parse(text, scan)) {
                String form = form(p.model());
                if (form != null && !p.nested()) {
                    m.add(form, p, text, dialect);
                }
            }
        }
        return m;
    }

    private static String form(Statement model) {
        if (model instanceof Statement.CreateOther co
                && (co.kind() == ObjectKind.VIEW || co.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            return "view";
        }
        if (model instanceof Statement.Update u) {
            return u.hasWhere() ? "update-where" : null;
        }
        if (model instanceof Statement.Delete d) {
            return d.hasWhere() ? "delete-where" : null;
        }
        return model instanceof Statement.Insert i && i.fromSelect() ? "insert-select" : null;
    }

    private static final class Measurement {
        private final Map<String, long[]> byForm = new TreeMap<>(); // statements, rejected, nanos
        private long viewsCompared;
        private long viewsAgreeing;
        private long viewsOnlyJSqlParser;
        private long viewsOnlyTokens;
        private long tokenNanos;

        void add(String form, ParsedStatement p, String text, Dialect dialect) {
            String masked = PlaceholderMasker.mask(text, p.span().start(), p.span().end(),
                    Lexer.tokenize(text, p.span().start(), p.span().end(), dialect).tokens());
            long[] counts = byForm.computeIfAbsent(form, k -> new long[3]);
            counts[0]++;
            long start = System.nanoTime();
            net.sf.jsqlparser.statement.Statement ast = null;
            try {
                ast = CCJSqlParserUtil.parse(masked, EXECUTOR, parser -> parser.withTimeOut(5_000));
            } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
                counts[1]++;
            }
            counts[2] += System.nanoTime() - start;
            if (form.equals("view")) {
                long tokensStart = System.nanoTime();
                Optional<List<ViewOutputColumns.Column>> read = ViewOutputColumns.of(p.tokens());
                tokenNanos += System.nanoTime() - tokensStart;
                Integer astColumns = columns(ast);
                if (astColumns != null && read.isPresent()) {
                    viewsCompared++;
                    viewsAgreeing += astColumns == read.get().size() ? 1 : 0;
                } else if (astColumns != null) {
                    viewsOnlyJSqlParser++;
                } else if (read.isPresent()) {
                    viewsOnlyTokens++;
                }
            }
        }

        /** The number of output columns of a view's plain top-level SELECT without a star; null when not known. */
        private static Integer columns(net.sf.jsqlparser.statement.Statement ast) {
            if (!(ast instanceof CreateView view) || view.getColumnNames() != null && !view.getColumnNames().isEmpty()) {
                return ast instanceof CreateView v && v.getColumnNames() != null ? v.getColumnNames().size() : null;
            }
            Select select = view.getSelect();
            if (!(select instanceof PlainSelect plain) || plain.getSelectItems() == null) {
                return null;
            }
            for (SelectItem<?> item : plain.getSelectItems()) {
                if (item.getExpression() instanceof AllColumns) {
                    return null;
                }
            }
            return plain.getSelectItems().size();
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            byForm.forEach((form, c) -> out.append(String.format("%s %d (JSqlParser rejects %d = %.1f%%, %d ms); ",
                    form, c[0], c[1], 100.0 * c[1] / Math.max(1, c[0]), c[2] / 1_000_000)));
            out.append(String.format("view columns: both know %d, agree %d; only JSqlParser %d, only tokens %d;"
                    + " token reading %d ms", viewsCompared, viewsAgreeing, viewsOnlyJSqlParser, viewsOnlyTokens,
                    tokenNanos / 1_000_000));
            return out.toString();
        }
    }
}
