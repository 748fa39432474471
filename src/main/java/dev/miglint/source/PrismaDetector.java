package dev.miglint.source;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prisma Migrate: {@code migrations/<timestamp>_<name>/migration.sql}, applied in folder-name order;
 * {@code migration_lock.toml} records the provider. No down migrations. On PostgreSQL the script is sent
 * as one multi-statement string, so a file of several statements runs in an implicit transaction.
 */
final class PrismaDetector implements FrameworkDetector {
    private static final Pattern FOLDER = Pattern.compile("^\\d+_.+");
    private static final Pattern PROVIDER = Pattern.compile("(?m)^\\s*provider\\s*=\\s*\"([^\"]+)\"");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        Path lock = dir.resolve("migration_lock.toml");
        List<Path> scripts = new ArrayList<>();
        for (Path sub : ctx.subdirs(dir)) {
            Path script = sub.resolve("migration.sql");
            if (FOLDER.matcher(sub.getFileName().toString()).matches() && Files.isRegularFile(script)) {
                scripts.add(script);
            }
        }
        if (scripts.isEmpty() || !Files.isRegularFile(lock) && !ctx.sqlFiles(dir).isEmpty()) {
            return List.of();
        }
        scripts.sort(Comparator.comparing(p -> p.getParent().getFileName().toString()));
        Dialect declared = null;
        if (Files.isRegularFile(lock)) {
            Matcher m = PROVIDER.matcher(ctx.read(lock));
            if (m.find()) {
                declared = DialectHints.named(m.group(1));
            }
        }
        Dialect dialect = ctx.dialect(dir, declared, scripts);
        List<MigrationFile> files = new ArrayList<>();
        for (Path script : scripts) {
            TransactionWrapping tx = switch (DetectContext.orDefault(dialect)) {
                case POSTGRES -> TransactionSemantics.oneQueryString(Dialect.POSTGRES, null);
                case MYSQL -> TransactionWrapping.NONE;
                case SQLITE -> null;
            };
            files.add(MigrationFile.of(script, ctx.display(script), Framework.PRISMA.id(), tx, null, null));
        }
        return List.of(new History(ctx.display(dir), Framework.PRISMA.id(), dialect, files));
    }
}
