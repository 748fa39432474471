package dev.miglint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ScannerPropertyTest {

    /** Inputs covering every construct, including broken ones; every prefix of each is scanned too. */
    static final List<String> SAMPLES = List.of(
            "",
            "\uFEFF",
            "SELECT 1;\r\nSELECT 2;\rSELECT 3\n",
            "-- c\n/* b */ # h\n",
            "INSERT INTO t VALUES ('a;''b', \"c;d\", `e;f`, [g;h], E'i\\';j', X'1F', U&'k', N'l');",
            "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $$ x $$ $fn$ LANGUAGE sql; SELECT $1, $$a;$$;",
            "/* a /* b; */ c; */ SELECT 1;",
            "CREATE TABLE {{ index .Options \"Namespace\" }}.t (id int); ALTER TABLE ${schema}.t ADD c int;",
            "CREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE TABLE b (id int)\n--> statement-breakpoint\n",
            "-- +goose Up\n-- +goose StatementBegin\nSELECT 1; SELECT 2;\n-- +goose StatementEnd\nSELECT 3;\n",
            "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nSELECT 2;\n",
            "DELIMITER //\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END //\n",
            "CREATE TRIGGER tr AFTER UPDATE ON t BEGIN UPDATE t SET x = CASE WHEN 1 THEN 2 END; END;\nBEGIN;\n",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END; BEGIN TRANSACTION; END;",
            "\\connect db\n\\set x 'y'\nCOPY t FROM stdin;\n1\t2\n\\.\nSELECT 1;\n",
            "SELECT 'unterminated; SELECT 2;",
            "SELECT \"unterminated; SELECT 2;",
            "SELECT $$unterminated; SELECT 2;",
            "SELECT 1 /* unterminated; SELECT 2;",
            "SELECT {{ unterminated; SELECT 2;",
            "SELECT ${unterminated; SELECT 2;",
            "SELECT (((1; SELECT 2;",
            "SELECT 1)); SELECT 2;",
            "x\0y;\0",
            "SELECT a::int, b ->> 'k', c @> '{}', ? , :name, @v FROM t WHERE d ~ 'x' AND 1.5e3 > .5 AND 0xFF;",
            "CREATE TABLE café (名前 text, \uD83D\uDE00 int);",
            "END; END IF; CASE; BEGIN ATOMIC; DELIMITER; DELIMITER\n",
            "\r\n\r\n  \t ;\n");

    @Test
    void everySampleAndEveryPrefixSatisfiesTheInvariants() {
        for (Dialect dialect : Dialect.values()) {
            for (String sample : SAMPLES) {
                for (int end = 0; end <= sample.length(); end++) {
                    String prefix = sample.substring(0, end);
                    ScanProperties.check(prefix, 0, end, Scanner.scan(prefix, dialect));
                    ScanProperties.checkTokens(Lexer.tokenize(prefix, dialect).tokens(), 0, end, prefix);
                }
            }
        }
    }

    @Test
    void everySubrangeOfASampleSatisfiesTheInvariants() {
        for (Dialect dialect : Dialect.values()) {
            for (String sample : SAMPLES) {
                String padded = "'x$$/*" + sample + "*/$$'";
                int from = 6;
                int to = padded.length() - 5;
                ScanProperties.check(padded, from, to, Scanner.scan(padded, from, to, dialect));
            }
        }
    }

    @Test
    void randomFragmentSoupSatisfiesTheInvariants() {
        String[] fragments = {"SELECT", " ", "\n", "\r\n", ";", "'", "''", "\"", "`", "[", "]", "$$", "$a$", "$1",
            "--", "-->", " statement-breakpoint", "#", "/*", "*/", "/*!", "(", ")", "{{", "}}", "${", "}", "\\",
            "\\.", "E'", "\\'", "BEGIN", "END", "CASE", "CREATE", "TRIGGER", "FUNCTION", "ATOMIC", "IF",
            "-- +goose StatementBegin\n", "-- +goose StatementEnd\n", "\nDELIMITER $$\n", "\nDELIMITER ;\n",
            "COPY t FROM stdin", "\0", "\uFEFF", "\uD83D\uDE00", "é", "1.5", "::", "?", ":x", "@"};
        Random random = new Random(42);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(40);
            for (int p = 0; p < parts; p++) {
                sb.append(fragments[random.nextInt(fragments.length)]);
            }
            String sql = sb.toString();
            Dialect dialect = Dialect.values()[i % 3];
            ScanProperties.check(sql, 0, sql.length(), Scanner.scan(sql, dialect));
        }
    }

    @Test
    void deepNestingFinishesFastWithoutStackOverflow() {
        String parens = "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; SELECT 2;";
        String comments = "/*".repeat(20_000) + " x " + "*/".repeat(20_000) + " SELECT 1;";
        String unclosed = "SELECT " + "(".repeat(20_000) + "; SELECT 2; " + "/*".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(2, Scanner.scan(parens, Dialect.POSTGRES).statements().size());
            ScanResult commented = Scanner.scan(comments, Dialect.POSTGRES);
            assertEquals(List.of("SELECT 1"), commented.statements().stream().map(s -> s.text(comments))
                    .collect(Collectors.toList()));
            assertEquals(1, commented.comments().size());
            ScanResult broken = Scanner.scan(unclosed, Dialect.POSTGRES);
            assertEquals(1, broken.statements().size());
            ScanProperties.check(unclosed, 0, unclosed.length(), broken);
        });
    }

    @Test
    void sixtyThousandStatements() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            sb.append("INSERT INTO t (id, name) VALUES (").append(i).append(", 'n;").append(i).append("'); -- row\n");
        }
        String sql = sb.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
            assertEquals(60_000, result.statements().size());
            assertEquals(60_000, result.comments().size());
            ScanProperties.check(sql, 0, sql.length(), result);
        });
    }

    @Test
    void pathologicalRepetitionsStayLinear() {
        String arrows = "--> not a breakpoint\n".repeat(50_000) + "SELECT 1;";
        String copies = "COPY t FROM stdin;\n".repeat(50_000);
        String unclosedBrackets = "SELECT [a ".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(1, Scanner.scan(arrows, Dialect.POSTGRES).statements().size());
            assertEquals(50_000, Scanner.scan(copies, Dialect.POSTGRES).statements().size());
            assertEquals(1, Scanner.scan(unclosedBrackets, Dialect.SQLITE).problems().size());
        });
    }

    /** Found by MigrationFuzzTest: 'DELIMITER' then a form feed, vertical tab or NUL set an empty terminator and looped. */
    @Test
    void delimiterFollowedByOnlyUnusualWhitespaceIsNotACommand() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String sep : new String[] {"\f", "\u000B", "\0", "\u00A0", "\u2028"}) {
                for (Dialect dialect : Dialect.values()) {
                    String sql = "DELIMITER " + sep + "$$\nCREATE TABLE t (a int);\nDELIMITER " + sep + "\nSELECT 1;\n";
                    ScanResult result = Scanner.scan(sql, dialect);
                    ScanProperties.check(sql, 0, sql.length(), result);
                }
            }
        });
    }

    @Test
    void realWorldCorpus() throws IOException {
        Path corpus = corpusDirectory();
        Assumptions.assumeTrue(corpus != null, "no SQL corpus directory");
        Map<Dialect, int[]> counts = new EnumMap<>(Dialect.class);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted()
                    .collect(Collectors.toList());
        }
        List<String> problemFiles = new ArrayList<>();
        for (Path file : files) {
            Dialect dialect = dialectOf(corpus.relativize(file));
            if (dialect == null) {
                continue;
            }
            String sql = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            ScanResult result;
            try {
                result = Scanner.scan(sql, dialect);
                ScanProperties.check(sql, 0, sql.length(), result);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("failed on " + file + ": " + e.getMessage(), e);
            }
            if (!result.problems().isEmpty()) {
                problemFiles.add(corpus.relativize(file) + " " + result.problems());
            }
            int[] count = counts.computeIfAbsent(dialect, d -> new int[3]);
            count[0]++;
            count[1] += (int) result.segments().stream().filter(s -> s.kind() == SegmentKind.STATEMENT).count();
            count[2] += (int) result.segments().stream().filter(s -> s.kind() == SegmentKind.META_COMMAND).count();
        }
        counts.forEach((dialect, count) -> System.out.printf(Locale.ROOT,
                "corpus %-8s files=%d statements=%d meta-commands=%d%n", dialect.id(), count[0], count[1], count[2]));
        System.out.println("corpus files with scan problems: " + problemFiles.size());
        problemFiles.forEach(p -> System.out.println("  " + p));
        assertTrue(counts.values().stream().mapToInt(c -> c[0]).sum() > 0, "corpus directory holds no .sql files");
    }

    private static Dialect dialectOf(Path relative) {
        if (relative.getNameCount() < 2) {
            return null;
        }
        try {
            return Dialect.fromId(relative.getName(0).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Path corpusDirectory() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("miglint.corpus");
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        candidates.add("../shared/corpus");
        candidates.add("/work/shared/corpus");
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isDirectory(path)) {
                return path;
            }
        }
        return null;
    }
}
