package dev.miglint.dryrun;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** A given database's state, to check that a dry run left it byte-identical. */
final class DatabaseState {
    private DatabaseState() {
    }

    /** Everything a dry run could change in the given database: catalog, relfilenodes, xmins, every row. */
    static String of(EmbeddedServer server, String database) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = server.connect(database)) {
            sb.append(Catalog.snapshot(c).entries()).append('\n');
            List<String> tables = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT c.oid::regclass::text, c.relfilenode, c.xmin::text, c.relkind FROM pg_class c JOIN"
                            + " pg_namespace n ON n.oid = c.relnamespace WHERE " + Catalog.USER_NAMESPACE + " ORDER BY 1")) {
                while (rs.next()) {
                    sb.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(' ').append(rs.getString(3))
                            .append('\n');
                    if (rs.getString(4).equals("r")) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text)) FROM " + table + " t")) {
                    rs.next();
                    sb.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT string_agg(name || '=' || setting, ',' ORDER BY name) FROM pg_settings"
                            + " WHERE source IN ('database', 'user', 'database user')")) {
                rs.next();
                sb.append(rs.getString(1));
            }
        }
        return sb.toString();
    }
}
