package dev.miglint.testing;

import dev.miglint.dryrun.EmbeddedServer;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A second embedded PostgreSQL that stands in for a user's database in dry-run tests: one database created and
 * set up with the given SQL, each string sent as one execute (a multi-statement script is fine).
 */
public final class GivenDatabase {

    private GivenDatabase() {
    }

    public static EmbeddedServer start(String database, String... setup) throws Exception {
        EmbeddedServer server = EmbeddedServer.start();
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
        try (Connection c = server.connect(database); Statement st = c.createStatement()) {
            for (String sql : setup) {
                st.execute(sql);
            }
        }
        return server;
    }
}
