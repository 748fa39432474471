package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * dbmate: {@code <version>_<name>.sql} with {@code -- migrate:up} and {@code -- migrate:down} sections,
 * applied in version order; each in a transaction unless the up line has {@code transaction:false}.
 */
final class DbmateDetector implements FrameworkDetector {

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Path> scripts = ctx.sqlFiles(dir).stream().filter(p -> Sections.isDbmate(ctx.read(p))).toList();
        if (scripts.isEmpty()) {
            return List.of();
        }
        Dialect dialect = ctx.dialect(dir, null, scripts);
        List<MigrationFile> files = scripts.stream().map(p -> migration(p, ctx)).toList();
        return List.of(new History(ctx.display(dir), "dbmate", dialect, files));
    }

    static MigrationFile migration(Path p, DetectContext ctx) {
        Sections.Split s = Sections.dbmate(ctx.read(p));
        DownStep down = s.hasDown() ? new DownStep(p, s.down(), false) : DownStep.missing();
        return new MigrationFile(p, ctx.display(p), "dbmate", s.runsInTransaction(), s.up(), down);
    }
}
