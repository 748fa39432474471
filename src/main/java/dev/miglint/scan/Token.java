package dev.miglint.scan;

import dev.miglint.model.Span;

/** A lexical token: a kind and a half-open range {@code [start, end)} of file-absolute UTF-16 offsets. */
public record Token(TokenKind kind, int start, int end) {

    public String text(String source) {
        return source.substring(start, end);
    }

    /**
     * True when this is a {@link TokenKind#WORD} spelling {@code keywordUpper} in any ASCII case.
     * Only ASCII letters are folded, so e.g. a dotless {@code ı} never matches {@code I}.
     */
    public boolean isWord(String source, String keywordUpper) {
        if (kind != TokenKind.WORD || end - start != keywordUpper.length()) {
            return false;
        }
        for (int i = 0; i < keywordUpper.length(); i++) {
            char c = source.charAt(start + i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - ('a' - 'A'));
            }
            if (c != keywordUpper.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean isComment() {
        return kind == TokenKind.LINE_COMMENT || kind == TokenKind.BLOCK_COMMENT;
    }

    public int length() {
        return end - start;
    }

    public Span span() {
        return new Span(start, end);
    }
}
