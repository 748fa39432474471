package dev.miglint.dryrun;

import dev.miglint.source.LiquibaseChangesets;
import dev.miglint.source.MigrationFile;

/**
 * A Liquibase formatted-SQL changeset as {@code databasechangelog} names it: file, author and id. Liquibase records
 * (and re-runs) changesets, not files: {@code runAlways} changesets run on every update, {@code runOnChange} ones
 * again when their checksum ({@link LiquibaseChecksum}, null when it cannot be known from the file) changed.
 */
record LiquibaseChangeset(String key, boolean runAlways, boolean runOnChange, String checksum) {

    /** The changeset this migration is, or null when it is not a Liquibase changeset. */
    static LiquibaseChangeset of(MigrationFile file, String text) {
        LiquibaseChangesets.Header header = LiquibaseChangesets.of(file, text);
        return header == null ? null : new LiquibaseChangeset(key(file.path().getFileName().toString(), header.name()),
                header.runAlways(), header.runOnChange(),
                LiquibaseChecksum.of(text.substring(header.body().start(), header.body().end())));
    }

    /** The record's key: the file's name (its directory is however the changelog included it) and author:id. */
    static String key(String fileName, String authorAndId) {
        return "changeset " + authorAndId + " of " + fileName.replaceFirst("^.*[/\\\\]", "");
    }
}
