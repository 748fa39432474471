package dev.miglint.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.GivenDatabase;
import dev.miglint.testing.Paths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code miglint} command in a {@code sh} block of README.md and docs/*.md runs as written, in a workspace
 * where {@code db/migrations} is a bundled example (the safe one, so each command exits 0) and {@code examples/}
 * is the repository's. {@code DATABASE_URL} names a second embedded PostgreSQL holding the example's history up to
 * its last file, and {@code app.db} an SQLite database migrated (and recorded by dbmate) as far. Other programs in
 * those blocks (mvn, git, pip...) are not run; a synopsis line ({@code [options]}, {@code PATH...}) is checked
 * with {@code --help}.
 */
class DocsCommandsTest {
    private static final Pattern SYNOPSIS = Pattern.compile("\\[|\\.\\.\\.$|^[A-Z][A-Z_]+$");
    private static EmbeddedServer given;

    @BeforeAll
    static void start() throws Exception {
        List<String> history = new ArrayList<>();
        for (String file : List.of("001_create_invoices.sql", "002_invoices_index.sql")) {
            for (String sql : Files.readString(Paths.repoRoot().resolve("examples/safe-postgres/" + file)).split(";")) {
                if (!sql.replaceAll("--[^\\n]*", "").isBlank()) {
                    history.add(sql);
                }
            }
        }
        given = GivenDatabase.start("docs", history.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        given.close();
    }

    record Command(String where, Map<String, String> env, List<String> args) {
    }

    static List<Command> documentedCommands() throws IOException {
        Path root = Paths.repoRoot();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Command> commands = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            boolean inShell = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith("```")) {
                    inShell = !inShell && (line.equals("```sh") || line.equals("```bash") || line.equals("```shell"));
                    continue;
                }
                if (!inShell) {
                    continue;
                }
                String code = line.replaceFirst("\\s+#.*$", "").replaceFirst("^#.*$", "");
                for (String part : code.split("&&")) {
                    List<String> words = new ArrayList<>(List.of(part.trim().split("\\s+")));
                    Map<String, String> env = new HashMap<>();
                    while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
                        String[] kv = words.remove(0).split("=", 2);
                        env.put(kv[0], kv[1]);
                    }
                    if (words.isEmpty() || !(words.get(0).equals("miglint") || words.get(0).equals("./miglint"))) {
                        continue;
                    }
                    words.remove(0);
                    commands.add(new Command(root.relativize(page) + ":" + (i + 1), env, words));
                }
            }
        }
        return commands;
    }

    @Test
    void everyDocumentedCommandRunsAsWritten(@TempDir Path dir) throws Exception {
        Path postgres = workspace(dir.resolve("pg"), "examples/safe-postgres");
        Path sqlite = workspace(dir.resolve("sqlite"), "examples/safe-sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.resolve("app.db"));
                Statement st = c.createStatement()) {
            st.execute(Files.readString(sqlite.resolve("db/migrations/001_create_invoices.sql")));
            st.execute(Files.readString(sqlite.resolve("db/migrations/002_invoices_index.sql")));
            // dbmate's record, as dbmate creates it
            st.execute("CREATE TABLE IF NOT EXISTS \"schema_migrations\" (version varchar(128) primary key)");
            st.execute("INSERT INTO schema_migrations (version) VALUES ('001'), ('002')");
        }
        String libpqUrl = "postgres://postgres@127.0.0.1:" + given.port() + "/docs";
        List<Command> commands = documentedCommands();
        assertTrue(commands.stream().anyMatch(c -> c.args().contains("dry-run")), "no dry-run command found");
        List<String> failures = new ArrayList<>();
        int dryRuns = 0;
        for (Command command : commands) {
            List<String> args = command.args();
            Map<String, String> env = new HashMap<>();
            command.env().forEach((k, v) -> env.put(k, v.contains("...") ? libpqUrl : v));
            if (String.join(" ", args).contains("DATABASE_URL")) {
                env.put("DATABASE_URL", libpqUrl);
            }
            CliRun run;
            if (args.stream().anyMatch(a -> SYNOPSIS.matcher(a).find())) {
                run = CliRun.run(postgres, "", env, args.get(0), "--help");
            } else {
                Path where = args.contains("sqlite") ? sqlite : postgres;
                run = CliRun.run(where, "", env, args.toArray(String[]::new));
                dryRuns += args.get(0).equals("dry-run") ? 1 : 0;
            }
            if (run.exitCode() != 0) {
                failures.add(command.where() + ": miglint " + String.join(" ", args) + " exited " + run.exitCode()
                        + "\n" + run.stdout() + run.stderr());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(dryRuns >= 4, "the dry-run page's examples were not all found: " + commands);
    }

    @Test
    void theExtractorSeesEveryKindOfLine() throws IOException {
        List<Command> commands = documentedCommands();
        assertTrue(commands.stream().anyMatch(c -> c.env().containsKey("DATABASE_URL")), commands.toString());
        assertTrue(commands.stream().anyMatch(c -> c.args().contains("--baseline")), commands.toString());
        assertFalse(commands.stream().anyMatch(c -> c.args().isEmpty()), commands.toString());
    }

    private static Path workspace(Path dir, String example) {
        try {
            Path migrations = dir.resolve("db/migrations");
            Files.createDirectories(migrations);
            try (Stream<Path> files = Files.list(Paths.repoRoot().resolve(example))) {
                for (Path f : files.toList()) {
                    Files.copy(f, migrations.resolve(f.getFileName().toString()));
                }
            }
            Path examples = dir.resolve("examples");
            try (Stream<Path> all = Files.walk(Paths.repoRoot().resolve("examples"))) {
                for (Path f : all.toList()) {
                    Path to = examples.resolve(Paths.repoRoot().resolve("examples").relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
