package dev.miglint.dialect.postgres;

import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.model.DataType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine is the judge of which type changes rewrite: the binary-coercible casts are re-derived from the embedded
 * server's pg_cast (castmethod = 'b', citext installed) and each is run as an ALTER COLUMN TYPE on an indexed column,
 * watching the table's and the index's relfilenode; the result must equal the resource file miglint reads
 * ({@code -Dmiglint.updateGolden=true} rewrites it). Length and precision changes are compared with
 * {@link TypeChange#classify} the same way.
 */
class BinaryCoercibleCastsTest {
    private static final Path RESOURCE = Path.of("src/main/resources/dev/miglint/dialect/postgres", BinaryCoercibleCasts.RESOURCE);
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS citext");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theResourceListsWhatTheEnginesCatalogAndAlterTableDo() throws Exception {
        TreeSet<String> derived = new TreeSet<>();
        try (Connection c = server.connect("postgres")) {
            for (String[] pair : binaryCasts(c)) {
                Effect effect = alter(c, pair[0], pair[1]);
                if (effect != null && !effect.rewrote()) {
                    derived.add(DataType.canonicalName(pair[0]) + "\t" + DataType.canonicalName(pair[1]) + "\t"
                            + effect.index().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        String text = "# PostgreSQL binary-coercible casts (pg_cast.castmethod = 'b', with citext) that ALTER COLUMN TYPE\n"
                + "# applies without rewriting the table, and what happens to an index on the column (kept: same operator\n"
                + "# family; rebuilt; none: the type has no default btree operator class). Derived from the embedded server\n"
                + "# by BinaryCoercibleCastsTest; regenerate with -Dmiglint.updateGolden=true, never edit by hand.\n"
                + String.join("\n", derived) + "\n";
        if (Boolean.getBoolean("miglint.updateGolden")) {
            Files.writeString(RESOURCE, text);
        }
        assertTrue(derived.contains("citext\ttext\trebuilt") && derived.contains("varchar\ttext\tkept"),
                "the derivation found the well-known pairs: " + derived);
        assertEquals(text, Files.readString(RESOURCE), "the resource drifted from the engine; regenerate it");
    }

    @Test
    void lengthAndPrecisionChangesRewriteExactlyWhenTypeChangeSaysSo() throws Exception {
        String[][] changes = {
            {"interval(3)", "interval(6)"}, {"interval(6)", "interval(3)"}, {"interval(3)", "interval"},
            {"interval", "interval(2)"}, {"timestamp(3)", "timestamp(6)"}, {"timestamp(6)", "timestamp(3)"},
            {"timestamptz(0)", "timestamptz"}, {"time(2)", "time(4)"}, {"time(4)", "time(2)"},
            {"varchar(10)", "varchar(20)"}, {"varchar(20)", "varchar(10)"}, {"varchar(10)", "varchar"},
            {"varchar(10)", "text"}, {"text", "varchar(10)"}, {"text", "varchar"}, {"numeric(10,2)", "numeric(12,2)"},
            {"numeric(10,2)", "numeric(10,3)"}, {"numeric(10,2)", "numeric"}, {"numeric", "numeric(10,2)"},
            {"bit varying(5)", "bit varying(9)"}, {"bit varying(9)", "bit varying(5)"}, {"text", "citext"},
            {"citext", "text"}, {"varchar(10)", "citext"}, {"citext", "varchar(10)"}, {"citext", "varchar"},
            {"cidr", "inet"}, {"integer", "bigint"}, {"char(5)", "text"}, {"char(5)", "char(8)"}};
        List<String> wrong = new ArrayList<>();
        try (Connection c = server.connect("postgres")) {
            for (String[] change : changes) {
                Effect engine = alter(c, change[0], change[1]);
                TypeChange miglint = TypeChange.classify(DataType.parse(change[0]), DataType.parse(change[1]), null, "c", 17);
                if (engine == null || engine.rewrote() != miglint.rewrites()) {
                    wrong.add(change[0] + " -> " + change[1] + ": engine " + (engine == null ? "failed" : engine.rewrote()
                            ? "rewrote" : "did not rewrite") + ", miglint " + miglint.kind());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private record Effect(boolean rewrote, BinaryCoercibleCasts.Index index) {}

    private static List<String[]> binaryCasts(Connection c) throws SQLException {
        List<String[]> pairs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT format_type(castsource, NULL), format_type(casttarget, NULL) FROM pg_cast"
                        + " JOIN pg_type f ON f.oid = castsource JOIN pg_type t ON t.oid = casttarget"
                        + " WHERE castmethod = 'b' AND castsource <> casttarget"
                        + " AND f.typtype IN ('b', 'e', 'r', 'm') AND t.typtype IN ('b', 'e', 'r', 'm')"
                        + " AND f.typname NOT IN ('char', 'name') AND t.typname NOT IN ('char', 'name')"
                        + " AND f.typname NOT LIKE 'reg%' AND t.typname NOT LIKE 'reg%'"
                        + " AND f.typnamespace IN ('pg_catalog'::regnamespace, 'public'::regnamespace)"
                        + " AND t.typnamespace IN ('pg_catalog'::regnamespace, 'public'::regnamespace)")) {
            while (r.next()) {
                pairs.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return pairs;
    }

    /** ALTER COLUMN TYPE of an indexed column from {@code from} to {@code to}, rolled back; null when it fails. */
    private static Effect alter(Connection c, String from, String to) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE probe (c " + from + ")");
            s.execute("INSERT INTO probe VALUES (NULL)");
            BinaryCoercibleCasts.Index index = BinaryCoercibleCasts.Index.KEPT;
            s.execute("SAVEPOINT ix");
            try {
                s.execute("CREATE INDEX probe_c ON probe (c)");
            } catch (SQLException e) {
                s.execute("ROLLBACK TO SAVEPOINT ix");
                index = BinaryCoercibleCasts.Index.NONE;
            }
            long table = fileNode(s, "probe");
            long ix = index == BinaryCoercibleCasts.Index.NONE ? 0 : fileNode(s, "probe_c");
            s.execute("SAVEPOINT alter");
            try {
                s.execute("ALTER TABLE probe ALTER COLUMN c TYPE " + to + " USING c::" + to);
            } catch (SQLException e) {
                return null;
            }
            if (index != BinaryCoercibleCasts.Index.NONE && fileNode(s, "probe_c") != ix) {
                index = BinaryCoercibleCasts.Index.REBUILT;
            }
            return new Effect(fileNode(s, "probe") != table, index);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static long fileNode(Statement s, String relation) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT relfilenode FROM pg_class WHERE relname = '" + relation + "'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
