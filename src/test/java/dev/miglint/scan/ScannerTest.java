package dev.miglint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScannerTest {

    static List<String> statements(String sql, Dialect dialect) {
        ScanResult result = Scanner.scan(sql, dialect);
        ScanProperties.check(sql, 0, sql.length(), result);
        return result.statements().stream().map(s -> s.text(sql)).collect(Collectors.toList());
    }

    static String segmentKinds(String sql, Dialect dialect) {
        return Scanner.scan(sql, dialect).segments().stream().map(s -> s.kind().name().substring(0, 1))
                .collect(Collectors.joining());
    }

    @Test
    void splitsAtSemicolonsAndExcludesTerminator() {
        String sql = "CREATE TABLE a (id int);\nDROP TABLE b ;  ";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(List.of(new Span(0, 23), new Span(25, 37)),
                result.statements().stream().map(Segment::span).collect(Collectors.toList()));
        assertEquals("STST", segmentKinds(sql, Dialect.POSTGRES));
        assertEquals(List.of("CREATE TABLE a (id int)", "DROP TABLE b"), statements(sql, Dialect.POSTGRES));
    }

    @Test
    void lastStatementNeedsNoTerminator() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), statements("SELECT 1;\nSELECT 2\n", Dialect.SQLITE));
    }

    @Test
    void emptyAndCommentOnlyInputHaveNoStatements() {
        assertEquals(List.of(), statements("", Dialect.POSTGRES));
        assertEquals(0, Scanner.scan("", Dialect.POSTGRES).segments().size());
        assertEquals(List.of(), statements("-- only a comment\n/* and\nthis */\n", Dialect.MYSQL));
        assertEquals(List.of(), statements(" ;; ; \n", Dialect.SQLITE));
        assertEquals("T", segmentKinds("\uFEFF-- c\n", Dialect.POSTGRES));
    }

    @Test
    void leadingAndTrailingCommentsAreTriviaInteriorOnesBelongToTheStatement() {
        String sql = "-- miglint:ignore rule-a -- reason\nALTER TABLE t /* why */ ADD c int -- tail\n;\n";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(List.of("ALTER TABLE t /* why */ ADD c int"),
                result.statements().stream().map(s -> s.text(sql)).collect(Collectors.toList()));
        assertEquals(List.of("-- miglint:ignore rule-a -- reason", "/* why */", "-- tail"),
                result.comments().stream().map(c -> c.text(sql)).collect(Collectors.toList()));
        List<Token> tokens = result.statements().get(0).tokens();
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == TokenKind.BLOCK_COMMENT));
        assertTrue(tokens.stream().noneMatch(t -> t.kind() == TokenKind.LINE_COMMENT));
    }

    @Test
    void bomIsSkipped() {
        assertEquals(List.of("SELECT 1"), statements("\uFEFFSELECT 1;", Dialect.POSTGRES));
        assertEquals(1, Scanner.scan("\uFEFFSELECT 1;", Dialect.POSTGRES).statements().get(0).span().start());
    }

    @Test
    void semicolonsInsideQuotesCommentsAndDollarQuotesDoNotSplit() {
        String sql = "INSERT INTO t VALUES ('a;b', \"c;d\"); -- x;y\n"
                + "CREATE FUNCTION f() RETURNS void AS $body$ BEGIN; PERFORM 1; END $body$ LANGUAGE plpgsql;\n"
                + "/* a; /* nested; */ b; */ SELECT E'\\';';";
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', \"c;d\")",
                "CREATE FUNCTION f() RETURNS void AS $body$ BEGIN; PERFORM 1; END $body$ LANGUAGE plpgsql",
                "SELECT E'\\';'"), statements(sql, Dialect.POSTGRES));
    }

    @Test
    void mysqlBackslashEscapedQuoteDoesNotSplit() {
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; ok', \"a\\\";\")", "SELECT 1"),
                statements("INSERT INTO t VALUES ('it\\'s; ok', \"a\\\";\");SELECT 1;", Dialect.MYSQL));
    }

    @Test
    void semicolonInsideParenthesesDoesNotSplit() {
        String sql = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));\nSELECT 1;";
        assertEquals(List.of("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
                "SELECT 1"), statements(sql, Dialect.POSTGRES));
    }

    @Test
    void drizzleBreakpointSeparatesStatements() {
        String sql = "CREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE TABLE b (id int)\n"
                + "--> statement-breakpoint\nALTER TABLE b ADD c int;";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(List.of("CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "ALTER TABLE b ADD c int"),
                statements(sql, Dialect.POSTGRES));
        assertEquals(2, result.comments().size());
    }

    @Test
    void gooseStatementBlockSplitsIntoStatementsKeepingBodiesWhole() {
        String sql = "-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n"
                + "  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\nDO $do$ BEGIN PERFORM 1; END $do$;\nCREATE INDEX i ON t (a);\n"
                + "SELECT 1\n-- +goose StatementEnd\nCREATE TABLE x (id int);\n-- +goose Down\nDROP TABLE x;\n";
        List<String> statements = statements(sql, Dialect.POSTGRES);
        assertEquals(6, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE FUNCTION f()"));
        assertTrue(statements.get(0).endsWith("END;\n$$ LANGUAGE plpgsql"));
        assertEquals("DO $do$ BEGIN PERFORM 1; END $do$", statements.get(1));
        assertEquals("CREATE INDEX i ON t (a)", statements.get(2));
        assertEquals("SELECT 1", statements.get(3));
        assertEquals("CREATE TABLE x (id int)", statements.get(4));
        assertEquals("DROP TABLE x", statements.get(5));
    }

    @Test
    void gooseBlockWithUnquotedSemicolonsInMysql() {
        String sql = "-- +goose StatementBegin\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;\n"
                + "-- +goose StatementEnd\n";
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END"), statements(sql, Dialect.MYSQL));
    }

    @Test
    void delimiterLinesChangeTheTerminator() {
        String sql = "DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  IF x THEN SELECT 2; END IF;\nEND$$\n"
                + "DELIMITER ;\nCALL p();\ndelimiter //\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END //\n"
                + "DELIMITER ;\n";
        ScanResult result = Scanner.scan(sql, Dialect.MYSQL);
        assertEquals(List.of("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  IF x THEN SELECT 2; END IF;\nEND", "CALL p()",
                "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END"),
                statements(sql, Dialect.MYSQL));
        assertTrue(result.segments().get(0).text(sql).startsWith("DELIMITER $$\n"));
        assertEquals(SegmentKind.TRIVIA, result.segments().get(0).kind());
    }

    @Test
    void semicolonBeforeCustomDelimiterIsExcludedAndDelimiterLineEndsAnOpenStatement() {
        String sql = "delimiter d//\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND;\nd//\n"
                + "UPDATE t SET a = 1;\n\ndelimiter ;\nCALL p();\n";
        assertEquals(List.of("CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND", "UPDATE t SET a = 1", "CALL p()"),
                statements(sql, Dialect.MYSQL));
    }

    @Test
    void delimiterWordInsideAStatementIsNotACommand() {
        String sql = "COPY t FROM '/x.csv' WITH\nDELIMITER ',';\nSELECT 1;";
        assertEquals(List.of("COPY t FROM '/x.csv' WITH\nDELIMITER ','", "SELECT 1"), statements(sql, Dialect.POSTGRES));
    }

    @Test
    void sqliteTriggerBodyIsOneStatement() {
        String sql = "CREATE TRIGGER tr AFTER UPDATE ON t\nBEGIN\n  UPDATE t SET x = CASE WHEN new.a THEN 1 ELSE 0 END;\n"
                + "  INSERT INTO log VALUES (1);\nEND;\nCREATE TEMP TRIGGER t2 AFTER INSERT ON t BEGIN SELECT 1; END;\nBEGIN;\nCOMMIT;";
        assertEquals(List.of("CREATE TRIGGER tr AFTER UPDATE ON t\nBEGIN\n  UPDATE t SET x = CASE WHEN new.a THEN 1 ELSE 0 END;\n"
                + "  INSERT INTO log VALUES (1);\nEND", "CREATE TEMP TRIGGER t2 AFTER INSERT ON t BEGIN SELECT 1; END",
                "BEGIN", "COMMIT"), statements(sql, Dialect.SQLITE));
    }

    @Test
    void mysqlTriggerAndProcedureWithoutDelimiter() {
        String sql = "CREATE DEFINER=`root`@`%` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n"
                + "  CASE WHEN NEW.a > 1 THEN SET NEW.b = 1; ELSE SET NEW.b = 2; END CASE;\n"
                + "  WHILE x DO SET x = 0; END WHILE;\nEND;\n"
                + "CREATE TRIGGER tr2 BEFORE INSERT ON t FOR EACH ROW SET NEW.c = 1;\nSELECT 1;";
        assertEquals(List.of("CREATE DEFINER=`root`@`%` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n"
                + "  CASE WHEN NEW.a > 1 THEN SET NEW.b = 1; ELSE SET NEW.b = 2; END CASE;\n"
                + "  WHILE x DO SET x = 0; END WHILE;\nEND",
                "CREATE TRIGGER tr2 BEFORE INSERT ON t FOR EACH ROW SET NEW.c = 1", "SELECT 1"),
                statements(sql, Dialect.MYSQL));
    }

    @Test
    void postgresBeginAtomicBody() {
        String sql = "CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                + "  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND;\n"
                + "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END;\nSELECT 3;";
        assertEquals(List.of("CREATE OR REPLACE FUNCTION f(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                + "  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND",
                "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END", "SELECT 3"),
                statements(sql, Dialect.POSTGRES));
    }

    @Test
    void transactionStatementsStayOnTheirOwn() {
        for (Dialect dialect : Dialect.values()) {
            assertEquals(List.of("BEGIN", "CREATE TABLE t (a int)", "COMMIT", "BEGIN TRANSACTION", "BEGIN WORK",
                    "START TRANSACTION", "SELECT CASE WHEN 1 THEN 2 END", "END"),
                    statements("BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;\nBEGIN TRANSACTION;\nBEGIN WORK;\n"
                            + "START TRANSACTION;\nSELECT CASE WHEN 1 THEN 2 END;\nEND;", dialect), dialect.name());
        }
    }

    @Test
    void createTableNamedEventIsNotATriggerBody() {
        assertEquals(List.of("CREATE TABLE event (id int, \"begin\" text)", "SELECT 1"),
                statements("CREATE TABLE event (id int, \"begin\" text);SELECT 1;", Dialect.SQLITE));
    }

    @Test
    void psqlMetaCommands() {
        String sql = "\\set ON_ERROR_STOP on\n  \\connect db\r\nCREATE TABLE a (x int);\n\\i file.sql  \nSELECT 1";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(List.of("\\set ON_ERROR_STOP on", "\\connect db", "CREATE TABLE a (x int)", "\\i file.sql", "SELECT 1"),
                statements(sql, Dialect.POSTGRES));
        assertEquals(List.of(SegmentKind.META_COMMAND, SegmentKind.META_COMMAND, SegmentKind.STATEMENT,
                SegmentKind.META_COMMAND, SegmentKind.STATEMENT),
                result.statements().stream().map(Segment::kind).collect(Collectors.toList()));
        assertEquals("connect", result.statements().get(1).tokens().get(1).text(sql));
    }

    @Test
    void copyFromStdinDataIsOneBlock() {
        String sql = "COPY t (a, b) FROM stdin;\n1\t'x;\n2\t\\N; SELECT\n\\.\nSELECT 1;\n";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        // the rows belong to the COPY: not a statement of their own
        assertEquals(List.of("COPY t (a, b) FROM stdin", "SELECT 1"), statements(sql, Dialect.POSTGRES));
        Segment data = copyData(result);
        assertEquals("1\t'x;\n2\t\\N; SELECT\n\\.", data.text(sql));
        assertTrue(data.isCopyData());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void copyFromStdinFormsAllKeepTheirRows() {
        for (String copy : List.of(
                "COPY app.plans FROM stdin WITH (FORMAT csv);",
                "COPY app.plans FROM STDIN WITH (FORMAT csv, HEADER true);",
                "copy app.plans (code, price) from stdin with csv header;",
                "COPY app.plans FROM stdin; -- seed rows",
                "COPY app.plans FROM stdin /* rows */ WITH DELIMITER ',';",
                "COPY app.plans\n    (code, price)\nFROM stdin\nWITH (FORMAT csv, DELIMITER ';');",
                "COPY \"App\".\"Plans\" FROM stdin (FORMAT text);")) {
            for (String newline : List.of("\n", "\r\n")) {
                String sql = ("-- verdict: safe\n" + copy + "\nfree,0,1\nteam;4900;50\n\\.\nSELECT 1;\n").replace("\n", newline);
                ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
                List<String> texts = statements(sql, Dialect.POSTGRES);
                assertEquals(2, texts.size(), copy + " -> " + texts);
                assertTrue(texts.get(0).toUpperCase(java.util.Locale.ROOT).startsWith("COPY"), texts.toString());
                assertEquals("SELECT 1", texts.get(1));
                assertTrue(copyData(result).text(sql).startsWith("free,0,1"), copy);
            }
        }
    }

    @Test
    void psqlSetLinesAroundCopyAreMetaCommands() {
        String sql = "\\set ON_ERROR_STOP on\nCOPY t FROM stdin;\n1\n\\.\n\\set x 1\n";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(List.of(SegmentKind.META_COMMAND, SegmentKind.STATEMENT, SegmentKind.META_COMMAND),
                result.statements().stream().map(Segment::kind).collect(Collectors.toList()));
    }

    private static Segment copyData(ScanResult result) {
        return result.segments().stream().filter(Segment::isCopyData).findFirst().orElseThrow();
    }

    @Test
    void copyFromStdinWithoutEndMarkerConsumesNothing() {
        assertEquals(List.of("COPY t FROM STDIN", "SELECT 1"), statements("COPY t FROM STDIN;\nSELECT 1;", Dialect.POSTGRES));
    }

    @Test
    void placeholdersStayInsideStatements() {
        String sql = "CREATE TABLE {{ index .Options \"Namespace\" }}.users (id int);\n"
                + "ALTER TABLE ${flyway:defaultSchema}.t ADD c int;";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(List.of("CREATE TABLE {{ index .Options \"Namespace\" }}.users (id int)",
                "ALTER TABLE ${flyway:defaultSchema}.t ADD c int"), statements(sql, Dialect.POSTGRES));
        assertEquals(TokenKind.PLACEHOLDER, result.statements().get(0).tokens().get(2).kind());
    }

    @Test
    void unterminatedStringSwallowsTheRestWithAProblem() {
        String sql = "SELECT 1;\nINSERT INTO t VALUES ('oops);\nSELECT 2;\n";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        assertEquals(2, result.statements().size());
        assertEquals(sql.length(), result.statements().get(1).span().end());
        assertEquals(List.of(new ScanProblem(ScanProblem.Kind.UNTERMINATED_STRING, sql.indexOf("'oops"),
                "unterminated string literal")), result.problems());
        ScanProperties.check(sql, 0, sql.length(), result);
    }

    @Test
    void unterminatedCommentIsTriviaWithAProblem() {
        String sql = "SELECT 1;\n/* never closed; SELECT 2;";
        ScanResult result = Scanner.scan(sql, Dialect.SQLITE);
        assertEquals(1, result.statements().size());
        assertEquals(ScanProblem.Kind.UNTERMINATED_COMMENT, result.problems().get(0).kind());
        assertEquals(SegmentKind.TRIVIA, result.segments().get(result.segments().size() - 1).kind());
    }

    @Test
    void nulBytesAreAProblemNotACrash() {
        String sql = "SELECT\0 1;\0\0";
        ScanResult result = Scanner.scan(sql, Dialect.MYSQL);
        assertEquals(List.of("SELECT\0 1"), statements(sql, Dialect.MYSQL));
        assertEquals(ScanProblem.Kind.NUL_BYTE, result.problems().get(0).kind());
        assertEquals(6, result.problems().get(0).offset());
    }

    @Test
    void rangeScanKeepsFileAbsoluteOffsets() {
        String sql = "DO $$ BEGIN; UPDATE t SET a = 1; DELETE FROM u; $$;";
        int from = sql.indexOf("$$") + 2;
        int to = sql.lastIndexOf("$$");
        ScanResult result = Scanner.scan(sql, from, to, Dialect.POSTGRES);
        ScanProperties.check(sql, from, to, result);
        assertEquals(List.of("BEGIN", "UPDATE t SET a = 1", "DELETE FROM u"),
                result.statements().stream().map(s -> s.text(sql)).collect(Collectors.toList()));
        assertEquals(sql.indexOf("UPDATE"), result.statements().get(1).span().start());
    }
}
