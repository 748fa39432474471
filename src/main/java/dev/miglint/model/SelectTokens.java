package dev.miglint.model;

import java.util.List;
import java.util.Locale;

/** Small readings of a SELECT's token texts shared by the view-column readers. */
final class SelectTokens {

    private SelectTokens() {
    }

    static boolean isName(String token) {
        char c = token.charAt(0);
        return c == '"' || (Character.isLetter(c) || c == '_') && token.indexOf('\'') < 0; // E'..' is a string
    }

    static int skipParens(List<String> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            depth += t.get(i).equals("(") ? 1 : t.get(i).equals(")") ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return t.size();
    }

    static int indexOfWord(List<String> t, int from, String word) {
        int depth = 0;
        for (int i = from; i < t.size(); i++) {
            depth += t.get(i).equals("(") ? 1 : t.get(i).equals(")") ? -1 : 0;
            if (depth == 0 && lower(t.get(i)).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
