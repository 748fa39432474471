package dev.miglint.dryrun;

import java.util.regex.Pattern;

/**
 * Liquibase's checksum of a formatted-SQL changeset, as {@code databasechangelog.md5sum} keeps it: version 9
 * (Liquibase 4.22 and later), {@code 9:<md5 hex>}. Liquibase takes the changeset's SQL (its lines without the
 * directive comments it consumes: {@code --comment}, {@code --rollback}, a {@code /* liquibase rollback} block,
 * {@code --preconditions}, {@code --validCheckSum}, {@code --property}, {@code --ignoreLines}), drops every space,
 * tab and line break, hashes that as the one change of the changeset ({@code 9:<md5>}), and hashes
 * {@code "<change checksum>:"} again for the changeset. So whitespace, CRLF and splitStatements/stripComments never
 * change it; a SQL comment, an edit of a statement, or a parameter's value does.
 */
final class LiquibaseChecksum {
    /** The only checksum version computed; a recorded one of another version is not compared. */
    static final String VERSION = "9";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern COMMENT = Pattern.compile("--[\\s]*comment:? (.*)", FLAGS);
    private static final Pattern VALID_CHECKSUM = Pattern.compile("--[\\s]*validCheckSum:? (.*)", FLAGS);
    private static final Pattern ROLLBACK = Pattern.compile("\\s*--[\\s]*rollback (.*)", FLAGS);
    private static final Pattern ROLLBACK_BLOCK_START = Pattern.compile("\\s*/\\*\\s*liquibase\\s*rollback\\s*$", FLAGS);
    private static final Pattern ROLLBACK_BLOCK_END = Pattern.compile(".*\\s*\\*/\\s*$", FLAGS);
    private static final Pattern PRECONDITIONS = Pattern.compile("\\s*--[\\s]*preconditions(.*)", FLAGS);
    private static final Pattern PRECONDITION = Pattern.compile("\\s*--[\\s]*precondition-([a-zA-Z0-9-]+)( .*)?", FLAGS);
    private static final Pattern PROPERTY = Pattern.compile("\\s*--[\\s]*property\\s+(.*:.*)\\s+(.*:.*).*", FLAGS);
    private static final Pattern IGNORE_LINES = Pattern.compile("--[\\s]*ignoreLines:(\\w+)", FLAGS);
    private static final Pattern WHITESPACE = Pattern.compile("[ \t\r\n]");

    private LiquibaseChecksum() {
    }

    /**
     * The checksum of the changeset whose body (the lines after its {@code --changeset} line) is {@code body}, or
     * null when it cannot be known from the file alone: the body uses changelog parameters ({@code ${name}}), whose
     * values Liquibase substitutes before hashing.
     */
    static String of(String body) {
        String sql = sqlOf(body);
        if (sql.contains("${")) {
            return null;
        }
        String change = VERSION + ":" + Checksums.md5(WHITESPACE.matcher(sql).replaceAll(""));
        return VERSION + ":" + Checksums.md5(change + ":");
    }

    /** The checksum version of a recorded md5sum ({@code 9:abc...} is 9), or null when it has none. */
    static String versionOf(String recorded) {
        int colon = recorded == null ? -1 : recorded.indexOf(':');
        return colon <= 0 ? null : recorded.substring(0, colon);
    }

    /** The lines Liquibase keeps as the changeset's SQL. */
    private static String sqlOf(String body) {
        StringBuilder sql = new StringBuilder();
        String[] lines = body.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (ROLLBACK_BLOCK_START.matcher(line).matches()) {
                while (i + 1 < lines.length && !ROLLBACK_BLOCK_END.matcher(lines[++i]).matches()) {
                    // the rollback block is not part of the change
                }
            } else if (IGNORE_LINES.matcher(line).matches()) {
                i = skipIgnored(lines, i, IGNORE_LINES.matcher(line).replaceAll("$1"));
            } else if (!isDirective(line)) {
                sql.append(line).append('\n');
            }
        }
        return sql.toString();
    }

    private static boolean isDirective(String line) {
        return PROPERTY.matcher(line).matches() || COMMENT.matcher(line).matches()
                || VALID_CHECKSUM.matcher(line).matches() || ROLLBACK.matcher(line).matches()
                || PRECONDITIONS.matcher(line).matches() || PRECONDITION.matcher(line).matches();
    }

    /** {@code --ignoreLines:start} up to {@code --ignoreLines:end}, or the next N lines: the index of the last. */
    private static int skipIgnored(String[] lines, int at, String what) {
        if (what.equals("start")) {
            int i = at;
            while (i + 1 < lines.length) {
                var m = IGNORE_LINES.matcher(lines[++i]);
                if (m.matches() && m.group(1).equals("end")) {
                    break;
                }
            }
            return i;
        }
        try {
            return Math.min(lines.length - 1, at + Integer.parseInt(what));
        } catch (NumberFormatException e) {
            return at;
        }
    }
}
