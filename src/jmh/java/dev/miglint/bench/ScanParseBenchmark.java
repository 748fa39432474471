package dev.miglint.bench;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Steady-state cost of the scanner and of the statement model builder over every file of one dialect of the
 * shared corpus (or, without it, the repository's examples and fixtures). One operation is the whole set of
 * files. Run with {@code mvn -B -Pjmh verify -DskipTests} (docs/performance.md); JMH options go in
 * {@code -Djmh.args="..."}, e.g. {@code -Djmh.args="-p dialect=mysql -f 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m"})
public class ScanParseBenchmark {

    @Param({"postgres"})
    public String dialect;

    private Dialect parsedDialect;
    private List<String> texts;
    private List<ScanResult> scans;

    @Setup(Level.Trial)
    public void load() throws Exception {
        parsedDialect = Dialect.fromId(dialect);
        texts = new ArrayList<>();
        for (Path file : files()) {
            try {
                texts.add(SourceReader.read(file, file.toString()).text());
            } catch (dev.miglint.source.InputException e) {
                // not text: the linter reports it; nothing to measure
            }
        }
        scans = new ArrayList<>(texts.size());
        for (String text : texts) {
            scans.add(Scanner.scan(text, parsedDialect));
        }
        System.out.println("\n" + texts.size() + " files, " + texts.stream().mapToLong(String::length).sum() + " chars");
    }

    private List<Path> files() throws IOException {
        String configured = System.getProperty("miglint.corpus");
        List<Path> roots = new ArrayList<>();
        for (String candidate : new String[] {configured, "../shared/corpus", "../../shared/corpus"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, dialect))) {
                roots.add(Path.of(candidate, dialect));
                break;
            }
        }
        if (roots.isEmpty()) {
            roots.add(Path.of("examples"));
            roots.add(Path.of("test-fixtures"));
        }
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Benchmark
    public void scan(Blackhole bh) {
        for (String text : texts) {
            bh.consume(Scanner.scan(text, parsedDialect));
        }
    }

    @Benchmark
    public void buildModel(Blackhole bh) {
        StatementParser parser = new StatementParser(parsedDialect);
        for (int i = 0; i < texts.size(); i++) {
            List<ParsedStatement> statements = parser.parse(texts.get(i), scans.get(i));
            bh.consume(statements);
        }
    }

    @Benchmark
    public void scanAndBuildModel(Blackhole bh) {
        StatementParser parser = new StatementParser(parsedDialect);
        for (String text : texts) {
            bh.consume(parser.parse(text, Scanner.scan(text, parsedDialect)));
        }
    }
}
