package dev.miglint.dryrun;

import dev.miglint.source.LiquibaseChangesets;
import dev.miglint.source.MigrationFile;

/**
 * A Liquibase formatted-SQL changeset as {@code databasechangelog} names it: file, author and id. Liquibase records
 * (and re-runs) changesets, not files; {@code runAlways} changesets run on every update. ({@code runOnChange} ones
 * run again when their MD5 checksum changes, which the dry run does not recompute: they count as applied.)
 */
record LiquibaseChangeset(String key, boolean runAlways) {

    /** The changeset this migration is, or null when it is not a Liquibase changeset. */
    static LiquibaseChangeset of(MigrationFile file, String text) {
        LiquibaseChangesets.Header header = LiquibaseChangesets.of(file, text);
        return header == null ? null : new LiquibaseChangeset(key(file.path().getFileName().toString(), header.name()),
                header.runAlways());
    }

    /** The record's key: the file's name (its directory is however the changelog included it) and author:id. */
    static String key(String fileName, String authorAndId) {
        return "changeset " + authorAndId + " of " + fileName.replaceFirst("^.*[/\\\\]", "");
    }
}
