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

    private static final Map<Dialect, List<Pattern>> SIGNS = new EnumMap<>(Map.of(
            Dialect.POSTGRES, List.of(p("\\$\\$"), p("\\b(BIG)?SERIAL\\b"), p("\\bJSONB\\b"), p("\\bTIMESTAMPTZ\\b"),
                    p("\\bWITH(OUT)? TIME ZONE\\b"), p("::\\s*[a-z_]+"), p("\\bCREATE (OR REPLACE )?FUNCTION\\b"),
                    p("\\bCONCURRENTLY\\b"), p("\\bUSING (btree|gin|gist|brin)\\b"), p("\\bAS ENUM\\b"), p("\\bBYTEA\\b"),
                    p("\\bCREATE EXTENSION\\b"), p("\\bplpgsql\\b"), p("\\bTEXT\\[\\]")),
            Dialect.MYSQL, List.of(p("\\bAUTO_INCREMENT\\b"), p("\\bENGINE\\s*="), p("\\bUNSIGNED\\b"), p("\\bCHARSET\\b"),
                    p("\\bMODIFY( COLUMN)?\\b"), p("\\bDELIMITER\\b"), p("\\bTINYINT\\b"), p("\\bLONGTEXT\\b"),
                    p("\\bMEDIUMTEXT\\b"), p("\\bDATETIME\\(\\d\\)"), p("\\bCHANGE COLUMN\\b")),
            Dialect.SQLITE, List.of(p("\\bAUTOINCREMENT\\b"), p("\\bPRAGMA\\b"), p("\\bWITHOUT ROWID\\b"), p("\\bsqlite_\\w+"),
                    p("`\\w+` (integer|text|real|blob|numeric)\\b"), p("\\bINSERT OR (REPLACE|IGNORE)\\b"),
                    p("\\b__new_\\w+"))));

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The dialect whose syntax occurs most often in the texts, or null when none shows. */
    static Dialect sniff(List<String> texts) {
        Map<Dialect, Integer> score = new EnumMap<>(Dialect.class);
        for (String text : texts) {
            for (Map.Entry<Dialect, List<Pattern>> e : SIGNS.entrySet()) {
                for (Pattern pattern : e.getValue()) {
                    Matcher m = pattern.matcher(text);
                    int n = 0;
                    while (n < 20 && m.find()) {
                        n++;
                    }
                    score.merge(e.getKey(), n, Integer::sum);
                }
            }
        }
        Dialect best = null;
        int bestScore = 0;
        for (Map.Entry<Dialect, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
