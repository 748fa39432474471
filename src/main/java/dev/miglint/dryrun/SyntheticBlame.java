package dev.miglint.dryrun;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Whether a failed statement failed because of the values we made up rather than because of the migration. Only
 * errors about values can be: a foreign key, unique, check or exclusion violation, a value too long or out of range
 * for a new type, a cast that does not parse, or a NULL in a column that already existed (SET NOT NULL). Those are
 * ours when the table they name holds synthetic rows. A NOT NULL violation of a column the statement itself adds
 * (ADD COLUMN ... NOT NULL without a default) fails on any row, so it stays the migration's.
 */
final class SyntheticBlame {
    private static final Set<String> VALUE_STATES = Set.of("23503", "23505", "23514", "23P01", "22001", "22003",
            "22P02", "22007", "22008", "22023");
    private static final String COLUMN_EXISTS = "SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND a.attname = ?"
            + " AND a.attnum > 0 AND NOT a.attisdropped";

    private SyntheticBlame() {
    }

    /**
     * The synthetic table (as a key of {@code filled}) whose rows made {@code e} happen, or null when the failure
     * is the migration's. Call after rolling back the failed statement, so the catalog is as before it.
     */
    static String tableToBlame(SQLException e, Map<String, String> filled, String sql, Connection c)
            throws SQLException {
        if (filled.isEmpty() || e.getSQLState() == null) {
            return null;
        }
        ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String schema = m == null ? null : m.getSchema();
        String table = m == null ? null : m.getTable();
        boolean valueError = VALUE_STATES.contains(e.getSQLState());
        if (e.getSQLState().equals("23502") && schema != null && table != null && m.getColumn() != null) {
            valueError = columnExists(c, schema, table, m.getColumn());
        }
        if (!valueError) {
            return null;
        }
        for (String key : filled.keySet()) {
            String plain = key.replace("\"", "");
            if (table != null && schema != null) {
                if (plain.equals(schema + "." + table)) {
                    return key;
                }
            } else if (mentions(sql, plain.substring(plain.indexOf('.') + 1))) {
                return key;
            }
        }
        return null;
    }

    private static boolean mentions(String sql, String name) {
        return sql.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern.quote(
                name.toLowerCase(Locale.ROOT)) + "\\b.*");
    }

    private static boolean columnExists(Connection c, String schema, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMN_EXISTS)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            ps.setString(3, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
