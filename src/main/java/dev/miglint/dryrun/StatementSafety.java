package dev.miglint.dryrun;

import dev.miglint.model.HostEffects;
import dev.miglint.model.Identifiers;
import dev.miglint.model.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, right before a statement runs, whether the dry run may send it: one statement per execute, and on a
 * database the user gave us only statements whose every effect a ROLLBACK undoes. Works on the statement's tokens
 * (comments and literals never count, quoted names do) and resolves every called function in the catalog of the
 * session that is about to run it, so a function the migration created a moment ago is judged too.
 * Returns null when the statement may run, otherwise the reason it is not traced.
 */
final class StatementSafety {

    /** Statement kinds whose effects live in the transaction (first keyword). Anything else is refused. */
    private static final Set<String> TRANSACTIONAL_KINDS = Set.of("create", "alter", "drop", "comment", "grant",
            "revoke", "insert", "update", "delete", "merge", "select", "with", "values", "table", "truncate", "lock",
            "set", "reset", "refresh", "security", "analyze", "explain", "copy");
    private static final Set<String> DML = Set.of("insert", "update", "delete", "merge", "truncate", "copy");
    /** Functions whose effects outlive a rollback or reach outside this transaction (PostgreSQL names). */
    private static final Set<String> NOT_UNDONE_FUNCTIONS = Set.of("setval", "nextval", "pg_notify",
            "pg_cancel_backend", "pg_terminate_backend", "pg_reload_conf", "pg_rotate_logfile", "pg_switch_wal",
            "pg_create_restore_point", "pg_promote", "pg_log_backend_memory_contexts", "pg_logical_emit_message",
            "lo_import", "lo_export", "pg_backup_start", "pg_backup_stop", "pg_start_backup", "pg_stop_backup",
            "pg_stat_file", "pg_logdir_ls", "pg_wal_replay_pause", "pg_wal_replay_resume", "pg_sleep_for",
            "pg_sleep_until");
    private static final List<String> NOT_UNDONE_PREFIXES = List.of("pg_advisory_lock", "pg_advisory_unlock",
            "pg_try_advisory_lock", "pg_read_", "pg_ls_", "pg_file_", "pg_stat_reset", "dblink", "postgres_fdw",
            "pg_replication_origin", "pg_create_physical_replication_slot", "pg_create_logical_replication_slot",
            "pg_drop_replication_slot", "pg_copy_physical_replication_slot", "pg_copy_logical_replication_slot",
            "pg_replication_slot_advance", "pg_logical_slot_");
    /** Extensions whose functions open connections to other servers or touch the server's files. */
    private static final Set<String> HOST_EXTENSIONS = Set.of("dblink", "postgres_fdw", "adminpack", "file_fdw");
    /**
     * Keywords after which {@code name (} is a table, type or routine being named, not a call. Not FROM, JOIN, ON or
     * USING: a function there is called ({@code FROM f()}, {@code ON f() > 0}, {@code USING f()}), and a table
     * name there ({@code ON t (col)}) is looked up as a function in vain.
     */
    private static final Set<String> NAMING_KEYWORDS = Set.of("table", "into", "references", "exists",
            "function", "procedure", "routine", "aggregate", "view", "type", "index", "key", "only", "update",
            "trigger", "operator", "cast", "statistics", "sequence", "domain", "as");

    private static final String FUNCTION_LOOKUP = "SELECT n.nspname, p.proname, l.lanname, p.provolatile,"
            + " coalesce(e.extname, '') FROM pg_catalog.pg_proc p"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            + " JOIN pg_catalog.pg_language l ON l.oid = p.prolang"
            + " LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid"
            + " AND d.deptype = 'e' LEFT JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid"
            + " WHERE p.proname = ? AND (? = '' OR n.nspname = ?)";
    /** Triggers and rules run code the statement does not name: refused on a given database. */
    private static final String HIDDEN_CODE = "SELECT (SELECT count(*) FROM pg_catalog.pg_trigger t"
            + " WHERE t.tgrelid = r.oid AND NOT t.tgisinternal) + (SELECT count(*) FROM pg_catalog.pg_rewrite w"
            + " WHERE w.ev_class = r.oid AND w.rulename <> '_RETURN') FROM (SELECT to_regclass(?) AS oid) r";
    /** Identity columns and defaults drawing on a sequence: an INSERT advances it, and a rollback does not undo that. */
    private static final String SEQUENCE_DEFAULTS = "SELECT (SELECT count(*) FROM pg_catalog.pg_attribute a"
            + " WHERE a.attrelid = r.oid AND a.attidentity <> '' AND NOT a.attisdropped)"
            + " + (SELECT count(*) FROM pg_catalog.pg_attrdef ad JOIN pg_catalog.pg_depend d"
            + " ON d.classid = 'pg_catalog.pg_attrdef'::regclass AND d.objid = ad.oid"
            + " JOIN pg_catalog.pg_class s ON s.oid = d.refobjid AND s.relkind = 'S' WHERE ad.adrelid = r.oid)"
            + " FROM (SELECT to_regclass(?) AS oid) r";

    private final Connection connection;
    private final boolean givenDatabase;
    private final boolean allowHostEffects;

    StatementSafety(Connection connection, boolean givenDatabase, boolean allowHostEffects) {
        this.connection = connection;
        this.givenDatabase = givenDatabase;
        this.allowHostEffects = allowHostEffects;
    }

    /** Null when {@code sql} may run; otherwise why it is not traced. */
    String refusal(String sql) throws SQLException {
        List<String> tokens = SqlText.of(sql).tokenTexts();
        int statements = statementCount(tokens);
        if (statements > 1) {
            return "holds " + statements + " statements in one step (e.g. a StatementBegin/End block); the dry run"
                    + " sends one statement at a time";
        }
        if (tokens.isEmpty()) {
            return null;
        }
        String hostEffect = hostEffect(sql, tokens);
        if (hostEffect != null && (givenDatabase || !allowHostEffects)) {
            return hostEffect + (givenDatabase ? "" : " (--allow-host-effects runs it on the embedded server)");
        }
        String kind = tokens.get(0).toLowerCase(Locale.ROOT);
        if (givenDatabase) {
            if (kind.equals("do")) {
                return "a DO block runs code whose effects cannot be shown to be undone by a rollback";
            }
            if (kind.equals("call")) {
                return "CALL runs a procedure whose body cannot be shown to be undone by a rollback";
            }
            if (!TRANSACTIONAL_KINDS.contains(kind)) {
                return kind.toUpperCase(Locale.ROOT) + " has effects a rollback does not undo, or is not known to"
                        + " be undone by one";
            }
            if (kind.equals("copy") && !isCopyToStdout(tokens)) {
                return "COPY other than TO STDOUT reads or writes outside this session";
            }
            String hidden = hiddenCode(kind, tokens);
            if (hidden != null) {
                return hidden;
            }
            if (ImplicitCalls.evaluates(kind, tokens)) {
                String implicit = ImplicitCalls.refusal(connection, tokens, this::judge);
                if (implicit != null) {
                    return implicit;
                }
            }
        }
        String throughSyntax = OperatorAndCastCalls.refusal(connection, tokens, this::judge);
        if (throughSyntax != null) {
            return throughSyntax;
        }
        return functionCalls(tokens);
    }

    /** Top-level statements in the tokens: semicolons outside a BEGIN ATOMIC body, plus a trailing statement. */
    static int statementCount(List<String> tokens) {
        int count = 0;
        boolean open = false;
        int atomicDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (atomicDepth > 0) {
                if (is(t, "case") || is(t, "begin")) {
                    atomicDepth++;
                } else if (is(t, "end")) {
                    atomicDepth--;
                }
                open = true;
                continue;
            }
            if (is(t, "begin") && i + 1 < tokens.size() && is(tokens.get(i + 1), "atomic")) {
                atomicDepth = 1;
                i++;
                open = true;
                continue;
            }
            if (t.equals(";")) {
                if (open) {
                    count++;
                }
                open = false;
            } else {
                open = true;
            }
        }
        return count + (open ? 1 : 0);
    }

    private static String hostEffect(String sql, List<String> tokens) {
        List<HostEffects.Effect> effects = HostEffects.of(sql);
        if (!effects.isEmpty()) {
            return effects.get(0).description();
        }
        // the statements inside a DO block or a routine body (they run now, or when the routine is called)
        for (String token : tokens) {
            if (token.startsWith("$") || token.startsWith("'") && token.length() > 2) {
                String body = unquoteBody(token);
                for (String inner : body.split(";")) {
                    List<HostEffects.Effect> innerEffects = HostEffects.of(inner.strip());
                    if (!innerEffects.isEmpty()) {
                        return innerEffects.get(0).description() + " (in a routine body)";
                    }
                }
            }
        }
        return null;
    }

    private static String unquoteBody(String token) {
        if (token.startsWith("$")) {
            int tagEnd = token.indexOf('$', 1) + 1;
            return tagEnd > 0 && token.length() >= 2 * tagEnd ? token.substring(tagEnd, token.length() - tagEnd) : token;
        }
        return token.substring(1, token.length() - 1).replace("''", "'");
    }

    private static boolean isCopyToStdout(List<String> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (is(tokens.get(i), "to") && is(tokens.get(i + 1), "stdout")) {
                return true;
            }
        }
        return false;
    }

    private String hiddenCode(String kind, List<String> tokens) throws SQLException {
        if (!DML.contains(kind)) {
            return null;
        }
        String table = dmlTarget(kind, tokens);
        if (table == null) {
            return null;
        }
        if (count(HIDDEN_CODE, table) > 0) {
            return table + " has triggers or rules, which run code a rollback may not undo";
        }
        boolean inserts = kind.equals("insert") || kind.equals("merge") || kind.equals("copy");
        if (inserts && count(SEQUENCE_DEFAULTS, table) > 0) {
            return "inserting into " + table + " advances its sequence, which a rollback does not undo";
        }
        return null;
    }

    private long count(String query, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The qualified name, as written, of the table a DML statement writes. */
    private static String dmlTarget(String kind, List<String> tokens) {
        int i = 1;
        while (i < tokens.size() && (is(tokens.get(i), "into") || is(tokens.get(i), "from")
                || is(tokens.get(i), "table") || is(tokens.get(i), "only"))) {
            i++;
        }
        if (kind.equals("merge") || kind.equals("insert") || kind.equals("delete") || kind.equals("update")
                || kind.equals("truncate") || kind.equals("copy")) {
            StringBuilder name = new StringBuilder();
            while (i < tokens.size()) {
                name.append(tokens.get(i));
                if (i + 1 < tokens.size() && tokens.get(i + 1).equals(".")) {
                    name.append('.');
                    i += 2;
                } else {
                    break;
                }
            }
            return name.length() == 0 ? null : name.toString();
        }
        return null;
    }

    private String functionCalls(List<String> tokens) throws SQLException {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i + 1).equals("(") || !isName(tokens.get(i))) {
                continue;
            }
            String schema = "";
            int before = i - 1;
            if (before >= 1 && tokens.get(before).equals(".") && isName(tokens.get(before - 1))) {
                schema = name(tokens.get(before - 1));
                before -= 2;
            }
            if (before >= 0 && NAMING_KEYWORDS.contains(tokens.get(before).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String refused = judge(schema, name(tokens.get(i)));
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    private String judge(String schema, String function) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(FUNCTION_LOOKUP)) {
            ps.setString(1, function);
            ps.setString(2, schema);
            ps.setString(3, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String refused = judge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5));
                    if (refused != null) {
                        return refused;
                    }
                }
            }
        }
        return null;
    }

    private String judge(String schema, String function, String language, String extension) {
        String shown = schema + "." + function + "()";
        if (HostEffects.isUntrustedLanguage(language) && !language.equals("c")
                && (givenDatabase || !allowHostEffects)) {
            return shown + " is written in the untrusted language " + language + ", which can reach the server's"
                    + " files and shell";
        }
        if (!givenDatabase) {
            return null;
        }
        if (NOT_UNDONE_FUNCTIONS.contains(function) || NOT_UNDONE_PREFIXES.stream().anyMatch(function::startsWith)) {
            return shown + " has effects a rollback does not undo (sequences, sessions, slots, files or other"
                    + " servers)";
        }
        if (HOST_EXTENSIONS.contains(extension)) {
            return shown + " belongs to the extension " + extension + ", which reaches other servers or files";
        }
        boolean builtIn = schema.equals("pg_catalog") || schema.equals("information_schema") || !extension.isEmpty();
        if (!builtIn) {
            return "calls the user function " + shown + ", whose body cannot be shown to be undone by a rollback";
        }
        return null;
    }

    private static boolean isName(String token) {
        return token.startsWith("\"") || !token.isEmpty() && (Character.isLetter(token.charAt(0))
                || token.charAt(0) == '_');
    }

    private static String name(String token) {
        return token.startsWith("\"") ? Identifiers.normalize(token) : token.toLowerCase(Locale.ROOT);
    }

    private static boolean is(String token, String word) {
        return token.equalsIgnoreCase(word);
    }
}
