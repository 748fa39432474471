package dev.miglint.model;

import java.util.Locale;

/** What a CREATE FUNCTION / PROCEDURE declares before its body, read from its tokens. */
public final class RoutineHeader {

    private RoutineHeader() {
    }

    /** The word after RETURNS, lower case ({@code trigger}, {@code event_trigger}, {@code int}); empty if none. */
    public static String returnType(StatementTokens t) {
        int returns = t.indexOf("RETURNS");
        return returns >= 0 && returns + 1 < t.size() ? t.text(returns + 1).toLowerCase(Locale.ROOT) : "";
    }
}
