package dev.miglint.dryrun;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the role of a given database URL may do beyond DDL: a superuser, or a member of the roles that run programs,
 * touch server files or signal other backends, turns any gap in the statement checks into a host effect.
 */
final class RolePrivileges {
    private static final String QUERY = "SELECT r.rolsuper, r.rolreplication, r.rolcreaterole,"
            + " pg_has_role(r.oid, 'pg_execute_server_program', 'USAGE'),"
            + " pg_has_role(r.oid, 'pg_read_server_files', 'USAGE'),"
            + " pg_has_role(r.oid, 'pg_write_server_files', 'USAGE'),"
            + " pg_has_role(r.oid, 'pg_signal_backend', 'USAGE')"
            + " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user";
    private static final String[] NAMES = {"SUPERUSER", "REPLICATION", "CREATEROLE", "pg_execute_server_program",
        "pg_read_server_files", "pg_write_server_files", "pg_signal_backend"};

    private RolePrivileges() {
    }

    /** The privileges beyond what a dry run needs, empty for a least-privilege role. */
    static List<String> excess(Connection c) throws SQLException {
        List<String> excess = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            if (rs.next()) {
                boolean superuser = rs.getBoolean(1);
                for (int i = 0; i < NAMES.length; i++) {
                    // a superuser is a member of every role: name it once
                    if (rs.getBoolean(i + 1) && (i == 0 || !superuser || i < 3)) {
                        excess.add(NAMES[i]);
                    }
                }
            }
        }
        return excess;
    }
}
