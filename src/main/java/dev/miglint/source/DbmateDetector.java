package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
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
        return ctx.history(dir, Framework.DBMATE, null, scripts, (p, dialect) -> migration(p, ctx, dialect));
    }

    /**
     * With {@code transaction:false} dbmate still sends the up section in one Exec (amacneil/dbmate#182, #285): on
     * PostgreSQL an implicit transaction block when it holds several statements.
     */
    static MigrationFile migration(Path p, DetectContext ctx, Dialect dialect) {
        Sections.Split s = Sections.dbmate(ctx.read(p));
        DownStep down = s.hasDown() ? new DownStep(p, s.down(), false) : DownStep.missing();
        TransactionWrapping wrapping = Boolean.FALSE.equals(s.runsInTransaction())
                ? TransactionSemantics.oneQueryString(DetectContext.orDefault(dialect), TransactionWrapping.NONE)
                : TransactionWrapping.of(s.runsInTransaction());
        return MigrationFile.of(p, ctx.display(p), Framework.DBMATE.id(), wrapping, s.up(), down);
    }
}
