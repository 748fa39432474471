package dev.miglint.parse;

import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The elements of an index or key column list: {@code (a, b DESC, lower(c), d(191))}. A plain column
 * (with ordering, collation, operator class or a MySQL prefix length) becomes its normalized name;
 * an expression keeps its source text.
 */
final class IndexElements {
    private IndexElements() {
    }

    static List<String> of(TokenCursor inside) {
        List<String> elements = new ArrayList<>();
        for (TokenCursor element : inside.splitAtTopLevelCommas()) {
            elements.add(element(element));
        }
        return elements;
    }

    private static String element(TokenCursor element) {
        String text = element.restText();
        if (element.peekIdentifier() && !element.peekKind(1, TokenKind.LPAREN) || isPrefixLength(element)) {
            return element.identifier();
        }
        element.skipToEnd();
        return text;
    }

    /** MySQL {@code name(191)}: a key prefix, not a function call. */
    private static boolean isPrefixLength(TokenCursor element) {
        return element.peekIdentifier() && element.peekKind(1, TokenKind.LPAREN) && element.peekKind(2, TokenKind.NUMBER)
                && element.peekKind(3, TokenKind.RPAREN);
    }
}
