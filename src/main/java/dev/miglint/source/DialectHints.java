package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a history's dialect comes from when its framework does not record it: a directory named after a
 * database ({@code migrations/postgresql}, {@code schema/mysql}), else the SQL itself (syntax only one
 * dialect has, counted over the files).
 */
final class DialectHints {
    private DialectHints() {
    }

    /** The dialect a directory or file-name part names: postgres, postgresql, pg, cockroach, mysql, mariadb, sqlite, sqlite3. */
    static Dialect named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "postgres": case "postgresql": case "pg": case "pgsql": case "cockroach": case "cockroachdb":
                return Dialect.POSTGRES;
            case "mysql": case "mariadb":
                return Dialect.MYSQL;
            case "sqlite": case "sqlite3": case "libsql": case "turso":
                return Dialect.SQLITE;
            default:
                return null;
        }
    }

    /** The innermost directory of {@code dir} at or below {@code root} that names a dialect, or null. */
    static Dialect fromPath(Path root, Path dir) {
        Path relative = dir.startsWith(root) ? root.relativize(dir) : dir.getFileName();
        Dialect found = root.getFileName() == null ? null : named(root.getFileName().toString());
        if (relative != null) {
            for (Path part : relative) {
                Dialect d = named(part.toString());
                if (d != null) {
                    found = d;
                }
            }
        }
        return found;
    }

    /** A piece of syntax and how strongly it tells its dialect: 1 when other dialects accept it too. */
    private record Sign(Pattern pattern, int weight) {
    }

    /*
     * jsonb is a SQLite column type and function family too, and tinyint or `quoted` names are accepted by more
     * than one dialect: they weigh little. COLLATE NOCASE, INTEGER PRIMARY KEY AUTOINCREMENT, PRAGMA and WITHOUT
     * ROWID exist only in SQLite, $$ bodies and :: casts only in PostgreSQL, ENGINE= only in MySQL.
     */
    private static final Map<Dialect, List<Sign>> SIGNS = new EnumMap<>(Map.of(
            Dialect.POSTGRES, List.of(s("\\$\\$", 3), s("\\b(BIG)?SERIAL\\b", 3), s("\\bJSONB\\b", 1), s("\\bTIMESTAMPTZ\\b", 3),
                    s("\\bWITH(OUT)? TIME ZONE\\b", 2), s("::\\s*[a-z_]+", 2), s("\\bCREATE (OR REPLACE )?FUNCTION\\b", 2),
                    s("\\bCONCURRENTLY\\b", 5), s("\\bUSING (btree|gin|gist|brin)\\b", 5), s("\\bAS ENUM\\b", 5),
                    s("\\bBYTEA\\b", 3), s("\\bCREATE EXTENSION\\b", 5), s("\\bplpgsql\\b", 5), s("\\bTEXT\\[\\]", 3)),
            Dialect.MYSQL, List.of(s("\\bAUTO_INCREMENT\\b", 5), s("\\bENGINE\\s*=", 5), s("\\bUNSIGNED\\b", 3),
                    s("\\bCHARSET\\b", 3), s("\\bMODIFY( COLUMN)?\\b", 2), s("\\bDELIMITER\\b", 3), s("\\bTINYINT\\b", 1),
                    s("\\bLONGTEXT\\b", 2), s("\\bMEDIUMTEXT\\b", 2), s("\\bDATETIME\\(\\d\\)", 2), s("\\bCHANGE COLUMN\\b", 3)),
            Dialect.SQLITE, List.of(s("\\bAUTOINCREMENT\\b", 3), s("\\bINTEGER\\s+PRIMARY\\s+KEY\\s+AUTOINCREMENT\\b", 5),
                    s("\\bCOLLATE\\s+NOCASE\\b", 5), s("\\bPRAGMA\\b", 5), s("\\bWITHOUT\\s+ROWID\\b", 5), s("\\bsqlite_\\w+", 5),
                    s("`\\w+` (integer|text|real|blob|numeric)\\b", 1), s("\\bINSERT OR (REPLACE|IGNORE)\\b", 5),
                    s("\\b__new_\\w+", 3), s("\\b(datetime|strftime|julianday)\\s*\\(\\s*'", 5), s("\\bunixepoch\\s*\\(", 5))));

    /** Below this score the dialect read from the SQL is a guess worth saying so. */
    static final int STRONG_EVIDENCE = 10;

    private static Sign s(String regex, int weight) {
        return new Sign(p(regex), weight);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The dialect whose syntax weighs most in the texts, or null when none shows. */
    static Dialect sniff(List<String> texts) {
        Evidence e = weigh(texts);
        return e == null ? null : e.dialect();
    }

    /** What the SQL says: the heaviest dialect, its score and the runner-up's; null when no sign shows. */
    record Evidence(Dialect dialect, int score, int runnerUp) {
        boolean weak() {
            return score < STRONG_EVIDENCE || score < 2 * runnerUp;
        }
    }

    /** Says which dialect is assumed from {@code evidence} (null: none) and why, and how to choose another. */
    static String assumption(Evidence evidence) {
        String why = evidence == null
                ? "PostgreSQL assumed: no framework, folder name or dialect-specific SQL says which database this is"
                : evidence.dialect().id() + " assumed from weak evidence in the SQL (score " + evidence.score()
                        + (evidence.runnerUp() > 0 ? " against " + evidence.runnerUp() + " for another dialect" : "")
                        + "; no framework or folder name says which database this is)";
        return why + "; choose with --dialect postgres|mysql|sqlite or `dialect` in miglint.toml";
    }

    static Evidence weigh(List<String> texts) {
        Map<Dialect, Integer> score = new EnumMap<>(Dialect.class);
        for (String text : texts) {
            for (Map.Entry<Dialect, List<Sign>> e : SIGNS.entrySet()) {
                for (Sign sign : e.getValue()) {
                    Matcher m = sign.pattern().matcher(text);
                    // a sign other dialects share says as much the tenth time as the first
                    int cap = sign.weight() == 1 ? 1 : 20;
                    int n = 0;
                    while (n < cap && m.find()) {
                        n++;
                    }
                    score.merge(e.getKey(), n * sign.weight(), Integer::sum);
                }
            }
        }
        Dialect best = null;
        int bestScore = 0;
        int runnerUp = 0;
        for (Map.Entry<Dialect, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                runnerUp = bestScore;
                best = e.getKey();
                bestScore = e.getValue();
            } else {
                runnerUp = Math.max(runnerUp, e.getValue());
            }
        }
        return best == null ? null : new Evidence(best, bestScore, runnerUp);
    }
}
