package dev.miglint.source;

import dev.miglint.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration folders a project's framework configuration names, read with light parsers (regular expressions on
 * literal values; no JavaScript is evaluated): Prisma {@code schema.prisma} (and {@code package.json} "prisma"
 * "schema"), {@code drizzle.config.*} {@code out}, Flyway {@code locations}, dbmate {@code DBMATE_MIGRATIONS_DIR},
 * {@code diesel.toml}, {@code atlas.hcl}, sqitch ({@code sqitch.conf} {@code top_dir}).
 */
final class ProjectConfigs {
    /**
     * A folder a configuration names, why it was taken ("config drizzle.config.ts out"), and the database its
     * connection URL names (null: none).
     */
    record Folder(Path dir, String why, Dialect dialect) {
        Folder(Path dir, String why) {
            this(dir, why, null);
        }
    }

    /** The folders named, and notes about configurations whose value could not be read literally. */
    record Read(List<Folder> folders, List<String> notes) {
    }

    private static final List<String> DRIZZLE = List.of("drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs",
            "drizzle.config.cjs", "drizzle.config.mts", "drizzle.config.json");
    private static final Pattern DRIZZLE_OUT_LITERAL = Pattern.compile("[\"']?\\bout[\"']?\\s*:\\s*[\"'`]([^\"'`$]+)[\"'`]");
    private static final Pattern DRIZZLE_OUT_ANY = Pattern.compile("[\"']?\\bout[\"']?\\s*:");
    private static final Pattern PACKAGE_PRISMA_SCHEMA = Pattern.compile(
            "\"prisma\"\\s*:\\s*\\{[^}]*\"schema\"\\s*:\\s*\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern FLYWAY_CONF_LOCATIONS = Pattern.compile("(?m)^\\s*flyway\\.locations\\s*=\\s*(.+)$");
    private static final Pattern FLYWAY_TOML_LOCATIONS = Pattern.compile("(?m)^\\s*locations\\s*=\\s*\\[([^\\]]*)\\]");
    private static final Pattern DBMATE_DIR = Pattern.compile("(?m)^\\s*(?:export\\s+)?DBMATE_MIGRATIONS_DIR\\s*=\\s*[\"']?([^\"'\\s#]+)");
    private static final Pattern DIESEL_DIR = Pattern.compile(
            "(?ms)^\\s*\\[migrations_directory\\]\\s*$.*?^\\s*dir\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern ATLAS_DIR = Pattern.compile("migration\\s*\\{[^}]*?\\bdir\\s*=\\s*\"file://([^\"?]+)");
    /** A connection URL's scheme: {@code jdbc:postgresql:}, {@code postgres://}, {@code mysql://}, {@code sqlite:}. */
    private static final Pattern URL_SCHEME = Pattern.compile(
            "(?i)(?:url\\s*[=:]\\s*[\"']?)(?:jdbc:)?(postgres|postgresql|mysql|mariadb|sqlite3?|libsql)(?=[:+])");
    private static final Pattern SQITCH_TOP_DIR = Pattern.compile("(?m)^\\s*top_dir\\s*=\\s*(\\S+)");

    private ProjectConfigs() {
    }

    /** The migration folders the configurations in {@code dir} name, inside {@code dir} and existing. */
    static Read in(Path dir, DetectContext ctx) {
        List<Folder> folders = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        prisma(dir, ctx, folders);
        drizzle(dir, ctx, folders, notes);
        flyway(dir, ctx, folders);
        dbmate(dir, ctx, folders);
        one(dir, ctx, "diesel.toml", DIESEL_DIR, "[migrations_directory] dir", folders);
        one(dir, ctx, "atlas.hcl", ATLAS_DIR, "migration dir", folders);
        sqitch(dir, ctx, folders);
        List<Folder> kept = new ArrayList<>();
        for (Folder f : folders) {
            Path d = f.dir().normalize();
            if (d.startsWith(dir) && Files.isDirectory(d) && kept.stream().noneMatch(k -> k.dir().equals(d))) {
                kept.add(new Folder(d, f.why(), f.dialect()));
            }
        }
        return new Read(kept, notes);
    }

    private static void prisma(Path dir, DetectContext ctx, List<Folder> out) {
        Path fromPackage = null;
        Matcher m = PACKAGE_PRISMA_SCHEMA.matcher(ctx.read(dir.resolve("package.json")));
        if (m.find()) {
            fromPackage = dir.resolve(m.group(1));
        }
        for (Path schema : fromPackage == null ? List.of(dir.resolve("prisma/schema.prisma"), dir.resolve("schema.prisma"))
                : List.of(fromPackage)) {
            if (Files.exists(schema)) {
                // the migrations folder sits beside the schema file, or inside a multi-file schema folder
                Path base = Files.isDirectory(schema) ? schema : schema.getParent();
                String why = fromPackage != null ? "config package.json prisma.schema" : "config " + rel(dir, schema);
                out.add(new Folder(base.resolve("migrations"), why));
                return;
            }
        }
    }

    private static void drizzle(Path dir, DetectContext ctx, List<Folder> out, List<String> notes) {
        for (String name : DRIZZLE) {
            String text = ctx.read(dir.resolve(name));
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = DRIZZLE_OUT_LITERAL.matcher(text);
            if (m.find()) {
                out.add(new Folder(dir.resolve(m.group(1).trim()), "config " + name + " out"));
            } else if (DRIZZLE_OUT_ANY.matcher(text).find()) {
                notes.add(ctx.display(dir.resolve(name)) + ": out is not a literal string, so miglint cannot read it "
                        + "(folders are found by convention; name the folder as PATH or in histories = [...])");
            } else {
                out.add(new Folder(dir.resolve("drizzle"), "config " + name + " (default out ./drizzle)"));
            }
        }
    }

    private static void flyway(Path dir, DetectContext ctx, List<Folder> out) {
        String confText = ctx.read(dir.resolve("flyway.conf"));
        Matcher conf = FLYWAY_CONF_LOCATIONS.matcher(confText);
        if (conf.find()) {
            locations(dir, conf.group(1), "config flyway.conf flyway.locations", urlDialect(confText), out);
        }
        String tomlText = ctx.read(dir.resolve("flyway.toml"));
        Matcher toml = FLYWAY_TOML_LOCATIONS.matcher(tomlText);
        if (toml.find()) {
            locations(dir, toml.group(1), "config flyway.toml locations", urlDialect(tomlText), out);
        }
    }

    private static void locations(Path dir, String list, String why, Dialect dialect, List<Folder> out) {
        for (String raw : list.split(",")) {
            String loc = raw.trim().replaceAll("^[\"']|[\"']$", "");
            if (loc.startsWith("filesystem:")) {
                out.add(new Folder(dir.resolve(loc.substring("filesystem:".length())), why, dialect));
            }
        }
    }

    private static void dbmate(Path dir, DetectContext ctx, List<Folder> out) {
        String env = ctx.read(dir.resolve(".env"));
        Matcher m = DBMATE_DIR.matcher(env);
        if (m.find()) {
            out.add(new Folder(dir.resolve(m.group(1)), "config .env DBMATE_MIGRATIONS_DIR", urlDialect(env)));
        } else if (env.contains("DBMATE_")) {
            out.add(new Folder(dir.resolve("db/migrations"), "dbmate default db/migrations", urlDialect(env)));
        }
    }

    private static void one(Path dir, DetectContext ctx, String file, Pattern pattern, String key, List<Folder> out) {
        String text = ctx.read(dir.resolve(file));
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            out.add(new Folder(dir.resolve(m.group(1)), "config " + file + " " + key, urlDialect(text)));
        }
    }

    private static void sqitch(Path dir, DetectContext ctx, List<Folder> out) {
        String conf = ctx.read(dir.resolve("sqitch.conf"));
        Matcher m = SQITCH_TOP_DIR.matcher(conf);
        if (m.find()) {
            out.add(new Folder(dir.resolve(m.group(1)), "config sqitch.conf top_dir"));
        } else if (Files.isRegularFile(dir.resolve("sqitch.plan"))) {
            out.add(new Folder(dir, "config sqitch.plan"));
        }
    }

    /** The database of the first connection URL in a configuration, null when none names one. */
    private static Dialect urlDialect(String text) {
        Matcher m = URL_SCHEME.matcher(text);
        return m.find() ? DialectHints.named(m.group(1)) : null;
    }

    private static String rel(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
