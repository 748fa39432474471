package dev.miglint.testing;

import dev.miglint.dryrun.Catalog;
import dev.miglint.dryrun.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a dry run on a given database must leave as it found it, as one comparable string: the catalog, every
 * user table's row count and checksum, every sequence, replication slots, non-default settings, large objects and
 * the server's data directory listing.
 */
public final class DatabaseSnapshot {

    private DatabaseSnapshot() {
    }

    public static String of(EmbeddedServer server, String database) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = server.connect(database); Statement st = c.createStatement()) {
            st.execute("CHECKPOINT"); // files a rolled-back transaction created are unlinked at the next checkpoint
            sb.append(Catalog.snapshot(c).entries()).append('\n');
            for (String table : column(st, "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables"
                    + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
                query(st, sb, "SELECT '" + table + "', count(*), md5(string_agg(t::text, ',' ORDER BY t::text))"
                        + " FROM " + table + " t");
            }
            query(st, sb, "SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2");
            query(st, sb, "SELECT slot_name FROM pg_replication_slots ORDER BY 1");
            query(st, sb, "SELECT name, setting FROM pg_settings WHERE source NOT IN ('default', 'client',"
                    + " 'session') ORDER BY 1");
            query(st, sb, "SELECT count(*) FROM pg_largeobject_metadata");
        }
        Path data = server.directory().resolve("data");
        try (Stream<Path> files = Files.walk(data)) {
            files.map(p -> data.relativize(p).toString())
                    .filter(p -> !p.startsWith("pg_wal") && !p.startsWith("pg_stat") && !p.startsWith("pg_xact")
                            && !p.startsWith("pg_subtrans") && !p.startsWith("pg_multixact")
                            && !p.startsWith("pg_logical") && !p.endsWith("pg_internal.init")
                            && !p.contains("pgsql_tmp") && !p.endsWith("_fsm") && !p.endsWith("_vm"))
                    .sorted().forEach(p -> sb.append(p).append('\n'));
        }
        return sb.toString();
    }

    private static List<String> column(Statement st, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void query(Statement st, StringBuilder sb, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    sb.append(rs.getString(i)).append(' ');
                }
                sb.append('\n');
            }
        }
    }
}
