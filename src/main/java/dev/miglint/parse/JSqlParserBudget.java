package dev.miglint.parse;

/**
 * Which statements JSqlParser is given, decided from the text alone so the same input always gives the same
 * output: its backtracking grows steeply with nesting (nested {@code IN (SELECT ...)} takes minutes), so deeply
 * nested or very long statements are not handed to it, and a file gets a bounded number of attempts. A time
 * limit would make the answer depend on how busy the machine is.
 */
final class JSqlParserBudget {
    static final int MAX_CHARS = 20_000;
    /** Ten levels parse in well under a second; each further level multiplies the backtracking. */
    static final int MAX_NESTING = 10;
    static final int ATTEMPTS_PER_FILE = 500;

    private int attempts;

    /** Null when JSqlParser may try {@code text}, else why not (and then the attempt is not counted). */
    String refusal(String text) {
        if (attempts >= ATTEMPTS_PER_FILE) {
            return "JSqlParser not tried: this file used up its " + ATTEMPTS_PER_FILE + " JSqlParser attempts";
        }
        if (text.length() > MAX_CHARS) {
            return "JSqlParser not tried: the statement is longer than " + MAX_CHARS + " characters";
        }
        int nesting = nesting(text);
        if (nesting > MAX_NESTING) {
            return "JSqlParser not tried: parentheses nest " + nesting + " levels deep (more than " + MAX_NESTING + ")";
        }
        attempts++;
        return null;
    }

    /** The deepest parenthesis nesting outside quotes, in one pass. */
    static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
