package dev.miglint.dryrun;

import dev.miglint.model.Span;
import dev.miglint.source.DownStep;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.util.List;

/**
 * A migration that is a section of its file (a goose or dbmate Up section, one Liquibase changeset) runs only that
 * section, and its down step only the down ranges: the rest of the file is blanked, line breaks kept, so offsets
 * and line numbers stay the file's.
 */
final class SectionText {
    private SectionText() {
    }

    /**
     * The up section; the line that opens it (its annotation comment, e.g. {@code --changeset author:id}) is kept:
     * it is a comment to the database and names the migration in the framework's record.
     */
    static SourceFile up(MigrationFile file, SourceFile whole) {
        Span section = file.section();
        String text = whole.text();
        if (section == null || (section.start() == 0 && section.end() >= text.length())) {
            return whole;
        }
        int end = Math.min(section.end(), text.length());
        int start = Math.min(section.start(), end);
        int from = start == 0 ? 0 : text.lastIndexOf('\n', Math.max(0, start - 2)) + 1;
        return keeping(whole, List.of(new Span(from, end)));
    }

    /** The down step's ranges of its file; the whole file when it names none. */
    static SourceFile down(DownStep down, SourceFile whole) {
        return down == null || down.ranges().isEmpty() ? whole : keeping(whole, down.ranges());
    }

    private static SourceFile keeping(SourceFile whole, List<Span> ranges) {
        StringBuilder sb = new StringBuilder(whole.text());
        for (int i = 0; i < sb.length(); i++) {
            char ch = sb.charAt(i);
            final int at = i;
            if (ch != '\n' && ch != '\r' && ranges.stream().noneMatch(r -> r.start() <= at && at < r.end())) {
                sb.setCharAt(i, ' ');
            }
        }
        return new SourceFile(whole.path(), whole.displayPath(), sb.toString());
    }
}
