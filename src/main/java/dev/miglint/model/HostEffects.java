package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a statement does outside the database: runs a shell command, reads or writes files, or installs code that
 * can do either. Read from the statement's tokens (comments, string literals and dollar-quoted bodies never match
 * a keyword; quoted and schema-qualified function names do), so spelling a call differently does not hide it.
 * The lint rules report these; the dry run must refuse them.
 */
public final class HostEffects {

    public enum Kind {
        /** Runs a program on the database server or the machine running the migration. */
        SHELL_COMMAND,
        /** Reads or writes files (or lists directories) there. */
        FILE_ACCESS,
        /** Installs or runs code in a language that can reach the operating system. */
        UNTRUSTED_CODE
    }

    public record Effect(Kind kind, String description) {
    }

    /** Server functions that read, write or list files on the database server (PostgreSQL, MySQL). */
    private static final Set<String> FILE_FUNCTIONS = Set.of("lo_import", "lo_export", "pg_read_file",
            "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir",
            "pg_ls_archive_statusdir", "pg_ls_logicalsnapdir", "pg_ls_logicalmapdir", "pg_ls_replslotdir",
            "pg_file_write", "pg_file_rename", "pg_file_unlink", "pg_file_sync", "pg_logdir_ls", "load_file");
    /** Predefined PostgreSQL roles whose members may run programs or touch files as the server. */
    private static final Set<String> HOST_ROLES = Set.of("pg_execute_server_program", "pg_read_server_files",
            "pg_write_server_files");
    /** Extensions that give SQL access to the file system or to untrusted code. */
    private static final Set<String> HOST_EXTENSIONS = Set.of("adminpack", "file_fdw", "plsh");
    /** Untrusted procedural languages without the conventional trailing "u", and C (native code). */
    private static final Set<String> UNTRUSTED_LANGUAGES = Set.of("c", "plsh", "plrust");

    private HostEffects() {
    }

    /**
     * True for a procedural language whose functions can reach the operating system: by PostgreSQL convention
     * the untrusted variant ends in "u" (plpython3u, plperlu, pltclu, plluau), plus C and a few others.
     */
    public static boolean isUntrustedLanguage(String language) {
        if (language == null) {
            return false;
        }
        String name = Identifiers.normalize(unquoteString(language)).toLowerCase(Locale.ROOT);
        return UNTRUSTED_LANGUAGES.contains(name) || name.startsWith("pl") && name.endsWith("u") && name.length() > 3;
    }

    /** The effects of one statement's text, in the order found. */
    public static List<Effect> of(StatementTokens statement) {
        List<String> tokens = statement.texts();
        List<Effect> effects = new ArrayList<>();
        copy(tokens, effects);
        functionCalls(tokens, effects);
        languages(tokens, effects);
        grantsAndExtensions(tokens, effects);
        return effects;
    }

    private static void copy(List<String> tokens, List<Effect> effects) {
        boolean psqlCopy = !tokens.isEmpty() && tokens.get(0).equals("\\") && tokens.size() > 1
                && word(tokens, 1, "copy");
        boolean copy = word(tokens, 0, "copy") || psqlCopy;
        // LOAD DATA INFILE and SELECT ... INTO OUTFILE / DUMPFILE (MySQL) read and write files the same way
        if (word(tokens, 0, "load") && word(tokens, 1, "data")) {
            effects.add(new Effect(Kind.FILE_ACCESS, "LOAD DATA reads a file"));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (word(tokens, i, "into") && (word(tokens, i + 1, "outfile") || word(tokens, i + 1, "dumpfile"))) {
                effects.add(new Effect(Kind.FILE_ACCESS, "SELECT ... INTO " + tokens.get(i + 1).toUpperCase(Locale.ROOT)
                        + " writes a file"));
            }
        }
        if (!copy) {
            return;
        }
        String where = psqlCopy ? "on the machine running psql" : "on the database server";
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!word(tokens, i, "to") && !word(tokens, i, "from")) {
                continue;
            }
            String direction = tokens.get(i).toUpperCase(Locale.ROOT);
            if (word(tokens, i + 1, "program")) {
                effects.add(new Effect(Kind.SHELL_COMMAND, "COPY ... " + direction + " PROGRAM runs a shell command "
                        + where));
                return;
            }
            String target = tokens.get(i + 1);
            boolean escapeString = target.length() > 1 && (target.charAt(0) == 'e' || target.charAt(0) == 'E')
                    && target.charAt(1) == '\'';
            // psql's \copy reads and writes files of the client, next to the migration: an ordinary way to load data
            if (!psqlCopy && (target.startsWith("'") || escapeString)) {
                effects.add(new Effect(Kind.FILE_ACCESS, "COPY ... " + direction + " a file "
                        + (direction.equals("TO") ? "writes" : "reads") + " it " + where));
                return;
            }
        }
    }

    private static void functionCalls(List<String> tokens, List<Effect> effects) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i + 1).equals("(")) {
                continue;
            }
            String name = name(tokens.get(i));
            if (FILE_FUNCTIONS.contains(name) && !declaredHere(tokens, i)) {
                effects.add(new Effect(Kind.FILE_ACCESS, name + "() reads or writes files on the database server"));
            } else if (name.equals("load_extension") && !declaredHere(tokens, i)) {
                effects.add(new Effect(Kind.UNTRUSTED_CODE, "load_extension() loads native code into the database"));
            }
        }
    }

    /** {@code CREATE FUNCTION lo_import(...)} defines a function of that name; it does not call one. */
    private static boolean declaredHere(List<String> tokens, int nameAt) {
        int i = nameAt - 1;
        while (i >= 1 && tokens.get(i).equals(".")) {
            i -= 2;
        }
        return i >= 0 && (word(tokens, i, "function") || word(tokens, i, "procedure"));
    }

    private static void languages(List<String> tokens, List<Effect> effects) {
        boolean routine = false;
        for (int i = 0; i < tokens.size(); i++) {
            routine |= word(tokens, i, "function") || word(tokens, i, "procedure") || word(tokens, i, "do")
                    || word(tokens, i, "language") && i > 0 && (word(tokens, i - 1, "create")
                    || word(tokens, i - 1, "trusted") || word(tokens, i - 1, "procedural"));
        }
        if (!routine) {
            return;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (word(tokens, i, "language") && isUntrustedLanguage(tokens.get(i + 1))) {
                effects.add(new Effect(Kind.UNTRUSTED_CODE, "code in the untrusted language "
                        + name(tokens.get(i + 1)) + " can run programs and read files as the database server"));
                return;
            }
        }
    }

    private static void grantsAndExtensions(List<String> tokens, List<Effect> effects) {
        if (word(tokens, 0, "grant")) {
            for (int i = 1; i < tokens.size() && !word(tokens, i, "to"); i++) {
                String role = name(tokens.get(i));
                if (HOST_ROLES.contains(role)) {
                    effects.add(new Effect(role.contains("program") ? Kind.SHELL_COMMAND : Kind.FILE_ACCESS,
                            "membership in " + role + " lets a role " + (role.contains("program")
                                    ? "run programs" : "read or write files") + " as the database server"));
                }
            }
        }
        if (word(tokens, 0, "create") && word(tokens, 1, "extension")) {
            int at = word(tokens, 2, "if") ? 5 : 2;
            if (at < tokens.size()) {
                String extension = name(tokens.get(at));
                if (HOST_EXTENSIONS.contains(extension)) {
                    effects.add(new Effect(Kind.FILE_ACCESS, "the extension " + extension
                            + " gives SQL access to the server's files or shell"));
                } else if (isUntrustedLanguage(extension)) {
                    effects.add(new Effect(Kind.UNTRUSTED_CODE, "the extension " + extension
                            + " installs an untrusted language, whose functions can run programs as the server"));
                }
            }
        }
    }

    private static boolean word(List<String> tokens, int i, String lowerWord) {
        return i >= 0 && i < tokens.size() && tokens.get(i).equalsIgnoreCase(lowerWord);
    }

    /** A name as the database resolves it: quoted as written, unquoted folded to lower case. */
    private static String name(String token) {
        return token.startsWith("\"") || token.startsWith("`") ? Identifiers.normalize(token)
                : unquoteString(token).toLowerCase(Locale.ROOT);
    }

    /** {@code LANGUAGE 'plpythonu'} (an old spelling) names the language in a string literal. */
    private static String unquoteString(String token) {
        return token.length() >= 2 && token.startsWith("'") && token.endsWith("'")
                ? token.substring(1, token.length() - 1) : token;
    }
}
