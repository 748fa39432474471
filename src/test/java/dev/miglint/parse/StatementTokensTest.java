package dev.miglint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.StatementTokens;
import dev.miglint.scan.Scanner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsed statement keeps its tokens, as the dialect's lexer found them, with offsets into its text. */
class StatementTokensTest {

    private static List<ParsedStatement> parse(Dialect dialect, String sql) {
        return new StatementParser(dialect).parse(sql, Scanner.scan(sql, dialect));
    }

    @Test
    void offsetsAreRelativeToTheStatementText() {
        String sql = "SELECT 1;\nCREATE INDEX idx ON t (a);";
        List<ParsedStatement> all = parse(Dialect.POSTGRES, sql);
        ParsedStatement second = all.get(1);
        StatementTokens tokens = second.tokens();
        int afterIndex = tokens.after("CREATE", "INDEX");
        assertEquals("CREATE INDEX", second.text().substring(0, afterIndex));
        assertEquals(List.of("CREATE", "INDEX", "idx", "ON", "t", "(", "a", ")"), tokens.texts().subList(0, 8));
        int fileOffset = second.span().start();
        assertEquals("idx", sql.substring(fileOffset + tokens.start(2), fileOffset + tokens.end(2)));
    }

    @Test
    void commentsStringsAndQuotedNamesNeverMatchAKeyword() {
        StatementTokens tokens = StatementTokenizer.of(
                "INSERT INTO t (\"on\") VALUES ('ON CONFLICT') /* ON CONFLICT */ -- ON CONFLICT\n", Dialect.POSTGRES);
        assertFalse(tokens.contains("ON", "CONFLICT"));
        assertEquals(-1, tokens.after("ON", "CONFLICT"));
    }

    @Test
    void keywordsMatchAsTheTokenUpperCasedEqualsThem() {
        StatementTokens tokens = StatementTokenizer.of("create Index straße ON t (a);", Dialect.POSTGRES);
        assertEquals(0, tokens.indexOf("CREATE", "INDEX"));
        assertFalse(tokens.contains("create"));
        assertFalse(tokens.contains("INDE"));
        assertFalse(tokens.contains("INDEXX"));
        // upper-casing may lengthen a non-ASCII word: "straße" upper-cases to "STRASSE"
        assertEquals(2, tokens.indexOf("STRASSE", "ON"));
        assertFalse(tokens.contains("STRAßE"));
        // a dotless ı upper-cases to I: a non-ASCII token of the keyword's length takes the exact path too
        assertTrue(StatementTokenizer.of("CREATE ındex i ON t (a);", Dialect.POSTGRES).contains("CREATE", "INDEX"));
        assertFalse(StatementTokenizer.of("CREATE indeı i ON t (a);", Dialect.POSTGRES).contains("INDEX"));
    }

    @Test
    void theDialectDecidesWhatIsQuoted() {
        String sql = "CREATE VIEW v AS SELECT `a b` FROM t";
        // in MySQL a backtick quotes one name; PostgreSQL has no backtick quoting
        assertEquals(List.of("CREATE", "VIEW", "v", "AS", "SELECT", "`a b`", "FROM", "t"),
                StatementTokenizer.of(sql, Dialect.MYSQL).texts());
        assertTrue(StatementTokenizer.of(sql, Dialect.POSTGRES).texts().contains("b"));
        // PostgreSQL dollar quotes hide a body; MySQL # starts a comment
        assertFalse(StatementTokenizer.of("DO $x$ BEGIN ON CONFLICT END $x$", Dialect.POSTGRES).contains("ON", "CONFLICT"));
        assertFalse(StatementTokenizer.of("SELECT 1 # ON CONFLICT", Dialect.MYSQL).contains("ON", "CONFLICT"));
    }

    @Test
    void operatorsComeOneCharacterPerToken() {
        assertEquals(List.of("SELECT", "a", ":", ":", "int", "<", ">", "b"),
                StatementTokenizer.of("SELECT a::int <> b", Dialect.POSTGRES).texts());
    }

    @Test
    void leadingKeywordsWithOptionalWords() {
        StatementTokens unique = StatementTokenizer.of("CREATE UNIQUE INDEX CONCURRENTLY idx ON t (a)", Dialect.POSTGRES);
        assertEquals(4, unique.indexAfterLeading("CREATE", "UNIQUE?", "INDEX", "CONCURRENTLY?"));
        StatementTokens plain = StatementTokenizer.of("/* c */ CREATE INDEX idx ON t (a)", Dialect.POSTGRES);
        assertEquals(2, plain.indexAfterLeading("CREATE", "UNIQUE?", "INDEX", "CONCURRENTLY?"));
        assertEquals(-1, plain.indexAfterLeading("DROP", "INDEX"));
    }

    @Test
    void nameFollowingKeywordsAndContentEnd() {
        String sql = "ALTER TABLE p DETACH PARTITION s.\"Part\" ;";
        StatementTokens tokens = StatementTokenizer.of(sql, Dialect.POSTGRES);
        assertEquals(sql.indexOf(" ;"), tokens.afterNameFollowing("DETACH", "PARTITION"));
        assertEquals(sql.indexOf(" ;"), tokens.contentEnd());
        assertTrue(tokens.containsAtTopLevel("partition"));
        assertFalse(StatementTokenizer.of("SELECT (SELECT x FROM y)", Dialect.POSTGRES).containsAtTopLevel("FROM"));
    }
}
