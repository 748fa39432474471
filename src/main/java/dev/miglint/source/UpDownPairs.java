package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files named {@code <version>_<name>[.<dialect>].up.sql} / {@code .down.sql} (golang-migrate, pop/popx,
 * authelia): parsed names, up files in numeric version order and each up's down.
 */
final class UpDownPairs {
    /** A parsed file name; {@code dialect} is the name part such as {@code mysql}, null when absent. */
    record Name(Path path, String version, String name, String dialect, boolean up) {
        String key() {
            return version + "\u0000" + name + "\u0000" + (dialect == null ? "" : dialect);
        }
    }

    private UpDownPairs() {
    }

    /** Parses names with a pattern whose groups are version, name, optional dialect, direction (up|down). */
    static List<Name> parse(List<Path> files, Pattern pattern) {
        List<Name> out = new ArrayList<>();
        for (Path p : files) {
            Matcher m = pattern.matcher(p.getFileName().toString());
            if (m.matches()) {
                String dialect = m.groupCount() >= 4 ? m.group(3) : null;
                out.add(new Name(p, m.group(1), m.group(2), dialect, m.group(m.groupCount()).equalsIgnoreCase("up")));
            }
        }
        return out;
    }

    static final Comparator<Name> ORDER = Comparator.<Name, String>comparing(Name::version, NaturalOrder.VERSIONS)
            .thenComparing(Name::name).thenComparing(n -> n.path().getFileName().toString());

    /** The down file of each up, by version, name and dialect. */
    static Map<String, Path> downs(List<Name> names) {
        Map<String, Path> downs = new HashMap<>();
        names.stream().filter(n -> !n.up()).forEach(n -> downs.put(n.key(), n.path()));
        return downs;
    }

    /**
     * The history of a folder of up/down pairs named by {@code pattern} (see {@link #parse}): each up in migration
     * order with its down step, run as {@code wrapping} says for the history's dialect (null: not known). Empty when
     * the folder holds no up file.
     */
    static List<History> history(Path dir, DetectContext ctx, Pattern pattern, Framework framework,
            Function<Dialect, TransactionWrapping> wrapping) throws IOException {
        List<Name> names = parse(ctx.sqlFiles(dir), pattern);
        List<Name> ups = sortedUps(names);
        if (ups.isEmpty()) {
            return List.of();
        }
        Map<String, Path> downs = downs(names);
        Dialect dialect = ctx.dialect(dir, null, ups.stream().map(Name::path).toList());
        TransactionWrapping tx = wrapping.apply(DetectContext.orDefault(dialect));
        List<MigrationFile> files = ups.stream().map(up -> MigrationFile.of(up.path(), ctx.display(up.path()),
                framework.id(), tx, null, DownStep.wholeFile(downs.get(up.key())))).toList();
        return List.of(new History(ctx.display(dir), framework.id(), dialect, files));
    }

    /** The up migrations in migration order. */
    static List<Name> sortedUps(List<Name> names) {
        List<Name> ups = new java.util.ArrayList<>(names.stream().filter(Name::up).toList());
        ups.sort(ORDER);
        return ups;
    }
}
