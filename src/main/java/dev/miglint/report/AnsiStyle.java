package dev.miglint.report;

import dev.miglint.rules.Level;

/** ANSI colouring for text output; the plain style returns text unchanged. */
final class AnsiStyle {

    static final AnsiStyle PLAIN = new AnsiStyle(false);
    static final AnsiStyle COLOR = new AnsiStyle(true);

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean enabled;

    private AnsiStyle(boolean enabled) {
        this.enabled = enabled;
    }

    static AnsiStyle of(boolean color) {
        return color ? COLOR : PLAIN;
    }

    /** Text in the colour of a level: error red, warning yellow, note cyan. */
    String level(Level level, String text) {
        return paint(colour(level), text);
    }

    /** The level's name, bold and in its colour. */
    String levelName(Level level) {
        return paint(BOLD + colour(level), level.id());
    }

    String bold(String text) {
        return paint(BOLD, text);
    }

    String dim(String text) {
        return paint(DIM, text);
    }

    private static String colour(Level level) {
        return switch (level) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return enabled && !text.isEmpty() ? code + text + RESET : text;
    }
}
