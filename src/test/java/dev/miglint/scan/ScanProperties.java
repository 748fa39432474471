package dev.miglint.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Invariants every scan must satisfy, whatever the input. */
public final class ScanProperties {

    private ScanProperties() {
    }

    public static void check(String text, int from, int to, ScanResult result) {
        String where = " in <" + abbreviate(text.substring(from, to)) + ">";
        StringBuilder joined = new StringBuilder();
        int expectedStart = from;
        for (Segment segment : result.segments()) {
            assertEquals(expectedStart, segment.span().start(), "gap or overlap" + where);
            assertTrue(segment.span().length() > 0, "empty segment" + where);
            joined.append(segment.text(text));
            expectedStart = segment.span().end();
            if (segment.kind() == SegmentKind.TRIVIA) {
                assertTrue(segment.tokens().isEmpty(), "trivia with tokens" + where);
                continue;
            }
            String body = segment.text(text);
            assertFalse(SqlChars.isSpace(body.charAt(0)), "leading whitespace" + where);
            if (result.problems().stream().allMatch(p -> p.kind() == ScanProblem.Kind.NUL_BYTE)) {
                assertFalse(SqlChars.isSpace(body.charAt(body.length() - 1)), "trailing whitespace" + where);
            }
            checkTokens(segment.tokens(), segment.span().start(), segment.span().end(), where);
            if (segment.kind() == SegmentKind.STATEMENT) {
                assertFalse(segment.tokens().isEmpty(), "statement without tokens" + where);
                assertEquals(segment.span().start(), segment.tokens().get(0).start(), where);
                assertEquals(segment.span().end(), segment.tokens().get(segment.tokens().size() - 1).end(), where);
                assertFalse(segment.tokens().get(0).isComment(), "statement starts with a comment" + where);
            }
        }
        assertEquals(to, result.segments().isEmpty() ? from : expectedStart, "segments do not reach the end" + where);
        assertEquals(text.substring(from, to), joined.toString(), "segments do not re-join" + where);
        checkTokens(result.comments(), from, to, where);
        assertTrue(result.comments().stream().allMatch(Token::isComment), where);
        for (ScanProblem problem : result.problems()) {
            assertTrue(problem.offset() >= from && problem.offset() < to, "problem outside range" + where);
        }
    }

    public static void checkTokens(List<Token> tokens, int from, int to, String where) {
        int previousEnd = from;
        for (Token token : tokens) {
            assertTrue(token.start() >= previousEnd, "tokens overlap or are unordered" + where);
            assertTrue(token.end() > token.start(), "empty token" + where);
            assertTrue(token.end() <= to, "token past the end" + where);
            previousEnd = token.end();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
