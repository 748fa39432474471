package dev.miglint.parse;

/** Decides from the first keywords alone which layer models a statement; never parses it. */
final class TokenClassifier {
    private TokenClassifier() {
    }

    static StatementClass classify(TokenCursor c) {
        int mark = c.mark();
        try {
            if (c.acceptWords("CREATE")) {
                c.acceptWords("OR", "REPLACE");
                c.acceptAnyWord("GLOBAL", "LOCAL");
                c.acceptAnyWord("TEMP", "TEMPORARY");
                c.acceptWords("UNLOGGED");
                if (c.peekWord("TABLE")) {
                    return StatementClass.CREATE_TABLE;
                }
                c.acceptAnyWord("UNIQUE", "FULLTEXT", "SPATIAL");
                return c.peekWord("INDEX") ? StatementClass.CREATE_INDEX : StatementClass.OTHER;
            }
            if (c.acceptWords("ALTER")) {
                c.acceptAnyWord("ONLINE", "IGNORE");
                return c.peekWord("TABLE") ? StatementClass.ALTER_TABLE : StatementClass.OTHER;
            }
            return c.peekWord("DO") ? StatementClass.DO_BLOCK : StatementClass.OTHER;
        } finally {
            c.reset(mark);
        }
    }
}
