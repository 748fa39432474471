package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Diesel: {@code migrations/<version>_<name>/up.sql} and {@code down.sql}, applied in version order (the
 * folder name before its first {@code _} with every {@code -} removed, compared as strings, as diesel does),
 * each in a transaction unless {@code metadata.toml} says {@code run_in_transaction = false}.
 */
final class DieselDetector implements FrameworkDetector {
    private static final Pattern NO_TRANSACTION = Pattern.compile("(?m)^\\s*run_in_transaction\\s*=\\s*false\\b");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Path> ups = new ArrayList<>();
        for (Path sub : ctx.subdirs(dir)) {
            Path up = sub.resolve("up.sql");
            if (Files.isRegularFile(up) && !sub.getFileName().toString().startsWith(".")) {
                ups.add(up);
            }
        }
        if (ups.isEmpty()) {
            return List.of();
        }
        ups.sort(Comparator.comparing((Path p) -> version(p.getParent().getFileName().toString()))
                .thenComparing(p -> p.getParent().getFileName().toString()));
        Dialect dialect = ctx.dialect(dir, null, ups);
        List<MigrationFile> files = new ArrayList<>();
        for (Path up : ups) {
            Path folder = up.getParent();
            Path metadata = folder.resolve("metadata.toml");
            boolean tx = !(Files.isRegularFile(metadata) && NO_TRANSACTION.matcher(ctx.read(metadata)).find());
            Path down = folder.resolve("down.sql");
            // without its transaction diesel runs up.sql with one batch_execute: one query string
            TransactionWrapping wrapping = tx ? TransactionWrapping.TRANSACTION
                    : TransactionSemantics.oneQueryString(DetectContext.orDefault(dialect), TransactionWrapping.NONE);
            files.add(MigrationFile.of(up, ctx.display(up), Framework.DIESEL.id(), wrapping, null,
                    DownStep.wholeFile(Files.isRegularFile(down) ? down : null)));
        }
        return List.of(new History(ctx.display(dir), Framework.DIESEL.id(), dialect, files));
    }

    /** diesel's version of a migration folder: {@code 2019-01-02-030405_x} is {@code 20190102030405}. */
    static String version(String folderName) {
        int underscore = folderName.indexOf('_');
        return (underscore < 0 ? folderName : folderName.substring(0, underscore)).replace("-", "");
    }
}
