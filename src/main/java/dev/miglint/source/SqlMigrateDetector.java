package dev.miglint.source;

import dev.miglint.model.Span;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * rubenv/sql-migrate: {@code <id>_<name>.sql} with {@code -- +migrate Up} and {@code -- +migrate Down} sections,
 * applied in id order (numeric prefixes as numbers). sql-migrate splits the up section into statements itself
 * and runs them in one transaction, or one by one with {@code -- +migrate Up notransaction}.
 */
final class SqlMigrateDetector implements FrameworkDetector {

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Path> scripts = ctx.sqlFiles(dir).stream().filter(p -> Sections.isSqlMigrate(ctx.read(p))).toList();
        if (scripts.isEmpty()) {
            return List.of();
        }
        return ctx.history(dir, Framework.SQL_MIGRATE, null, scripts, (p, dialect) -> migration(p, ctx));
    }

    static MigrationFile migration(Path p, DetectContext ctx) {
        Sections.Split s = Sections.sqlMigrate(ctx.read(p));
        DownStep down = s.hasDown() ? new DownStep(p, s.down(), false) : DownStep.missing();
        TransactionWrapping wrapping = TransactionWrapping.of(s.runsInTransaction());
        // a file with only a Down section has an empty up step, not the whole file
        return MigrationFile.of(p, ctx.display(p), Framework.SQL_MIGRATE.id(), wrapping,
                s.up() == null ? new Span(0, 0) : s.up(), down);
    }
}
