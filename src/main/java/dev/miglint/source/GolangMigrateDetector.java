package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
        return UpDownPairs.history(dir, ctx, NAME, Framework.GOLANG_MIGRATE, dialect -> switch (dialect) {
            case POSTGRES -> TransactionSemantics.oneQueryString(Dialect.POSTGRES, null);
            case MYSQL -> TransactionWrapping.NONE;
            case SQLITE -> TransactionWrapping.TRANSACTION;
        });
    }
}
