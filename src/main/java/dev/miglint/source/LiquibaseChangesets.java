package dev.miglint.source;

/** The Liquibase changeset a migration is, read by the same parser that split its file into migrations. */
public final class LiquibaseChangesets {

    /** A changeset's header: {@code name} as written ({@code author:id}) and whether it runs on every update. */
    public record Header(String name, boolean runAlways) {
    }

    private LiquibaseChangesets() {
    }

    /**
     * The header of the changeset whose body starts where {@code file}'s section does, or null when it is not a
     * changeset. Matched by start, not whole span: the dry run reads the section with the rest of the file blanked,
     * where the body runs on to the end of the file.
     */
    public static Header of(MigrationFile file, String text) {
        if (!"liquibase".equals(file.framework()) || file.section() == null || text == null) {
            return null;
        }
        for (Sections.Changeset c : Sections.liquibase(text)) {
            if (c.body().start() == file.section().start()) {
                return new Header(c.name(), c.runAlways());
            }
        }
        return null;
    }
}
