package dev.miglint.dryrun;

import dev.miglint.source.MigrationFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Liquibase formatted-SQL changeset as {@code databasechangelog} names it: file, author and id, read from the
 * {@code --changeset author:id attr:value...} line that opens the migration's section. Liquibase records (and
 * re-runs) changesets, not files; {@code runAlways} changesets run on every update, {@code runOnChange} ones again
 * when their MD5 checksum changes.
 */
record LiquibaseChangeset(String key, boolean runAlways, boolean runOnChange) {
    private static final Pattern HEADER = Pattern.compile("^\\s*--\\s*changeset\\s+(\\S+)(.*)$",
            Pattern.CASE_INSENSITIVE);

    /** The changeset opening this migration's section, or null when it is not a Liquibase changeset. */
    static LiquibaseChangeset of(MigrationFile file, String text) {
        if (!"liquibase".equals(file.framework()) || file.section() == null || text == null) {
            return null;
        }
        int bodyStart = Math.min(file.section().start(), text.length());
        // the section starts on the line after the header; a header on the file's last line has no line break
        int headerEnd = bodyStart > 0 && text.charAt(bodyStart - 1) == '\n' ? bodyStart - 1 : bodyStart;
        int headerStart = text.lastIndexOf('\n', Math.max(0, headerEnd - 1)) + 1;
        if (headerEnd < headerStart) {
            return null;
        }
        Matcher m = HEADER.matcher(text.substring(headerStart, headerEnd).replace("\r", ""));
        if (!m.matches()) {
            return null;
        }
        String attributes = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return new LiquibaseChangeset(key(file.path().getFileName().toString(), m.group(1)),
                attributes.matches(".*\\brunalways:\"?true\\b.*"), attributes.matches(".*\\brunonchange:\"?true\\b.*"));
    }

    /** The record's key: the file's name (its directory is however the changelog included it) and author:id. */
    static String key(String fileName, String authorAndId) {
        return "changeset " + authorAndId + " of " + fileName.replaceFirst("^.*[/\\\\]", "");
    }
}
