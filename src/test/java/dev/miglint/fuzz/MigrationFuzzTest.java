package dev.miglint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.cli.Main;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.parse.StatementParser;
import dev.miglint.scan.Lexer;
import dev.miglint.scan.ScanProperties;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.scan.Segment;
import dev.miglint.scan.SegmentKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz tests (Jazzer) of the scanner, the statement model builder (scan + parse) and the whole
 * lint pipeline, in-process. In a plain {@code mvn test} they run only their seeds, the files under
 * {@code src/test/resources/dev/miglint/fuzz/MigrationFuzzTestInputs/} (regression mode); {@code JAZZER_FUZZ=1}
 * turns one of them into a fuzzing campaign ({@code .ci/run} runs each for a bounded time, docs/reliability.md).
 * A crash found while fuzzing is written to that directory and so becomes a regression seed.
 *
 * <p>Properties, whatever the bytes: no exception escapes; no input takes more than 2 s; scanner segments
 * re-join to the input exactly and never overlap; statement spans are in order, inside the file and never
 * overlap; the CLI answers with exit 0 or 2, one line per problem naming the file, valid JSON, no stack trace.
 *
 * <p>{@code maxDuration} is the default campaign length; {@code -Djazzer.max_duration=...} overrides it.
 *
 * <p>The first byte of an input picks the dialect; the rest is the file's bytes.
 */
class MigrationFuzzTest {
    /** The property: no input takes longer than this. JSqlParser's own limit is lowered for campaigns (.ci/run). */
    static final long TIME_LIMIT_NANOS = 2_000_000_000L;
    private static final long HANG_SECONDS = 30;
    static final long MAIN_THREAD_STACK_BYTES = 1L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Runs the whole pipeline once per dialect on the worker before anything is measured: the first input would
     * otherwise pay for loading (and, in a campaign, instrumenting) every class, seconds of CPU on a busy machine.
     */
    @BeforeAll
    static void loadClassesBeforeMeasuring() throws Exception {
        String sample = "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT a FROM t;\nALTER TABLE t ADD COLUMN b int;\n"
                + "COPY t TO PROGRAM 'true';\nDROP TABLE t;\n";
        for (Dialect dialect : Dialect.values()) {
            worker.submit(() -> Main.run(new Main.Environment(
                    new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Map.of(),
                    Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(), false),
                    "lint", "--format", "json", "--dialect", dialect.id(), "-")).get(HANG_SECONDS, TimeUnit.SECONDS);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void scanner(byte[] input) {
        Dialect dialect = dialect(input);
        String text = text(input);
        ScanResult scan = bounded("scan", () -> Scanner.scan(text, dialect));
        ScanProperties.check(text, 0, text.length(), scan);
        ScanProperties.checkTokens(Lexer.tokenize(text, dialect).tokens(), 0, text.length(), "");
        if (text.length() > 2) { // a range inside the text, as sections (goose, dbmate, Liquibase) are scanned
            int from = text.length() / 3;
            int to = text.length() - text.length() / 3;
            ScanProperties.check(text, from, to, Scanner.scan(text, from, to, dialect));
        }
    }

    @FuzzTest(maxDuration = "30s")
    void statementModel(byte[] input) {
        Dialect dialect = dialect(input);
        String text = text(input);
        ScanResult scan = bounded("scan", () -> Scanner.scan(text, dialect));
        List<ParsedStatement> statements = bounded("parse", () -> new StatementParser(dialect).parse(text, scan));
        List<Segment> segments = scan.statements().stream()
                .filter(s -> s.kind() == SegmentKind.STATEMENT || s.kind() == SegmentKind.META_COMMAND).toList();
        int previousEnd = 0;
        int enclosingEnd = 0;
        int topLevel = 0;
        for (int i = 0; i < statements.size(); i++) {
            ParsedStatement s = statements.get(i);
            assertEquals(i, s.index(), "statement indexes are positions");
            assertTrue(s.span().start() >= 0 && s.span().end() <= text.length() && s.span().length() > 0,
                    "span inside the file: " + s.span());
            assertEquals(text.substring(s.span().start(), s.span().end()), s.text(), "text is the span's text");
            assertTrue(s.model() != null, "every statement has a model");
            if (s.nested()) { // inside the DO block just before: after the previous nested one, within the block
                assertTrue(s.span().start() >= previousEnd && s.span().end() <= enclosingEnd,
                        "nested statement outside its block or overlapping: " + s.span());
            } else {
                assertTrue(s.span().start() >= enclosingEnd, "statements overlap: " + s.span());
                while (topLevel < segments.size() && !segments.get(topLevel).span().equals(s.span())) {
                    topLevel++; // a segment of only comments models nothing
                }
                assertTrue(topLevel < segments.size(), "a top-level statement is a scanner segment: " + s.span());
                topLevel++;
                enclosingEnd = s.span().end();
                previousEnd = s.span().start();
                continue;
            }
            previousEnd = s.span().end();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void lintPipeline(byte[] input) throws IOException {
        Dialect dialect = dialect(input);
        byte[] file = new byte[Math.max(0, input.length - 1)];
        System.arraycopy(input, Math.min(1, input.length), file, 0, file.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Environment env = new Main.Environment(new ByteArrayInputStream(file),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(), false);
        int code = bounded("lint", () -> Main.run(env, "lint", "--quiet", "--format", "json", "--fail-on", "never",
                "--dialect", dialect.id(), "--stdin-filename", "fuzz.sql", "-"));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(code == 0 || code == 2, "exit code " + code + ": " + stderr);
        assertEquals(code == 2, !stderr.isEmpty(), "exit 2 exactly when a problem is reported: " + stderr);
        assertFalse(stderr.contains("\tat ") || stderr.contains("internal error"), stderr);
        for (String line : stderr.split("\n")) {
            assertTrue(line.isEmpty() || line.startsWith("fuzz.sql: "), "one line naming the file: " + line);
        }
        JsonNode report = JSON.readTree(out.toByteArray());
        assertTrue(report.path("findings").isArray(), "a JSON report: " + out);
    }

    /** The worker that runs each input, replaced when one hangs (a looping thread cannot be stopped). */
    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            // the 1 MB stack of a plain java run's main thread, not surefire's -Xss: the replay thread prepares
            // files on the caller's stack, so recursion that needs more is a finding
            Thread t = new Thread(null, r, "fuzz-target", MAIN_THREAD_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on the worker: more than 2 s of CPU fails the property, and a hang fails after
     * {@link #HANG_SECONDS} instead of stalling the campaign (libFuzzer's own timeout only follows a JUnit
     * {@code @Timeout}, which would also cut the campaign itself).
     */
    private static <T> T bounded(String what, Callable<T> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[1];
        Future<T> future = worker.submit(() -> {
            long c0 = threads.getCurrentThreadCpuTime();
            try {
                return work.call();
            } finally {
                cpu[0] = threads.getCurrentThreadCpuTime() - c0;
            }
        });
        T result;
        try {
            result = future.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker = newWorker();
            throw new AssertionError(what + " did not finish in " + HANG_SECONDS + " s (a hang)");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(what + " interrupted", e);
        }
        // CPU time, not wall time: other builds on the machine and GC pauses must not fail the property
        assertTrue(cpu[0] < TIME_LIMIT_NANOS, what + " took " + cpu[0] / 1_000_000 + " ms of CPU");
        return result;
    }

    private static Dialect dialect(byte[] input) {
        return Dialect.values()[input.length == 0 ? 0 : (input[0] & 0xFF) % Dialect.values().length];
    }

    /** The file's text as the source reader would give it (invalid bytes replaced: the scanner sees any string). */
    private static String text(byte[] input) {
        return input.length <= 1 ? "" : new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    }
}
