package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Liquibase formatted SQL: files starting with {@code --liquibase formatted sql}, made of
 * {@code --changeset author:id} blocks. Each changeset is one migration and one transaction unless
 * {@code runInTransaction:false}; its {@code --rollback} lines are its down step. Files are taken in name
 * order (as {@code includeAll} does); {@code dbms:} gives the dialect.
 */
final class LiquibaseDetector implements FrameworkDetector {

    @Override
    public List<History> detect(Path dir, DetectContext ctx) throws IOException {
        List<Path> changelogs = ctx.sqlFiles(dir).stream().filter(p -> Sections.isLiquibase(ctx.read(p))).toList();
        if (changelogs.isEmpty()) {
            return List.of();
        }
        Dialect declared = null;
        for (Path p : changelogs) {
            for (Sections.Changeset c : Sections.liquibase(ctx.read(p))) {
                if (declared == null && c.dbms() != null) {
                    declared = DialectHints.named(c.dbms().split(",")[0].trim());
                }
            }
        }
        Dialect dialect = ctx.dialect(dir, declared, changelogs);
        List<MigrationFile> files = new ArrayList<>();
        changelogs.forEach(p -> files.addAll(migrations(p, ctx)));
        return List.of(new History(ctx.display(dir), Framework.LIQUIBASE.id(), dialect, files));
    }

    static List<MigrationFile> migrations(Path file, DetectContext ctx) {
        List<MigrationFile> out = new ArrayList<>();
        for (Sections.Changeset c : Sections.liquibase(ctx.read(file))) {
            DownStep down = c.rollback().isEmpty() && !c.rollbackDeclaredEmpty()
                    ? DownStep.missing() : new DownStep(file, c.rollback(), c.rollbackDeclaredEmpty());
            out.add(new MigrationFile(file, ctx.display(file), Framework.LIQUIBASE.id(), c.runInTransaction(), c.body(), down));
        }
        return out;
    }
}
