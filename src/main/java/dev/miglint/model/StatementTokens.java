package dev.miglint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The significant tokens of one statement as the dialect's lexer found them (comments left out), with their
 * positions: offsets are relative to the statement's text. Rules find where a keyword is (to insert CONCURRENTLY,
 * IF NOT EXISTS, NOT VALID) without matching raw text, so comments, string literals and quoted identifiers never
 * match a keyword. Operators come one character per token, so {@code ::} is two {@code :} tokens.
 */
public final class StatementTokens {

    /** What a token is, as much as the rules ask. */
    public enum Kind { WORD, QUOTED_NAME, LITERAL, PUNCTUATION }

    private static final StatementTokens NONE = new StatementTokens("", new int[0], new int[0], new Kind[0]);

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final Kind[] kinds;
    /**
     * Computed on first use (a statement's tokens are read by the one thread that replays its history). Small: the
     * token texts it is read from are not kept, since statements stay alive while their file is prepared and linted.
     */
    private List<HostEffects.Effect> hostEffects;

    private StatementTokens(String text, int[] starts, int[] ends, Kind[] kinds) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.kinds = kinds;
    }

    public static StatementTokens none() {
        return NONE;
    }

    /** Collects the tokens of a statement text, in order. */
    public static final class Builder {
        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();

        public Builder(String text) {
            this.text = text;
        }

        /** A token at {@code [start, end)} of the statement text. */
        public Builder add(Kind kind, int start, int end) {
            spans.add(new int[] {start, end});
            kinds.add(kind);
            return this;
        }

        public StatementTokens build() {
            int[] s = new int[spans.size()];
            int[] e = new int[spans.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = spans.get(i)[0];
                e[i] = spans.get(i)[1];
            }
            return new StatementTokens(text, s, e, kinds.toArray(new Kind[0]));
        }
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public Kind kind(int i) {
        return kinds[i];
    }

    public String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The token texts as written: words, quoted names and literals with their quotes, dollar-quoted bodies whole. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            texts.add(text(i));
        }
        return texts;
    }

    /** What the statement does outside the database ({@link HostEffects}); several rules ask, it is read once. */
    public List<HostEffects.Effect> hostEffects() {
        if (hostEffects == null) {
            hostEffects = List.copyOf(HostEffects.of(this));
        }
        return hostEffects;
    }

    /** The index of the first token of the first occurrence of the keyword sequence, e.g. {@code ("CREATE", "INDEX")}; -1 if absent. */
    public int indexOf(String... words) {
        outer:
        for (int i = 0; i + words.length <= size(); i++) {
            for (int w = 0; w < words.length; w++) {
                if (!upperCaseEquals(i + w, words[w])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Same answer as {@code text(i).toUpperCase(Locale.ROOT).equals(word)} without building either string: rules ask
     * {@link #contains} for every token of every statement, and those two strings per token were the corpus run's
     * largest allocation. Non-ASCII tokens take the exact slow path (upper-casing can lengthen them: ß is SS). No
     * character is shortened by upper-casing (checked over every code point), so a longer token is rejected at once,
     * without reading it: a function body is one token of thousands of characters.
     */
    private boolean upperCaseEquals(int i, String word) {
        int start = starts[i];
        int length = ends[i] - start;
        if (length > word.length()) {
            return false;
        }
        if (length < word.length()) {
            for (int k = 0; k < length; k++) {
                if (text.charAt(start + k) >= 0x80) {
                    return upperCasedEquals(i, word);
                }
            }
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (c >= 0x80) {
                return upperCasedEquals(i, word);
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
            if (upper != word.charAt(k)) {
                return false; // the characters before were ASCII, so upper-casing kept their places
            }
        }
        return true;
    }

    /** The exact comparison, for a token with a non-ASCII character. */
    private boolean upperCasedEquals(int i, String word) {
        return text(i).toUpperCase(Locale.ROOT).equals(word);
    }

    /**
     * The index of the token after the statement's leading keywords when it starts with {@code pattern}, e.g.
     * {@code ("CREATE", "UNIQUE?", "INDEX")} where a word ending in {@code ?} may be left out; -1 when it does not
     * start so. The index is {@link #size()} when nothing follows.
     */
    public int indexAfterLeading(String... pattern) {
        int i = 0;
        for (String p : pattern) {
            boolean optional = p.endsWith("?");
            String word = optional ? p.substring(0, p.length() - 1) : p;
            if (i < size() && kinds[i] == Kind.WORD && text(i).equalsIgnoreCase(word)) {
                i++;
            } else if (!optional) {
                return -1;
            }
        }
        return i;
    }

    /** The offset just after the first occurrence of the keyword sequence; -1 if absent. */
    public int after(String... words) {
        int i = indexOf(words);
        return i < 0 ? -1 : ends[i + words.length - 1];
    }

    /** The offset just after the (possibly schema-qualified) name that follows the keyword sequence; -1 if absent. */
    public int afterNameFollowing(String... words) {
        int i = indexOf(words);
        if (i < 0) {
            return -1;
        }
        int t = i + words.length;
        if (t >= size() || !isName(t)) {
            return -1;
        }
        while (t + 2 < size() && text(t + 1).equals(".") && isName(t + 2)) {
            t += 2;
        }
        return ends[t];
    }

    /** The offset after the last token that is not a terminating semicolon: where trailing clauses go. */
    public int contentEnd() {
        for (int i = size() - 1; i >= 0; i--) {
            if (!text(i).equals(";")) {
                return ends[i];
            }
        }
        return 0;
    }

    /** True when the keyword sequence occurs anywhere outside comments and literals. */
    public boolean contains(String... words) {
        return indexOf(words) >= 0;
    }

    /** True when the keyword occurs outside parentheses (not in a subquery), comments and literals. */
    public boolean containsAtTopLevel(String word) {
        int depth = 0;
        for (int i = 0; i < size(); i++) {
            String t = text(i);
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && kinds[i] == Kind.WORD && t.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isName(int i) {
        return kinds[i] == Kind.WORD || kinds[i] == Kind.QUOTED_NAME;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementTokens t && text.equals(t.text) && Arrays.equals(starts, t.starts)
                && Arrays.equals(ends, t.ends) && Arrays.equals(kinds, t.kinds);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return texts().toString();
    }
}
