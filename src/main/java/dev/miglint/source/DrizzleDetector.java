package dev.miglint.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drizzle Kit: {@code <out>/meta/_journal.json} lists the migrations ({@code entries[].idx} order,
 * {@code tag} = file name without .sql) and the dialect; statements are split at
 * {@code --> statement-breakpoint}. Drizzle's migrator applies all pending migrations in one transaction.
 * Without a journal, a folder of {@code NNNN_name.sql} files using statement breakpoints is recognised too.
 */
final class DrizzleDetector implements FrameworkDetector {
    private static final Pattern NAME = Pattern.compile("^\\d{4}_[A-Za-z0-9_-]+\\.sql$");

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        Path journal = dir.resolve("meta").resolve("_journal.json");
        List<Path> scripts = new ArrayList<>();
        Dialect declared = null;
        if (Files.isRegularFile(journal)) {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(ctx.read(journal));
            } catch (IOException e) {
                return List.of();
            }
            declared = DialectHints.named(root.path("dialect").asText(""));
            List<JsonNode> entries = new ArrayList<>();
            root.path("entries").forEach(entries::add);
            entries.sort(Comparator.comparingInt(e -> e.path("idx").asInt()));
            for (JsonNode e : entries) {
                Path file = dir.resolve(e.path("tag").asText() + ".sql");
                if (Files.isRegularFile(file) && !e.path("tag").asText().isEmpty()) {
                    scripts.add(file);
                }
            }
        } else {
            List<Path> sql = ctx.sqlFiles(dir);
            if (sql.isEmpty() || !sql.stream().allMatch(p -> NAME.matcher(p.getFileName().toString()).matches())
                    || sql.stream().noneMatch(p -> ctx.read(p).contains("--> statement-breakpoint"))) {
                return List.of();
            }
            scripts.addAll(sql);
        }
        if (scripts.isEmpty()) {
            return List.of();
        }
        return ctx.history(dir, Framework.DRIZZLE, declared, scripts,
                (p, dialect) -> new MigrationFile(p, ctx.display(p), Framework.DRIZZLE.id(), true, null, null));
    }
}
