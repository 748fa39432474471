package dev.miglint.dryrun;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fills tables with synthetic rows, built from the live catalog: column types, NOT NULL, defaults, unique
 * indexes and foreign keys. Like real data, columns without a unique index repeat values and nullable columns
 * hold some NULLs, so that SET NOT NULL, ADD UNIQUE or a NOT NULL column without default fail as they would in
 * production. Columns with a default (serials, identities) get their default; rows already there are kept.
 */
final class SyntheticRows {
    private static final String TABLES = "SELECT c.oid::bigint, quote_ident(n.nspname) || '.' || quote_ident(c.relname),"
            + " c.relname, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND " + Catalog.USER_NAMESPACE;
    /** Columns; a domain's values are made for its base type ({@code gen_type}) and filtered by its CHECKs. */
    private static final String COLUMNS = "SELECT quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS skip,"
            + " CASE WHEN t.typtype = 'd' THEN b.typtype ELSE t.typtype END::text,"
            + " EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique"
            + " AND a.attnum = ANY (i.indkey)) AS uniq, a.atttypmod,"
            + " CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod)"
            + " ELSE format_type(a.atttypid, a.atttypmod) END AS gen_type,"
            + " (SELECT string_agg(pg_get_constraintdef(d.oid), ' AND ') FROM pg_constraint d"
            + "   WHERE d.contypid = t.oid AND d.contype = 'c') AS domain_checks"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type b ON b.oid = t.typbasetype"
            + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
    /** The table's CHECK constraints, each with the columns it reads. */
    private static final String CHECKS = "SELECT pg_get_expr(c.conbin, c.conrelid),"
            + " (SELECT array_agg(quote_ident(attname)) FROM pg_attribute WHERE attrelid = c.conrelid"
            + "   AND attnum = ANY (c.conkey)) FROM pg_constraint c WHERE c.contype = 'c' AND c.conrelid = ?";
    private static final String FOREIGN_KEYS = "SELECT con.confrelid::bigint,"
            + " (SELECT array_agg(quote_ident(attname) ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)"
            + "   JOIN pg_attribute ON attrelid = con.conrelid AND attnum = k.num),"
            + " (SELECT array_agg(quote_ident(attname) ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
            + "   JOIN pg_attribute ON attrelid = con.confrelid AND attnum = k.num)"
            + " FROM pg_constraint con WHERE con.contype = 'f' AND con.conrelid = ?";

    private final Connection connection;
    /** Qualified table name to the transaction id that inserted its synthetic rows (their xmin). */
    private final Map<String, String> filled = new LinkedHashMap<>();

    SyntheticRows(Connection connection) {
        this.connection = connection;
    }

    /** A table that could not be filled, and why. */
    record Problem(String table, String message) {
    }

    /**
     * Adds {@code rows} rows to every user table whose name occurs in {@code words} (identifiers of the target
     * migrations, lower-cased), and first to the tables those reference. Commits.
     */
    List<Problem> fill(Set<String> words, int rows) throws SQLException {
        return fill(words, RowCounts.of(rows));
    }

    /** As above, with a count per table; a table {@code counts} names is filled even when no target names it. */
    List<Problem> fill(Set<String> words, RowCounts counts) throws SQLException {
        Map<Long, String> qualified = new LinkedHashMap<>();
        Map<Long, String> plain = new LinkedHashMap<>();
        Map<Long, Integer> rowsOf = new LinkedHashMap<>();
        Set<Long> wanted = new LinkedHashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(TABLES)) {
            while (rs.next()) {
                long oid = rs.getLong(1);
                qualified.put(oid, rs.getString(2));
                plain.put(oid, rs.getString(3));
                rowsOf.put(oid, counts.forTable(rs.getString(4), rs.getString(3)));
                String name = rs.getString(3).toLowerCase(Locale.ROOT);
                if (words.contains(name) || counts.perTable().containsKey(name)
                        || counts.perTable().containsKey(rs.getString(4).toLowerCase(Locale.ROOT) + "." + name)) {
                    wanted.add(oid);
                }
            }
        }
        List<Long> order = new ArrayList<>();
        Set<Long> visiting = new LinkedHashSet<>();
        for (long oid : wanted) {
            visit(oid, qualified, order, visiting);
        }
        List<Problem> problems = new ArrayList<>();
        for (long oid : order) {
            int rows = rowsOf.get(oid);
            if (rows == 0) {
                continue;
            }
            String sql = insertSql(oid, qualified.get(oid), rows);
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                String xid;
                try (ResultSet rs = st.executeQuery("SELECT pg_current_xact_id()::text")) {
                    rs.next();
                    xid = rs.getString(1);
                }
                int inserted = st.executeUpdate(sql);
                connection.commit();
                if (inserted < rows) {
                    problems.add(new Problem(plain.get(oid), "only " + inserted + " of " + rows
                            + " generated rows satisfied its CHECK constraints and domains"));
                }
                connection.setAutoCommit(true);
                st.execute("ANALYZE " + qualified.get(oid));
                filled.put(qualified.get(oid), xid);
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                String m = e.getMessage() == null ? e.toString() : e.getMessage();
                problems.add(new Problem(plain.get(oid), m.lines().findFirst().orElse(m).replaceFirst("^ERROR: ", "")));
            }
        }
        return problems;
    }

    /** The tables filled, each with the id of the transaction that inserted its rows (their {@code xmin}). */
    Map<String, String> filled() {
        return Map.copyOf(filled);
    }

    /** Parents before children; a cycle is broken where it closes. */
    private void visit(long oid, Map<Long, String> tables, List<Long> order, Set<Long> visiting) throws SQLException {
        if (order.contains(oid) || !visiting.add(oid)) {
            return;
        }
        for (ForeignKey fk : foreignKeys(oid)) {
            if (fk.parent() != oid && tables.containsKey(fk.parent())) {
                visit(fk.parent(), tables, order, visiting);
            }
        }
        order.add(oid);
    }

    private record ForeignKey(long parent, List<String> columns, List<String> parentColumns) {
    }

    private List<ForeignKey> foreignKeys(long oid) throws SQLException {
        List<ForeignKey> fks = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(FOREIGN_KEYS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fks.add(new ForeignKey(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()),
                            List.of((String[]) rs.getArray(3).getArray())));
                }
            }
        }
        return fks;
    }

    private String insertSql(long oid, String table, int rows) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        Map<String, String> fromForeignKey = new LinkedHashMap<>();
        List<ForeignKey> fks = foreignKeys(oid);
        for (int k = 0; k < fks.size(); k++) {
            ForeignKey fk = fks.get(k);
            String parent = parentName(fk.parent());
            List<String> aggs = new ArrayList<>();
            for (int j = 0; j < fk.columns().size(); j++) {
                aggs.add("array_agg(" + fk.parentColumns().get(j) + " ORDER BY ctid) AS a" + j);
                fromForeignKey.putIfAbsent(fk.columns().get(j),
                        "fk" + k + ".a" + j + "[1 + g.i % cardinality(fk" + k + ".a" + j + ")]");
            }
            joins.add("CROSS JOIN (SELECT " + String.join(", ", aggs) + " FROM " + parent + ") fk" + k);
        }
        List<String> checks = new ArrayList<>();
        List<List<String>> checkColumns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(CHECKS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checks.add(rs.getString(1));
                    checkColumns.add(rs.getArray(2) == null ? List.of() : List.of((String[]) rs.getArray(2).getArray()));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(COLUMNS)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    String type = rs.getString(2);
                    boolean notNull = rs.getBoolean(3);
                    boolean hasDefault = rs.getBoolean(4);
                    String typtype = rs.getString(5);
                    boolean unique = rs.getBoolean(6);
                    String genType = rs.getString(8);
                    String domainChecks = rs.getString(9);
                    String fk = fromForeignKey.get(column);
                    String value;
                    if (fk != null) {
                        value = fk;
                    } else if (hasDefault) {
                        continue;
                    } else {
                        value = allowedLiterals(column, checks, checkColumns, domainChecks, unique);
                        if (value == null) {
                            value = valueFor(genType, typtype, unique, table, column, names.size());
                        }
                        if (value == null) {
                            if (notNull) {
                                value = "NULL";
                            } else {
                                continue;
                            }
                        } else if (!notNull && !unique) {
                            value = "CASE WHEN g.i % 10 = 0 THEN NULL ELSE " + value + " END";
                        }
                    }
                    if (domainChecks != null) {
                        // rows whose value the domain rejects are left out rather than failing the whole INSERT
                        filters.add("(" + domainChecks.replaceAll("\\bVALUE\\b", column).replaceAll("CHECK ", "")
                                + ") IS NOT FALSE");
                    }
                    names.add(column);
                    values.add("(" + value + ")::" + genType + " AS " + column);
                }
            }
        }
        // rows a CHECK rejects are left out too, when every column the CHECK reads is one we fill
        for (int k = 0; k < checks.size(); k++) {
            if (!checkColumns.get(k).isEmpty() && names.containsAll(checkColumns.get(k))) {
                filters.add("(" + checks.get(k) + ") IS NOT FALSE");
            }
        }
        if (names.isEmpty()) {
            return "INSERT INTO " + table + " SELECT FROM generate_series(1, " + rows + ")";
        }
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", names)
                + " FROM (SELECT " + String.join(", ", values) + " FROM generate_series(1, "
                // candidates a CHECK rejects are skipped: make enough of them, keep the first that pass
                + (filters.isEmpty() ? rows : rows * 10L) + ") AS g(i) "
                + String.join(" ", joins) + ") AS synthetic"
                + (filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters) + " LIMIT " + rows);
    }

    /**
     * For a column a CHECK (or its domain) limits to a list of string literals, {@code status IN ('new', 'paid')}:
     * those values in turn. Null when there is no such list.
     */
    private static String allowedLiterals(String column, List<String> checks, List<List<String>> checkColumns,
            String domainChecks, boolean unique) {
        if (unique) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (int k = 0; k < checks.size(); k++) {
            if (checkColumns.get(k).equals(List.of(column))) {
                candidates.add(checks.get(k));
            }
        }
        if (domainChecks != null) {
            candidates.add(domainChecks);
        }
        for (String check : candidates) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("'((?:[^']|'')*)'").matcher(check);
            List<String> literals = new ArrayList<>();
            while (m.find()) {
                literals.add("'" + m.group(1) + "'");
            }
            if (!literals.isEmpty()) {
                return "(ARRAY[" + String.join(", ", literals) + "])[1 + g.i % " + literals.size() + "]";
            }
        }
        return null;
    }

    private String parentName(long oid) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT ?::bigint::regclass::text")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** An expression of {@code g.i} for a column of this type; unique ones never repeat. Null: no idea. */
    static String valueFor(String type, String typtype, boolean unique, String table, String column, int salt) {
        // each column repeats with its own period, so that two columns of a row are not always equal
        String repeating = "((g.i + " + salt + ") % " + (7 + salt) + ")";
        String i = unique ? "(COALESCE((SELECT max(" + column + ") FROM " + table + "), 0) + g.i)" : repeating;
        String t = type.toLowerCase(Locale.ROOT);
        if (typtype.equals("e")) {
            return "(enum_range(NULL::" + type + "))[1 + g.i % cardinality(enum_range(NULL::" + type + "))]";
        }
        if (t.endsWith("[]")) {
            return "'{}'";
        }
        if (t.equals("smallint") || t.equals("integer") || t.equals("bigint") || t.startsWith("numeric")
                || t.equals("real") || t.equals("double precision") || t.equals("money")) {
            if (t.startsWith("numeric(")) {
                return unique ? "g.i" : repeating;
            }
            return i;
        }
        String n = unique ? "g.i" : repeating;
        if (t.startsWith("character varying") || t.equals("text") || t.startsWith("character(")
                || t.equals("character") || t.equals("name") || t.equals("citext")) {
            return "'r' || " + n + " || '-' || md5(" + n + "::text)";
        }
        if (t.equals("boolean")) {
            return "(g.i % 2 = 0)";
        }
        if (t.equals("uuid")) {
            return unique ? "gen_random_uuid()" : "md5(" + repeating + "::text)::uuid";
        }
        if (t.startsWith("timestamp") || t.equals("date")) {
            return "timestamp '2024-01-01' + " + n + " * interval '1 minute'";
        }
        if (t.startsWith("time")) {
            return "time '00:00' + " + n + " * interval '1 second'";
        }
        if (t.startsWith("interval")) {
            return n + " * interval '1 second'";
        }
        if (t.equals("json") || t.equals("jsonb")) {
            return "jsonb_build_object('i', " + n + ")";
        }
        if (t.equals("bytea")) {
            return "decode(md5(" + n + "::text), 'hex')";
        }
        if (t.equals("inet") || t.equals("cidr")) {
            return "('10.' || (" + n + " / 65536) % 256 || '.' || (" + n + " / 256) % 256 || '.' || " + n + " % 256)";
        }
        if (t.startsWith("bit")) {
            return null;
        }
        return null;
    }
}
