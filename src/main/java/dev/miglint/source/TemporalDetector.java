package dev.miglint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * temporal-sql-tool: {@code versioned/v<major>.<minor>/} folders applied in version order, each holding
 * the SQL files its {@code manifest.json} lists ({@code SqlFiles}, in that order; name order without a
 * manifest). The tool executes statement by statement, without a transaction (not modelled: unknown).
 */
final class TemporalDetector implements FrameworkDetector {
    private static final Pattern VERSION_DIR = Pattern.compile("^v\\d+(\\.\\d+)+$");
    private static final Pattern SQL_FILES = Pattern.compile("\"SqlFiles\"\\s*:\\s*\\[([^]]*)]");
    private static final Pattern STRING = Pattern.compile("\"([^\"]+)\"");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Path> versions = new ArrayList<>();
        for (Path sub : ctx.subdirs(dir)) {
            if (VERSION_DIR.matcher(sub.getFileName().toString()).matches()) {
                versions.add(sub);
            }
        }
        if (versions.isEmpty() || !ctx.sqlFiles(dir).isEmpty()) {
            return List.of();
        }
        versions.sort((a, b) -> NaturalOrder.VERSIONS.compare(a.getFileName().toString(), b.getFileName().toString()));
        List<Path> scripts = new ArrayList<>();
        for (Path v : versions) {
            Path manifest = v.resolve("manifest.json");
            Matcher m = Files.isRegularFile(manifest) ? SQL_FILES.matcher(ctx.read(manifest)) : null;
            if (m != null && m.find()) {
                Matcher s = STRING.matcher(m.group(1));
                while (s.find()) {
                    Path p = v.resolve(s.group(1));
                    if (Files.isRegularFile(p)) {
                        scripts.add(p);
                    }
                }
            } else {
                scripts.addAll(ctx.sqlFiles(v));
            }
        }
        if (scripts.isEmpty()) {
            return List.of();
        }
        return ctx.history(dir, Framework.TEMPORAL, null, scripts,
                (p, dialect) -> new MigrationFile(p, ctx.display(p), Framework.TEMPORAL.id(), null, null, null));
    }
}
