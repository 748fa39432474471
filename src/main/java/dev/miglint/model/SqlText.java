package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds positions in a statement's source text for mechanical fixes (where to insert CONCURRENTLY or
 * NOT VALID). Works on tokens, so comments, string literals and quoted identifiers never match a keyword.
 * Offsets are relative to the text given.
 */
public final class SqlText {
    private final String text;
    private final List<int[]> tokens = new ArrayList<>();

    private SqlText(String text) {
        this.text = text;
        tokenize();
    }

    public static SqlText of(String text) {
        return new SqlText(text);
    }

    /** The offset just after the first occurrence of the keyword sequence, e.g. {@code ("CREATE", "INDEX")}; -1 if absent. */
    public int after(String... words) {
        int i = indexOf(0, words);
        return i < 0 ? -1 : tokens.get(i + words.length - 1)[1];
    }

    /** The offset just after the (possibly schema-qualified) name that follows the keyword sequence; -1 if absent. */
    public int afterNameFollowing(String... words) {
        int i = indexOf(0, words);
        if (i < 0) {
            return -1;
        }
        int t = i + words.length;
        if (t >= tokens.size() || !isName(t)) {
            return -1;
        }
        while (t + 2 < tokens.size() && tokenText(t + 1).equals(".") && isName(t + 2)) {
            t += 2;
        }
        return tokens.get(t)[1];
    }

    /** The offset after the last token that is not a terminating semicolon: where trailing clauses go. */
    public int contentEnd() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokenText(i).equals(";")) {
                return tokens.get(i)[1];
            }
        }
        return 0;
    }

    /** True when the keyword sequence occurs anywhere outside comments and literals. */
    public boolean contains(String... words) {
        return indexOf(0, words) >= 0;
    }

    /** True when the keyword occurs outside parentheses (not in a subquery), comments and literals. */
    public boolean containsAtTopLevel(String word) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokenText(i);
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && t.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The token texts in order (comments dropped; a string, quoted name or dollar-quoted body is one token). */
    public List<String> tokenTexts() {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokenText(i));
        }
        return out;
    }

    private int indexOf(int from, String... words) {
        outer:
        for (int i = from; i + words.length <= tokens.size(); i++) {
            for (int w = 0; w < words.length; w++) {
                if (!tokenText(i + w).toUpperCase(Locale.ROOT).equals(words[w])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private String tokenText(int i) {
        return text.substring(tokens.get(i)[0], tokens.get(i)[1]);
    }

    private boolean isName(int i) {
        char c = text.charAt(tokens.get(i)[0]);
        return c == '"' || c == '`' || Character.isLetter(c) || c == '_';
    }

    private void tokenize() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int depth = 1;
                i += 2;
                while (i < n && depth > 0) {
                    if (text.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (text.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                int start = i++;
                while (i < n) {
                    if (text.charAt(i) == c) {
                        if (i + 1 < n && text.charAt(i + 1) == c) {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                tokens.add(new int[] {start, i});
            } else if (c == '$') {
                int close = text.indexOf('$', i + 1);
                String tag = close > 0 ? text.substring(i, close + 1) : null;
                if (tag != null && tag.substring(1, tag.length() - 1).chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                        && !(tag.length() > 2 && Character.isDigit(tag.charAt(1)))) {
                    int end = text.indexOf(tag, close + 1);
                    int stop = end < 0 ? n : end + tag.length();
                    tokens.add(new int[] {i, stop});
                    i = stop;
                } else {
                    tokens.add(new int[] {i, i + 1});
                    i++;
                }
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new int[] {start, i});
            } else {
                tokens.add(new int[] {i, i + 1});
                i++;
            }
        }
    }
}
