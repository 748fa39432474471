package dev.miglint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.miglint.model.Dialect;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void crlfLfAndLoneCrEndLines() {
        String text = "a\r\nb\nc\rd";
        LineIndex index = new LineIndex(text);
        assertEquals(4, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(1, index.line(1));
        assertEquals(1, index.line(2));
        assertEquals(2, index.line(3));
        assertEquals(3, index.line(5));
        assertEquals(4, index.line(7));
        assertEquals(4, index.line(8));
        assertEquals(3, index.lineStart(2));
        assertEquals(7, index.lineStart(4));
        assertEquals(2, index.column(8));
    }

    @Test
    void emptyTextHasOneLine() {
        LineIndex index = new LineIndex("");
        assertEquals(1, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(1, index.column(0));
        assertThrows(IndexOutOfBoundsException.class, () -> index.line(1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.lineStart(2));
    }

    @Test
    void trailingNewlineStartsAnEmptyLine() {
        LineIndex index = new LineIndex("x\n");
        assertEquals(2, index.lineCount());
        assertEquals(2, index.line(2));
    }

    @Test
    void statementOnLineThreeColumnFiveAfterCrlf() {
        String sql = "-- header\r\n\r\n    DROP TABLE t;\r\n";
        ScanResult result = Scanner.scan(sql, Dialect.POSTGRES);
        int start = result.statements().get(0).span().start();
        LineIndex index = new LineIndex(sql);
        assertEquals(3, index.line(start));
        assertEquals(5, index.column(start));
        int end = result.statements().get(0).span().end();
        assertEquals(3, index.line(end));
        assertEquals(17, index.column(end));
    }

    @Test
    void astralCharacterCountsTwoUnits() {
        String sql = "SELECT '\uD83D\uDE00', x FROM t";
        LineIndex index = new LineIndex(sql);
        int x = sql.indexOf('x');
        assertEquals(14, index.column(x)); // S-E-L-E-C-T, space, quote: 8 units, the emoji 2, then "', " 3
        assertEquals(sql.codePointCount(0, x) + 2, index.column(x));
        Token xToken = Lexer.tokenize(sql, Dialect.POSTGRES).tokens().get(3);
        assertEquals(x, xToken.start());
    }
}
