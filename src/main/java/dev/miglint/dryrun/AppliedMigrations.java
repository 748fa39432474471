package dev.miglint.dryrun;

import dev.miglint.source.Framework;
import dev.miglint.source.MigrationFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a given database records as applied, read from the migration framework's own table (only SELECTs: the
 * record is never written). A file matches a record row by its version: the leading number of its name (or of its
 * directory, for tools that keep one directory per migration), without leading zeros; Prisma matches by the
 * migration's directory name, Drizzle by the journal's {@code when} (its {@code created_at}), Liquibase by the
 * changeset (file name, author and id).
 *
 * @param table    the record table that was found
 * @param applied  version key to what the record says about it
 * @param upTo     golang-migrate only: its one row, the current version; every version up to it is applied
 * @param dirty    golang-migrate only: the current version failed half-way
 */
record AppliedMigrations(Framework framework, String table, Map<String, State> applied, String upTo, boolean dirty,
        Map<String, String> checksums) {

    AppliedMigrations(Framework framework, String table, Map<String, State> applied, String upTo, boolean dirty) {
        this(framework, table, applied, upTo, dirty, Map.of());
    }

    /** What the record says about one migration. */
    enum State { APPLIED, FAILED, ROLLED_BACK, PASSED_OVER }

    /** The first record table found, or null when the database has none of them. */
    static AppliedMigrations read(Connection c) throws SQLException {
        String golangMigrate = Framework.GOLANG_MIGRATE.recordTables().get(0);
        if (exists(c, golangMigrate) && exists(c, "(SELECT version, dirty FROM " + golangMigrate + ") AS m")) {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT CAST(version AS TEXT), dirty FROM " + golangMigrate)) {
                if (rs.next()) {
                    return new AppliedMigrations(Framework.GOLANG_MIGRATE, golangMigrate, Map.of(),
                            versionKey(rs.getString(1)), rs.getBoolean(2));
                }
                return new AppliedMigrations(Framework.GOLANG_MIGRATE, golangMigrate, Map.of(), null, false);
            }
        }
        for (Reader reader : READERS) {
            if (!exists(c, reader.table())) {
                continue;
            }
            Map<String, State> applied = new LinkedHashMap<>();
            Map<String, String> checksums = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(reader.query().formatted(reader.table()))) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version == null) {
                        continue;
                    }
                    String key = switch (reader.key()) {
                        case VERSION -> versionKey(version);
                        case CREATED_AT -> createdAtKey(version);
                        case CHANGESET -> LiquibaseChangeset.key(version.substring(0, version.indexOf('|')),
                                version.substring(version.indexOf('|') + 1));
                        case NAME -> version;
                    };
                    State state = State.valueOf(rs.getString(2));
                    // a later row about the same migration (goose's is_applied, Prisma's retries) wins
                    if (state == State.APPLIED || !State.APPLIED.equals(applied.get(key)) || reader.lastRowWins()) {
                        applied.put(key, state);
                        if (rs.getString(3) != null) {
                            checksums.put(key, rs.getString(3));
                        } else {
                            checksums.remove(key);
                        }
                    }
                }
            }
            return new AppliedMigrations(reader.framework(), reader.table(), applied, null, false, checksums);
        }
        return null;
    }

    /** The record's key for this file, or null when the record does not list it. */
    private String keyOf(MigrationFile file, String text) {
        for (String key : candidateKeys(file, text)) {
            if (key != null && applied.containsKey(key)) {
                return key;
            }
        }
        return null;
    }

    private static List<String> candidateKeys(MigrationFile file, String text) {
        LiquibaseChangeset changeset = LiquibaseChangeset.of(file, text);
        if (changeset != null) {
            // Liquibase records changesets: the file's name alone would match all of them
            return List.of(changeset.key());
        }
        Long folderMillis = Framework.DRIZZLE.id().equals(file.framework()) ? DrizzleJournal.folderMillis(file.path())
                : null;
        if (folderMillis != null) {
            return List.of(createdAtKey(folderMillis.toString()));
        }
        Path parent = file.path().getParent();
        String name = file.path().getFileName().toString();
        return java.util.Arrays.asList(parent == null ? null : parent.getFileName().toString(), fileKey(file.path()),
                name.replaceFirst("\\.sql$", ""), name);
    }

    /**
     * When the record keeps a checksum of the applied file and today's file has another: why they differ. Null when
     * they agree or nothing can be compared.
     */
    String changedSinceApplied(MigrationFile file, String text) {
        String key = keyOf(file, text);
        String recorded = key == null ? null : checksums.get(key);
        if (recorded == null) {
            return null;
        }
        String now = switch (framework) {
            case PRISMA, DRIZZLE -> Checksums.sha256(text);
            case FLYWAY -> Integer.toString(Checksums.flywayCrc32(text));
            case SQITCH -> Checksums.sha1(text);
            case LIQUIBASE -> LiquibaseChecksum.VERSION.equals(LiquibaseChecksum.versionOf(recorded))
                    ? LiquibaseChangeset.of(file, text).checksum() : null;
            default -> null;
        };
        return now == null || now.equalsIgnoreCase(recorded) ? null
                : table + " keeps checksum " + recorded + " for it, the file today has " + now;
    }

    /**
     * Liquibase: why the md5sum recorded for this applied changeset is not compared with the file's ({@code NULL}
     * after {@code clear-checksums}, a checksum version other than {@link LiquibaseChecksum#VERSION}, changelog
     * parameters in its text); null when it is compared, or the record is not Liquibase's.
     */
    String checksumNotCompared(MigrationFile file, String text) {
        String key = keyOf(file, text);
        if (framework != Framework.LIQUIBASE || key == null) {
            return null;
        }
        String recorded = checksums.get(key);
        String version = LiquibaseChecksum.versionOf(recorded);
        if (recorded == null) {
            return "its md5sum is NULL";
        }
        if (!LiquibaseChecksum.VERSION.equals(version)) {
            return "its md5sum " + recorded + " is of checksum version " + version + ", only version "
                    + LiquibaseChecksum.VERSION + " is computed";
        }
        return LiquibaseChangeset.of(file, text).checksum() == null
                ? "its text uses changelog parameters (${...}), whose values are not known" : null;
    }

    /** The state of this file's migration in the record, or null when it is not recorded (pending). */
    State stateOf(MigrationFile file, String text) {
        if (upTo != null) {
            String key = fileKey(file.path());
            if (key == null) {
                return null;
            }
            int order = compareVersions(key, upTo);
            return order < 0 ? State.APPLIED : order == 0 ? (dirty ? State.FAILED : State.APPLIED) : null;
        }
        String key = keyOf(file, text);
        if (key == null && framework == Framework.DRIZZLE) {
            Long folderMillis = DrizzleJournal.folderMillis(file.path());
            // Drizzle applies only journal entries newer than its newest record: an older unrecorded one never runs
            return folderMillis != null && newestCreatedAt() != null && folderMillis <= newestCreatedAt()
                    ? State.PASSED_OVER : null;
        }
        return key == null ? null : applied.get(key);
    }


    private Long newestCreatedAt() {
        return applied.keySet().stream().filter(k -> k.startsWith(CREATED_AT))
                .map(k -> Long.parseLong(k.substring(CREATED_AT.length()))).max(Long::compare).orElse(null);
    }

    private static final String CREATED_AT = "created_at ";

    /** Drizzle's created_at, a number of milliseconds (bigint on PostgreSQL, numeric on SQLite). */
    private static String createdAtKey(String createdAt) {
        return CREATED_AT + new java.math.BigDecimal(createdAt.trim()).toBigInteger();
    }

    /** Recorded migrations no file matches: the file was deleted or renamed after it ran. */
    List<String> vanished(List<MigrationFile> files, java.util.function.Function<MigrationFile, String> textOf) {
        if (upTo != null) {
            return files.stream().anyMatch(f -> upTo.equals(fileKey(f.path()))) ? List.of() : List.of(upTo);
        }
        List<String> keys = new ArrayList<>(applied.keySet());
        for (MigrationFile f : files) {
            keys.removeAll(candidateKeys(f, textOf.apply(f)));
        }
        return keys;
    }

    static String fileKey(Path path) {
        String key = versionKey(path.getFileName().toString());
        if (key == null && path.getParent() != null && path.getParent().getFileName() != null) {
            key = versionKey(path.getParent().getFileName().toString());
        }
        return key;
    }

    /** {@code V1_2__x.sql} is 1.2, {@code 0042_x.sql} 42, {@code 2024-01-02-030405_x} 20240102030405. */
    static String versionKey(String name) {
        String s = name.replaceFirst("^[VvRr](?=\\d)", "");
        StringBuilder digits = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch)) {
                digits.append(ch);
            } else if ((ch == '.' || ch == '_') && digits.length() > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i + 1))) {
                // Flyway separates version parts with . or _
                digits.append('.');
            } else if (ch == '-' && digits.length() > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                // diesel's 2024-01-02-030405: one number
            } else {
                break;
            }
            i++;
        }
        if (digits.length() == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : digits.toString().split("\\.")) {
            String trimmed = part.replaceFirst("^0+(?=\\d)", "");
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return String.join(".", parts).toLowerCase(Locale.ROOT);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            java.math.BigInteger p = new java.math.BigInteger(i < x.length ? x[i] : "0");
            java.math.BigInteger q = new java.math.BigInteger(i < y.length ? y[i] : "0");
            if (p.compareTo(q) != 0) {
                return p.compareTo(q);
            }
        }
        return 0;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return false;
        }
    }

    /**
     * How a record row names its migration: a version number, a name, Drizzle's created_at (the journal's
     * {@code when}), or Liquibase's {@code filename|author:id}.
     */
    private enum Key { VERSION, NAME, CREATED_AT, CHANGESET }

    /** One record table of a framework; {@code query} has {@code %s} for the table. */
    private record Reader(Framework framework, String table, String query, Key key, boolean lastRowWins) {

        /** A reader of each of the framework's record tables. */
        static List<Reader> of(Framework framework, String query, Key key, boolean lastRowWins) {
            return framework.recordTables().stream().map(t -> new Reader(framework, t, query, key, lastRowWins))
                    .toList();
        }
    }

    /**
     * Each framework's record, as the framework creates it; the query yields (version or name or hash, state,
     * checksum) rows in the framework's order.
     */
    private static final List<Reader> READERS = java.util.stream.Stream.of(
            Reader.of(Framework.PRISMA, "SELECT migration_name, CASE WHEN rolled_back_at IS NOT NULL THEN"
                    + " 'ROLLED_BACK' WHEN finished_at IS NULL THEN 'FAILED' ELSE 'APPLIED' END, checksum"
                    + " FROM %s ORDER BY started_at", Key.NAME, false),
            Reader.of(Framework.DRIZZLE, "SELECT CAST(created_at AS TEXT), 'APPLIED', hash"
                    + " FROM %s WHERE created_at IS NOT NULL ORDER BY created_at", Key.CREATED_AT, false),
            Reader.of(Framework.FLYWAY, "SELECT version, CASE WHEN success THEN 'APPLIED' ELSE 'FAILED' END,"
                    + " CAST(checksum AS TEXT) FROM %s WHERE version IS NOT NULL ORDER BY installed_rank",
                    Key.VERSION, true),
            Reader.of(Framework.GOOSE, "SELECT CAST(version_id AS TEXT), CASE WHEN is_applied THEN 'APPLIED'"
                    + " ELSE 'ROLLED_BACK' END, NULL FROM %s WHERE version_id > 0 ORDER BY id", Key.VERSION, true),
            Reader.of(Framework.DIESEL, "SELECT version, 'APPLIED', NULL FROM %s", Key.VERSION, false),
            Reader.of(Framework.SQITCH, "SELECT change, 'APPLIED', script_hash FROM %s ORDER BY committed_at",
                    Key.NAME, false),
            Reader.of(Framework.LIQUIBASE, "SELECT filename || '|' || author || ':' || id, CASE WHEN exectype"
                    + " IN ('EXECUTED', 'RERAN', 'MARK_RAN') THEN 'APPLIED' ELSE 'FAILED' END, md5sum"
                    + " FROM %s ORDER BY orderexecuted", Key.CHANGESET, true),
            // dbmate: one row per applied version, without golang-migrate's dirty column
            Reader.of(Framework.DBMATE, "SELECT CAST(version AS TEXT), 'APPLIED', NULL FROM %s", Key.VERSION,
                    false))
            .flatMap(List::stream).toList();
}
