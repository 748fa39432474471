package dev.miglint.dryrun;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Functions a statement calls without naming them: column defaults and generated columns, CHECK and domain
 * constraints, index expressions and predicates, view and materialized-view queries, row-level security
 * policies of the relations the statement names. Read from pg_depend (each of these objects depends on the
 * functions in its expression), so a function reached through any of them is judged like one the statement calls.
 */
final class ImplicitCalls {
    /** Statement kinds that evaluate such expressions of the relations they name. */
    private static final Set<String> EVALUATING = Set.of("insert", "update", "delete", "merge", "copy", "select",
            "with", "values", "table", "refresh", "analyze", "alter", "explain", "create");

    private static final String QUERY = "WITH r AS (SELECT DISTINCT to_regclass(x) AS oid FROM unnest(?::text[]) x)"
            + " SELECT DISTINCT c.relname, n.nspname, p.proname, l.lanname, coalesce(e.extname, '')"
            + " FROM r JOIN pg_catalog.pg_class c ON c.oid = r.oid"
            + " JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND ("
            + " d.classid = 'pg_catalog.pg_attrdef'::regclass"
            + " AND d.objid IN (SELECT ad.oid FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid = r.oid)"
            + " OR d.classid = 'pg_catalog.pg_constraint'::regclass"
            + " AND d.objid IN (SELECT con.oid FROM pg_catalog.pg_constraint con WHERE con.conrelid = r.oid"
            + " OR con.contypid IN (SELECT a.atttypid FROM pg_catalog.pg_attribute a WHERE a.attrelid = r.oid))"
            + " OR d.classid = 'pg_catalog.pg_class'::regclass"
            + " AND d.objid IN (SELECT i.indexrelid FROM pg_catalog.pg_index i WHERE i.indrelid = r.oid)"
            + " OR d.classid = 'pg_catalog.pg_rewrite'::regclass"
            + " AND d.objid IN (SELECT w.oid FROM pg_catalog.pg_rewrite w WHERE w.ev_class = r.oid)"
            + " OR d.classid = 'pg_catalog.pg_policy'::regclass"
            + " AND d.objid IN (SELECT po.oid FROM pg_catalog.pg_policy po WHERE po.polrelid = r.oid))"
            + " JOIN pg_catalog.pg_proc p ON p.oid = d.refobjid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " JOIN pg_catalog.pg_language l ON l.oid = p.prolang"
            + " LEFT JOIN pg_catalog.pg_depend x ON x.classid = 'pg_catalog.pg_proc'::regclass AND x.objid = p.oid"
            + " AND x.deptype = 'e' LEFT JOIN pg_catalog.pg_extension e ON e.oid = x.refobjid"
            + " ORDER BY 1, 2, 3";

    /** How one called function is judged: null when it may run, else why not. */
    interface Judge {
        String judge(String schema, String function, String language, String extension);
    }

    private ImplicitCalls() {
    }

    static boolean evaluates(String kind, List<String> tokens) {
        if (!EVALUATING.contains(kind)) {
            return false;
        }
        // CREATE runs a query only as CREATE TABLE ... AS or CREATE MATERIALIZED VIEW; CREATE VIEW only stores one
        return !kind.equals("create") || tokens.stream().anyMatch(t -> t.equalsIgnoreCase("select"))
                && tokens.stream().noneMatch(t -> t.equalsIgnoreCase("view"))
                || tokens.stream().anyMatch(t -> t.equalsIgnoreCase("materialized"));
    }

    /** Why a function the statement reaches through a relation it names may not run, or null. */
    static String refusal(Connection connection, List<String> tokens, Judge judge) throws SQLException {
        List<String> names = relationNames(tokens);
        if (names.isEmpty()) {
            return null;
        }
        try (PreparedStatement ps = connection.prepareStatement(QUERY)) {
            Array array = connection.createArrayOf("text", names.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String refused = judge.judge(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    if (refused != null) {
                        return "runs code of " + rs.getString(1) + " implicitly (a default, constraint, index,"
                                + " view or policy): " + refused;
                    }
                }
            }
        }
        return null;
    }

    /** Every name and schema-qualified name in the statement, quoted so that any spelling is valid for to_regclass. */
    static List<String> relationNames(List<String> tokens) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isName(tokens.get(i))) {
                continue;
            }
            String first = quoted(tokens.get(i));
            if (i + 2 < tokens.size() && tokens.get(i + 1).equals(".") && isName(tokens.get(i + 2))) {
                names.add(first + "." + quoted(tokens.get(i + 2)));
                i += 2;
            } else {
                names.add(first);
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean isName(String token) {
        return token.startsWith("\"") || !token.isEmpty() && (Character.isLetter(token.charAt(0))
                || token.charAt(0) == '_');
    }

    private static String quoted(String token) {
        String name = token.startsWith("\"") ? dev.miglint.model.Identifiers.normalize(token)
                : token.toLowerCase(Locale.ROOT);
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
