package dev.miglint.dryrun;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Functions a statement calls through syntax that names no function: a user-defined operator ({@code 1 <%> 1},
 * {@code OPERATOR(s.<%>)}) and a cast with a function ({@code 1::t}, {@code CAST(x AS t)}, or an assignment to a
 * column of such a type in a relation the statement names). Each such function is judged like a called one.
 * Operators are matched on the statement's text without literals and spaces, so a match may be too eager (a
 * refusal, never a miss): only operators and casts implemented by a function outside pg_catalog are read.
 */
final class OperatorAndCastCalls {

    private static final String PROC = " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " JOIN pg_catalog.pg_language l ON l.oid = p.prolang"
            + " LEFT JOIN pg_catalog.pg_depend x ON x.classid = 'pg_catalog.pg_proc'::regclass AND x.objid = p.oid"
            + " AND x.deptype = 'e' LEFT JOIN pg_catalog.pg_extension e ON e.oid = x.refobjid";

    private static final String OPERATORS = "SELECT o.oprname, n.nspname, p.proname, l.lanname,"
            + " coalesce(e.extname, '') FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_proc p ON p.oid = o.oprcode"
            + PROC + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2, 3";

    private static final String CASTS = "SELECT format_type(c.casttarget, NULL), n.nspname, p.proname, l.lanname,"
            + " coalesce(e.extname, '') FROM pg_catalog.pg_cast c JOIN pg_catalog.pg_proc p ON p.oid = c.castfunc"
            + " JOIN pg_catalog.pg_type t ON t.oid = c.casttarget" + PROC
            + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND (t.typname = ANY (?::text[]) OR EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a"
            + " WHERE a.atttypid = c.casttarget AND NOT a.attisdropped"
            + " AND a.attrelid IN (SELECT to_regclass(r) FROM unnest(?::text[]) r)))"
            + " ORDER BY 1, 2, 3";

    private OperatorAndCastCalls() {
    }

    static String refusal(Connection connection, List<String> tokens, ImplicitCalls.Judge judge)
            throws SQLException {
        String operators = operatorText(tokens);
        try (PreparedStatement ps = connection.prepareStatement(OPERATORS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (operators.contains(rs.getString(1))) {
                    String refused = judge.judge(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    if (refused != null) {
                        return "uses the operator " + rs.getString(1) + ": " + refused;
                    }
                }
            }
        }
        List<String> relations = ImplicitCalls.relationNames(tokens);
        List<String> typeNames = relations.stream().map(OperatorAndCastCalls::lastPart).toList();
        try (PreparedStatement ps = connection.prepareStatement(CASTS)) {
            Array types = connection.createArrayOf("text", typeNames.toArray());
            Array names = connection.createArrayOf("text", relations.toArray());
            ps.setArray(1, types);
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String refused = judge.judge(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    if (refused != null) {
                        return "casts to " + rs.getString(1) + ": " + refused;
                    }
                }
            }
        }
        return null;
    }

    /** The statement's tokens without literals, joined without spaces: every operator it writes appears in it. */
    private static String operatorText(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        for (String token : tokens) {
            if (!token.startsWith("'") && !token.startsWith("$") && !token.startsWith("\"")) {
                text.append(token);
            } else {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** {@code "s"."t"} or {@code "t"} as built by {@link ImplicitCalls#relationNames}: the unquoted {@code t}. */
    private static String lastPart(String quotedName) {
        int dot = quotedName.lastIndexOf("\".\"");
        String last = dot >= 0 ? quotedName.substring(dot + 2) : quotedName;
        return last.substring(1, last.length() - 1).replace("\"\"", "\"");
    }
}
