package dev.miglint.dialect.sqlite;

/**
 * A SQLite version such as {@code 3.35} or {@code 3.35.5}: what ALTER TABLE forms the database accepts
 * depends on it (RENAME COLUMN since 3.25, DROP COLUMN since 3.35).
 */
public record SqliteVersion(int major, int minor, int patch) implements Comparable<SqliteVersion> {

    /** First version with ALTER TABLE ... RENAME COLUMN. */
    public static final SqliteVersion RENAME_COLUMN = new SqliteVersion(3, 25, 0);
    /** First version with ALTER TABLE ... DROP COLUMN. */
    public static final SqliteVersion DROP_COLUMN = new SqliteVersion(3, 35, 0);
    /** ALTER TABLE RENAME re-parses every view and trigger of the schema (unless PRAGMA legacy_alter_table=ON). */
    public static final SqliteVersion RENAME_CHECKS_SCHEMA = new SqliteVersion(3, 26, 0);
    /** First version where ADD COLUMN NOT NULL / non-constant defaults fail only when the table has rows. */
    public static final SqliteVersion ADD_COLUMN_CHECKS_ROWS = new SqliteVersion(3, 37, 0);
    /** First version with UPSERT: INSERT ... ON CONFLICT ... DO UPDATE / DO NOTHING. */
    public static final SqliteVersion UPSERT = new SqliteVersion(3, 24, 0);
    /** First version with window functions ({@code ... OVER (...)}). */
    public static final SqliteVersion WINDOW_FUNCTIONS = new SqliteVersion(3, 25, 0);
    /** First version with generated columns ({@code GENERATED ALWAYS AS (...)}, {@code AS (...)}). */
    public static final SqliteVersion GENERATED_COLUMNS = new SqliteVersion(3, 31, 0);
    /** First version with {@code RETURNING} on INSERT, UPDATE and DELETE. */
    public static final SqliteVersion RETURNING = new SqliteVersion(3, 35, 0);
    /** First version with UPDATE ... FROM (a join in an UPDATE). */
    public static final SqliteVersion UPDATE_FROM = new SqliteVersion(3, 33, 0);
    /** First version with STRICT tables. */
    public static final SqliteVersion STRICT_TABLES = new SqliteVersion(3, 37, 0);

    public SqliteVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version part");
        }
    }

    /** Parses {@code 3}, {@code 3.35} or {@code 3.35.5}. */
    public static SqliteVersion parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("\\d{1,3}(\\.\\d{1,3}){0,2}")) {
            throw new IllegalArgumentException("expected a SQLite version such as 3.35 or 3.35.5, got '" + text + "'");
        }
        String[] parts = t.split("\\.");
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        return new SqliteVersion(Integer.parseInt(parts[0]), minor, patch);
    }

    public boolean atLeast(SqliteVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(SqliteVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + (patch == 0 ? "" : "." + patch);
    }
}
