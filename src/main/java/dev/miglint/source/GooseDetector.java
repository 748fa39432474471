package dev.miglint.source;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * goose: {@code <version>_<name>.sql} with {@code -- +goose Up} and {@code -- +goose Down} sections in one
 * file, applied in numeric version order; each in a transaction unless {@code -- +goose NO TRANSACTION}.
 */
final class GooseDetector implements FrameworkDetector {
    private static final Pattern NAME = Pattern.compile("^(\\d+)_.*\\.sql$", Pattern.CASE_INSENSITIVE);

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Path p : ctx.sqlFiles(dir)) {
            if (NAME.matcher(p.getFileName().toString()).matches()) {
                scripts.add(p);
            }
        }
        if (scripts.stream().noneMatch(p -> Sections.isGoose(ctx.read(p)))) {
            return List.of();
        }
        scripts.sort(Comparator.comparing(GooseDetector::version).thenComparing(p -> p.getFileName().toString()));
        return ctx.history(dir, Framework.GOOSE, null, scripts, (p, dialect) -> migration(p, ctx));
    }

    static MigrationFile migration(Path p, DetectContext ctx) {
        Sections.Split s = Sections.goose(ctx.read(p));
        DownStep down = s.hasDown() ? new DownStep(p, s.down(), false) : DownStep.missing();
        return new MigrationFile(p, ctx.display(p), Framework.GOOSE.id(), s.runsInTransaction(), s.up(), down);
    }

    private static BigInteger version(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? new BigInteger(m.group(1)) : BigInteger.ZERO;
    }
}
