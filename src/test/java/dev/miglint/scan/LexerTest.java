package dev.miglint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** Renders tokens as {@code KIND:text} joined by a space, for compact assertions. */
    static String lex(String sql, Dialect dialect) {
        LexResult result = Lexer.tokenize(sql, 0, sql.length(), dialect);
        return result.tokens().stream().map(t -> t.kind() + ":" + t.text(sql)).collect(Collectors.joining(" "));
    }

    static List<ScanProblem.Kind> problems(String sql, Dialect dialect) {
        return Lexer.tokenize(sql, 0, sql.length(), dialect).problems().stream()
                .map(ScanProblem::kind).collect(Collectors.toList());
    }

    @Test
    void basicStatement() {
        assertEquals("WORD:ALTER WORD:TABLE WORD:t WORD:ADD WORD:COLUMN WORD:c WORD:int SEMICOLON:;",
                lex("ALTER TABLE t ADD COLUMN c int;", Dialect.POSTGRES));
    }

    @Test
    void punctuationAndQualifiedNames() {
        assertEquals("WORD:s DOT:. QUOTED_IDENT:\"T\" LPAREN:( WORD:a COMMA:, WORD:b RPAREN:)",
                lex("s.\"T\"(a, b)", Dialect.POSTGRES));
    }

    @Test
    void lineAndBlockComments() {
        assertEquals("LINE_COMMENT:-- hi WORD:a BLOCK_COMMENT:/* x */ WORD:b",
                lex("-- hi\na /* x */ b", Dialect.SQLITE));
    }

    @Test
    void lineCommentStopsAtCarriageReturn() {
        String sql = "-- c\r\nx";
        Token comment = Lexer.tokenize(sql, Dialect.POSTGRES).tokens().get(0);
        assertEquals(new Token(TokenKind.LINE_COMMENT, 0, 4), comment);
    }

    @Test
    void postgresNestsBlockComments() {
        assertEquals("BLOCK_COMMENT:/* a /* b */ c */ WORD:d", lex("/* a /* b */ c */ d", Dialect.POSTGRES));
    }

    @Test
    void mysqlAndSqliteDoNotNestBlockComments() {
        assertEquals("BLOCK_COMMENT:/* a /* b */ WORD:c OPERATOR:* OPERATOR:/ WORD:d",
                lex("/* a /* b */ c * / d", Dialect.MYSQL));
        assertEquals("BLOCK_COMMENT:/* a /* b */ WORD:c", lex("/* a /* b */ c", Dialect.SQLITE));
    }

    @Test
    void mysqlHashCommentAndExecutableComment() {
        assertEquals("LINE_COMMENT:# note WORD:a BLOCK_COMMENT:/*!40101 SET x=1 */",
                lex("# note\na /*!40101 SET x=1 */", Dialect.MYSQL));
        assertEquals("WORD:a OPERATOR:# WORD:b", lex("a # b", Dialect.POSTGRES));
    }

    @Test
    void stringsWithDoubledQuotes() {
        assertEquals("STRING:'it''s' WORD:x", lex("'it''s' x", Dialect.POSTGRES));
        assertEquals("STRING:'' STRING:''''", lex("'' ''''", Dialect.SQLITE));
    }

    @Test
    void postgresBackslashOnlyInEscapeStrings() {
        assertEquals("STRING:E'it\\'s' WORD:x", lex("E'it\\'s' x", Dialect.POSTGRES));
        assertEquals("STRING:e'a\\\\' WORD:x", lex("e'a\\\\' x", Dialect.POSTGRES));
        assertEquals("STRING:'a\\' WORD:x", lex("'a\\' x", Dialect.POSTGRES));
    }

    @Test
    void postgresPrefixedStrings() {
        assertEquals("STRING:B'101' STRING:X'1F' STRING:U&'d\\0061' STRING:N'n' QUOTED_IDENT:U&\"d\"",
                lex("B'101' X'1F' U&'d\\0061' N'n' U&\"d\"", Dialect.POSTGRES));
    }

    @Test
    void mysqlQuotes() {
        assertEquals("STRING:'it\\'s' STRING:\"say \\\"hi\\\"\" QUOTED_IDENT:`my``col`",
                lex("'it\\'s' \"say \\\"hi\\\"\" `my``col`", Dialect.MYSQL));
        assertEquals("STRING:\"a\"\"b\"", lex("\"a\"\"b\"", Dialect.MYSQL));
    }

    @Test
    void doubleQuotesAreIdentifiersOutsideMysql() {
        assertEquals("QUOTED_IDENT:\"a\"\"b\"", lex("\"a\"\"b\"", Dialect.POSTGRES));
        assertEquals("QUOTED_IDENT:\"a\\\" WORD:b", lex("\"a\\\" b", Dialect.SQLITE));
    }

    @Test
    void sqliteBacktickAndBracketIdentifiers() {
        assertEquals("QUOTED_IDENT:`a b` QUOTED_IDENT:[my col]", lex("`a b` [my col]", Dialect.SQLITE));
        assertEquals("WORD:a OPERATOR:[ NUMBER:1 OPERATOR:]", lex("a[1]", Dialect.POSTGRES));
    }

    @Test
    void dollarQuotes() {
        assertEquals("WORD:AS DOLLAR_STRING:$$ BEGIN; 'x' END $$ WORD:LANGUAGE",
                lex("AS $$ BEGIN; 'x' END $$ LANGUAGE", Dialect.POSTGRES));
        assertEquals("DOLLAR_STRING:$fn$ a $$ b $fn$ SEMICOLON:;", lex("$fn$ a $$ b $fn$;", Dialect.POSTGRES));
        assertEquals("DOLLAR_STRING:$_1$x$_1$", lex("$_1$x$_1$", Dialect.POSTGRES));
    }

    @Test
    void dollarParametersAndIdentifiersWithDollar() {
        assertEquals("WORD:a OPERATOR:= PARAMETER:$1 WORD:and WORD:b$c OPERATOR:= PARAMETER:$12",
                lex("a = $1 and b$c = $12", Dialect.POSTGRES));
    }

    @Test
    void otherParameters() {
        assertEquals("PARAMETER:? PARAMETER:?2 PARAMETER::name PARAMETER:@p PARAMETER:$v",
                lex("? ?2 :name @p $v", Dialect.SQLITE));
        assertEquals("WORD:a OPERATOR:? STRING:'k' WORD:b OPERATOR::: WORD:int",
                lex("a ? 'k' b::int", Dialect.POSTGRES));
        assertEquals("PARAMETER:?", lex("?", Dialect.MYSQL));
    }

    @Test
    void placeholders() {
        String go = "{{ index .Options \"Namespace\" }}";
        assertEquals("WORD:CREATE WORD:TABLE PLACEHOLDER:" + go + " DOT:. WORD:t",
                lex("CREATE TABLE " + go + ".t", Dialect.POSTGRES));
        assertEquals("PLACEHOLDER:${flyway:defaultSchema} DOT:. WORD:t PLACEHOLDER:${var}",
                lex("${flyway:defaultSchema}.t ${var}", Dialect.MYSQL));
    }

    @Test
    void identifiersWithUnicode() {
        assertEquals("WORD:café WORD:ïd_2$ WORD:名前 WORD:x\uD83D\uDE00y",
                lex("café ïd_2$ 名前 x\uD83D\uDE00y", Dialect.POSTGRES));
    }

    @Test
    void numbers() {
        assertEquals("NUMBER:1 NUMBER:1.5 NUMBER:.5 NUMBER:1e10 NUMBER:2.5E-3 NUMBER:0x1F NUMBER:1.",
                lex("1 1.5 .5 1e10 2.5E-3 0x1F 1.", Dialect.POSTGRES));
        assertEquals("NUMBER:1 WORD:e", lex("1 e", Dialect.POSTGRES));
    }

    @Test
    void operators() {
        assertEquals("WORD:a OPERATOR:<> WORD:b OPERATOR:->> STRING:'k' OPERATOR:|| WORD:c OPERATOR:>= NUMBER:1",
                lex("a <> b ->> 'k' || c >= 1", Dialect.POSTGRES));
        assertEquals("WORD:a LINE_COMMENT:--- c", lex("a --- c", Dialect.POSTGRES));
    }

    @Test
    void commentStartEndsOperatorRun() {
        assertEquals("WORD:a OPERATOR:= BLOCK_COMMENT:/*x*/ NUMBER:1", lex("a =/*x*/ 1", Dialect.POSTGRES));
        assertEquals("WORD:a OPERATOR:= LINE_COMMENT:--x", lex("a =--x", Dialect.POSTGRES));
    }

    @Test
    void bomIsWhitespace() {
        assertEquals("WORD:SELECT", lex("\uFEFFSELECT", Dialect.POSTGRES));
    }

    @Test
    void nulIsReportedOnceAndSkipped() {
        String sql = "a\0b\0";
        assertEquals("WORD:a WORD:b", lex(sql, Dialect.POSTGRES));
        LexResult result = Lexer.tokenize(sql, Dialect.POSTGRES);
        assertEquals(List.of(new ScanProblem(ScanProblem.Kind.NUL_BYTE, 1, "2 NUL bytes in input, first here")),
                result.problems());
    }

    @Test
    void unterminatedConstructsRunToTheEndWithAProblem() {
        String[][] cases = {
            {"x 'abc", "UNTERMINATED_STRING"},
            {"x E'ab\\'", "UNTERMINATED_STRING"},
            {"x \"abc", "UNTERMINATED_QUOTED_IDENT"},
            {"x $$ abc $", "UNTERMINATED_DOLLAR_QUOTE"},
            {"x $a$ abc $b$", "UNTERMINATED_DOLLAR_QUOTE"},
            {"x /* abc /* d */", "UNTERMINATED_COMMENT"},
            {"x {{ abc }", "UNTERMINATED_PLACEHOLDER"},
            {"x ${abc", "UNTERMINATED_PLACEHOLDER"},
        };
        for (String[] c : cases) {
            String sql = c[0];
            LexResult result = Lexer.tokenize(sql, Dialect.POSTGRES);
            assertEquals(2, result.tokens().size(), sql);
            Token last = result.tokens().get(1);
            assertEquals(2, last.start(), sql);
            assertEquals(sql.length(), last.end(), sql);
            assertEquals(List.of(ScanProblem.Kind.valueOf(c[1])), problems(sql, Dialect.POSTGRES), sql);
            assertEquals(2, result.problems().get(0).offset(), sql);
        }
        assertEquals(List.of(ScanProblem.Kind.UNTERMINATED_QUOTED_IDENT), problems("[abc", Dialect.SQLITE));
        assertEquals(List.of(ScanProblem.Kind.UNTERMINATED_QUOTED_IDENT), problems("`abc", Dialect.MYSQL));
        assertEquals(List.of(ScanProblem.Kind.UNTERMINATED_STRING), problems("'abc\\'", Dialect.MYSQL));
    }

    @Test
    void rangeIsRespectedAndOffsetsStayAbsolute() {
        String sql = "xx 'ab' yy";
        LexResult result = Lexer.tokenize(sql, 3, 6, Dialect.POSTGRES);
        assertEquals(List.of(new Token(TokenKind.STRING, 3, 6)), result.tokens());
        assertEquals(List.of(ScanProblem.Kind.UNTERMINATED_STRING), result.problems().stream()
                .map(ScanProblem::kind).collect(Collectors.toList()));
    }

    @Test
    void isWordFoldsAsciiOnly() {
        String sql = "create \u0131nsert";
        List<Token> tokens = Lexer.tokenize(sql, Dialect.POSTGRES).tokens();
        assertTrue(tokens.get(0).isWord(sql, "CREATE"));
        assertFalse(tokens.get(0).isWord(sql, "CREAT"));
        assertFalse(tokens.get(1).isWord(sql, "INSERT"));
        String quoted = "\"create\"";
        assertFalse(Lexer.tokenize(quoted, Dialect.POSTGRES).tokens().get(0).isWord(quoted, "CREATE"));
    }

    @Test
    void deeplyNestedCommentIsLinear() {
        StringBuilder sb = new StringBuilder();
        sb.append("/*".repeat(20_000)).append("x").append("*/".repeat(20_000)).append(" y");
        String sql = sb.toString();
        assertEquals(2, Lexer.tokenize(sql, Dialect.POSTGRES).tokens().size());
    }
}
