package dev.miglint.source;

import dev.miglint.model.Span;

/** The Liquibase changeset a migration is, read by the same parser that split its file into migrations. */
public final class LiquibaseChangesets {

    /**
     * A changeset's header: {@code name} as written ({@code author:id}), whether it runs on every update
     * ({@code runAlways}) or again when its text changes ({@code runOnChange}), and its body (the lines after the
     * header, in offsets of the text it was read from).
     */
    public record Header(String name, boolean runAlways, boolean runOnChange, Span body) {
    }

    private LiquibaseChangesets() {
    }

    /**
     * The header of the changeset whose body starts where {@code file}'s section does, or null when it is not a
     * changeset. Matched by start, not whole span: the dry run reads the section with the rest of the file blanked,
     * where the body runs on to the end of the file.
     */
    public static Header of(MigrationFile file, String text) {
        if (!Framework.LIQUIBASE.id().equals(file.framework()) || file.section() == null || text == null) {
            return null;
        }
        for (Sections.Changeset c : Sections.liquibase(text)) {
            if (c.body().start() == file.section().start()) {
                return new Header(c.name(), c.runAlways(), c.runOnChange(), c.body());
            }
        }
        return null;
    }
}
