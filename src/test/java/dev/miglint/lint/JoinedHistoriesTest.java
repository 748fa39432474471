package dev.miglint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code histories = [...]} in miglint.toml: folders one database gets in that order are one history. */
class JoinedHistoriesTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void supabaseLayout(String histories) throws IOException {
        write("miglint.toml", "histories = " + histories + "\n");
        // init scripts (skipped by convention below a PATH) create what the migrations change
        write("docker-entrypoint-initdb.d/01_schema.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n"
                + "DROP TABLE legacy_sessions;\n");
        write("supabase/migrations/20240101000000_email.sql", "SET lock_timeout = '1s';\n"
                + "ALTER TABLE users ADD COLUMN email text;\n"
                + "CREATE INDEX users_email ON users (email);\n");
    }

    private static List<String> findings(CliRun run) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(run.stdout()).path("findings")) {
            out.add(f.path("ruleId").asText() + " " + f.path("path").asText() + ":" + f.path("startLine").asInt());
        }
        return out;
    }

    private static List<String> histories(CliRun run) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode h : new ObjectMapper().readTree(run.stdout()).path("summary").path("histories")) {
            out.add(h.path("path").asText() + " (" + h.path("framework").asText() + ")");
        }
        return out;
    }

    @Test
    void initScriptsThenMigrationsAreOneHistory() throws IOException {
        supabaseLayout("[\"docker-entrypoint-initdb.d\", \"supabase/migrations\"]");
        CliRun all = CliRun.run(dir, "lint", "--format", "json", "--fail-on", "never", ".");
        assertEquals(0, all.exitCode(), all.stderr());
        assertEquals(List.of("docker-entrypoint-initdb.d + supabase/migrations (plain)"), histories(all));
        // the init folder is linted although discovery skips such folders, and says nothing about skipping it
        assertTrue(findings(all).contains("drop-table docker-entrypoint-initdb.d/01_schema.sql:2"), all.stdout());
        assertTrue(!all.stderr().contains("skipped"), all.stderr());
        // users comes from the init script: an existing table, so its index blocks writes
        assertTrue(findings(all).contains("index-without-concurrently supabase/migrations/20240101000000_email.sql:3"),
                all.stdout());

        // only the migrations given: the init scripts are replayed for their schema, their findings not reported
        CliRun migrations = CliRun.run(dir, "lint", "--format", "json", "--fail-on", "never", "supabase/migrations");
        assertEquals(0, migrations.exitCode(), migrations.stderr());
        assertTrue(findings(migrations).stream().noneMatch(f -> f.contains("01_schema.sql")), migrations.stdout());
        assertTrue(findings(migrations).contains(
                "index-without-concurrently supabase/migrations/20240101000000_email.sql:3"), migrations.stdout());
    }

    @Test
    void aFolderThatDoesNotExistOrAListOfOneIsExitTwo() throws IOException {
        supabaseLayout("[\"docker-entrypoint-initdb.d\", \"supabase/nope\"]");
        CliRun missing = CliRun.run(dir, "lint", "supabase/migrations", "docker-entrypoint-initdb.d");
        assertEquals(2, missing.exitCode(), missing.stderr());
        assertTrue(missing.stderr().contains("histories: supabase/nope: no such folder"), missing.stderr());

        write("miglint.toml", "histories = [\"supabase/migrations\"]\n");
        CliRun one = CliRun.run(dir, "lint", ".");
        assertEquals(2, one.exitCode(), one.stderr());
        assertTrue(one.stderr().contains("histories"), one.stderr());
    }
}
