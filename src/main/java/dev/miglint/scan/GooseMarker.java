package dev.miglint.scan;

/** goose and sql-migrate annotations {@code -- +goose StatementBegin} / {@code -- +migrate StatementEnd}. */
enum GooseMarker {
    STATEMENT_BEGIN, STATEMENT_END, NONE;

    static GooseMarker of(String text, Token comment) {
        if (comment.kind() != TokenKind.LINE_COMMENT || !text.startsWith("--", comment.start())) {
            return NONE;
        }
        int i = skipBlanks(text, comment.start() + 2, comment.end());
        String tool = text.regionMatches(true, i, "+goose", 0, 6) ? "+goose"
                : text.regionMatches(true, i, "+migrate", 0, 8) ? "+migrate" : null;
        if (tool == null) {
            return NONE;
        }
        i = skipBlanks(text, i + tool.length(), comment.end());
        int wordEnd = i;
        while (wordEnd < comment.end() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(i, wordEnd);
        if (word.equalsIgnoreCase("StatementBegin")) {
            return STATEMENT_BEGIN;
        }
        return word.equalsIgnoreCase("StatementEnd") ? STATEMENT_END : NONE;
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
