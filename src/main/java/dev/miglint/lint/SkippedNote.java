package dev.miglint.lint;

import dev.miglint.source.SkippedFolder;
import java.util.List;
import java.util.stream.Collectors;

/** The one line that tells the user which folders discovery skipped as not migrations, and how to include one. */
final class SkippedNote {
    /** How many skipped paths the line names before it only counts the rest (the JSON summary lists them all). */
    private static final int NAMED = 5;

    private SkippedNote() {
    }

    static String line(List<SkippedFolder> skipped) {
        String named = skipped.stream().limit(NAMED).map(s -> s.path() + " (" + s.why() + ")")
                .collect(Collectors.joining(", "));
        String more = skipped.size() > NAMED ? " and " + (skipped.size() - NAMED) + " more" : "";
        return "note: not linted, as not migrations: "
                + named + more + "; to lint one, give it as PATH or list it in histories = [...] in miglint.toml";
    }
}
