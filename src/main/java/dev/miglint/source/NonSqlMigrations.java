package dev.miglint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Why a directory holds no migration we can lint: it has no SQL file at all, or its migrations are code (Rails
 * {@code .rb}, Django {@code .py}, Knex/TypeORM {@code .js/.ts}), whose SQL only the framework can produce.
 */
final class NonSqlMigrations {
    private static final int DEPTH = 6;
    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "target", ".hg", ".svn", "vendor", "dist",
            "build", ".venv", "venv", "__pycache__");

    private NonSqlMigrations() {
    }

    /** One line for a directory under which no migration file was found. */
    static String explain(Path dir) {
        return railsOrDjangoOrJs(dir).orElse(
                "no migration file (.sql) found under this directory; give the folder of the SQL migrations");
    }

    private static Optional<String> railsOrDjangoOrJs(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, DEPTH)) {
            return walk.filter(p -> !skipped(dir, p)).filter(Files::isRegularFile).map(NonSqlMigrations::kind)
                    .filter(k -> k != null).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean skipped(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String parent = file.getParent() == null || file.getParent().getFileName() == null ? ""
                : file.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        String grandParent = file.getParent() == null || file.getParent().getParent() == null
                || file.getParent().getParent().getFileName() == null ? ""
                : file.getParent().getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches("\\d{14}_\\w+\\.rb") && parent.equals("migrate")) {
            return "these are Rails migrations (.rb), not SQL: lint the SQL they produce, e.g. db/structure.sql "
                    + "(config.active_record.schema_format = :sql) or the statements `rails db:migrate` logs";
        }
        if (name.matches("\\d{4}_\\w+\\.py") && parent.equals("migrations")) {
            return "these are Django migrations (.py), not SQL: lint the SQL they produce, "
                    + "`python manage.py sqlmigrate <app> <migration> > <migration>.sql`";
        }
        if (name.matches("\\d+[-_.]?\\w*\\.(js|ts|cjs|mjs)") && (parent.equals("migrations") || grandParent.equals("migrations"))) {
            return "these are Knex/TypeORM migrations (.js/.ts), not SQL: lint the SQL they produce, e.g. "
                    + "`knex migrate:latest --debug` output or `typeorm migration:show`/TypeORM's query logging saved as .sql";
        }
        return null;
    }
}
