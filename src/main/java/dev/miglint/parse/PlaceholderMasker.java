package dev.miglint.parse;

import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.List;

/**
 * Replaces template placeholders ({@code {{ .Schema }}}, {@code ${var}}) by an identifier of the same length,
 * so JSqlParser can read the statement and every offset in it still points at the same character.
 */
final class PlaceholderMasker {
    private PlaceholderMasker() {
    }

    /** The statement text {@code source[from, to)} with every placeholder token masked. */
    static String mask(String source, int from, int to, List<Token> tokens) {
        StringBuilder sb = null;
        for (Token t : tokens) {
            if (t.kind() != TokenKind.PLACEHOLDER || t.start() < from || t.end() > to) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(source.substring(from, to));
            }
            for (int i = t.start(); i < t.end(); i++) {
                sb.setCharAt(i - from, i == t.start() ? '_' : i == t.start() + 1 ? 'p' : '_');
            }
        }
        return sb == null ? source.substring(from, to) : sb.toString();
    }
}
