package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * golang-migrate: {@code <version>_<title>.up.sql} / {@code .down.sql}, applied in numeric version order.
 * The postgres and pgx drivers send the whole file as one Exec, i.e. one simple-query string, which
 * PostgreSQL runs as an implicit transaction when it holds several statements; the mysql driver uses no
 * transaction; the sqlite3 driver wraps each file in one unless {@code x-no-tx-wrap}.
 */
final class GolangMigrateDetector implements FrameworkDetector {
    /** golang-migrate's own pattern {@code ^([0-9]+)_(.*)\.(down|up)\.(.*)$}: {@code 30_x.up..sql} applies too. */
    static final Pattern NAME = Pattern.compile("^(\\d+)_(.*)\\.(up|down)\\.(?:.*)$");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<UpDownPairs.Name> names = UpDownPairs.parse(ctx.sqlFiles(dir), NAME);
        List<UpDownPairs.Name> ups = UpDownPairs.sortedUps(names);
        if (ups.isEmpty()) {
            return List.of();
        }
        Map<String, Path> downs = UpDownPairs.downs(names);
        Dialect dialect = ctx.dialect(dir, null, ups.stream().map(UpDownPairs.Name::path).toList());
        List<MigrationFile> files = new ArrayList<>();
        for (UpDownPairs.Name up : ups) {
            TransactionWrapping tx = switch (DetectContext.orDefault(dialect)) {
                case POSTGRES -> TransactionSemantics.oneQueryString(Dialect.POSTGRES, null);
                case MYSQL -> TransactionWrapping.NONE;
                case SQLITE -> TransactionWrapping.TRANSACTION;
            };
            files.add(MigrationFile.of(up.path(), ctx.display(up.path()), Framework.GOLANG_MIGRATE.id(), tx, null,
                    DownStep.wholeFile(downs.get(up.key()))));
        }
        return List.of(new History(ctx.display(dir), Framework.GOLANG_MIGRATE.id(), dialect, files));
    }
}
