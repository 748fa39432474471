package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * gobuffalo pop / ory popx: {@code <version>_<name>[.<dialect>].up.sql} / {@code .down.sql}. The dialect
 * part (postgres, cockroach, mysql, sqlite3) restricts a file to that database; files without it apply to
 * all. Each database is its own history; for a version the dialect-specific file replaces the generic one.
 * pop runs each migration in a transaction. A folder of generic files is pop (rather than golang-migrate)
 * when the SQL uses pop's Go templates ({@code {{ ... }}}).
 */
final class PopDetector implements FrameworkDetector {
    private static final Pattern NAME = Pattern.compile(
            "^(\\d+)_(.+?)(?:\\.(postgres|cockroach|mysql|sqlite3|sqlite|mariadb))?\\.(up|down)\\.sql$", Pattern.CASE_INSENSITIVE);

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<UpDownPairs.Name> names = UpDownPairs.parse(ctx.sqlFiles(dir), NAME);
        if (names.stream().noneMatch(UpDownPairs.Name::up)) {
            return List.of();
        }
        TreeSet<String> dialects = new TreeSet<>();
        names.stream().filter(n -> n.dialect() != null).forEach(n -> dialects.add(group(n.dialect())));
        boolean templated = names.stream().anyMatch(n -> ctx.read(n.path()).matches("(?s).*\\{\\{.*}}.*"));
        if (dialects.isEmpty() && !templated) {
            return List.of();
        }
        String framework = templated ? Framework.POP.id() : Framework.POPX.id();
        List<History> out = new ArrayList<>();
        if (dialects.isEmpty()) {
            out.add(history(dir, ctx, framework, null, names));
        } else {
            for (String d : dialects) {
                out.add(history(dir, ctx, framework, d, names));
            }
        }
        return out;
    }

    private static String group(String dialect) {
        String d = dialect.toLowerCase(java.util.Locale.ROOT);
        return d.equals("sqlite") ? "sqlite3" : d.equals("mariadb") ? "mysql" : d;
    }

    private static History history(Path dir, DetectContext ctx, String framework, String dialectName, List<UpDownPairs.Name> names) {
        // per version and name: the dialect's own file, else the generic one
        Map<String, UpDownPairs.Name> ups = new LinkedHashMap<>();
        Map<String, Path> downs = new LinkedHashMap<>();
        List<UpDownPairs.Name> sorted = new ArrayList<>(names);
        sorted.sort(UpDownPairs.ORDER);
        for (UpDownPairs.Name n : sorted) {
            boolean specific = n.dialect() != null;
            if (specific && !group(n.dialect()).equals(dialectName)) {
                continue;
            }
            String key = n.version() + "\u0000" + n.name();
            if (n.up()) {
                if (specific || !ups.containsKey(key)) {
                    ups.put(key, n);
                }
            } else if (specific || !downs.containsKey(key)) {
                downs.put(key, n.path());
            }
        }
        List<UpDownPairs.Name> order = new ArrayList<>(ups.values());
        order.sort(UpDownPairs.ORDER);
        Dialect declared = dialectName == null ? null : DialectHints.named(dialectName);
        Dialect dialect = ctx.dialect(dir, declared, order.stream().map(UpDownPairs.Name::path).toList());
        List<MigrationFile> files = new ArrayList<>();
        for (UpDownPairs.Name up : order) {
            Path down = downs.get(up.version() + "\u0000" + up.name());
            files.add(new MigrationFile(up.path(), ctx.display(up.path()), framework, true, null, DownStep.wholeFile(down)));
        }
        String name = ctx.display(dir) + (dialectName == null ? "" : " (" + dialectName + ")");
        return new History(name, framework, dialect, files);
    }
}
