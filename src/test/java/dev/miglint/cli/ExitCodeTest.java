package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per exit code and per kind of bad input: one clear line, never a stack trace. */
class ExitCodeTest {
    @TempDir
    Path dir;

    private Path write(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql);
        return p;
    }

    @Test
    void cleanMigrationExitsZero() throws IOException {
        write("001.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        CliRun run = CliRun.run(dir, "lint", "001.sql");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().contains("No findings"), run.stdout());
        assertEquals("", run.stderr());
    }

    @Test
    void findingAtOrAboveFailOnExitsOne() throws IOException {
        // not understood: a note (invalid SQL would be an error)
        write("001.sql", "CREATE INDEX t_id ON;\n");
        assertEquals(1, CliRun.run(dir, "lint", "--fail-on", "note", "001.sql").exitCode());
        assertEquals(0, CliRun.run(dir, "lint", "--fail-on", "warning", "001.sql").exitCode());
        assertEquals(0, CliRun.run(dir, "lint", "--fail-on", "never", "001.sql").exitCode());
    }

    @Test
    void missingPathExitsTwoWithOneLineAndStillLintsTheRest() throws IOException {
        write("001.sql", "CREAT TABLE t (id bigint);\n");
        CliRun run = CliRun.run(dir, "lint", "--fail-on", "note", "nope.sql", "001.sql");
        assertEquals(2, run.exitCode());
        assertEquals("miglint: nope.sql: no such file or directory\n", run.stderr());
        assertTrue(run.stdout().contains("001.sql:1:1"), run.stdout());
    }

    @Test
    void binaryAndInvalidUtf8FilesExitTwoWithTheOffset() throws IOException {
        Files.write(dir.resolve("bin.sql"), new byte[] {'S', 'E', 'L', 0, 1, 2});
        Files.write(dir.resolve("latin1.sql"), new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xE9, '\'', ';'});
        CliRun run = CliRun.run(dir, "lint", "bin.sql", "latin1.sql");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("bin.sql: binary file (NUL byte at offset 3)"), run.stderr());
        assertTrue(run.stderr().contains("latin1.sql: invalid UTF-8 at byte offset 8"), run.stderr());
        assertFalse(run.stderr().contains("Exception"), run.stderr());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run(dir, "lint", "--frobnicate", "x.sql");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().startsWith("miglint: Unknown option: '--frobnicate'"), run.stderr());
    }

    @Test
    void unknownRuleIdAndBadValuesAreUsageErrors() {
        assertEquals(2, CliRun.run(dir, "lint", "--select", "no-such-rule", ".").exitCode());
        assertEquals(2, CliRun.run(dir, "lint", "--dialect", "oracle", ".").exitCode());
        assertEquals(2, CliRun.run(dir, "lint", "--format", "xml", ".").exitCode());
        assertEquals(2, CliRun.run(dir, "lint", "--fail-on", "sometimes", ".").exitCode());
    }

    @Test
    void badConfigNamesFileLineAndKey() throws IOException {
        write("miglint.toml", "dialect = \"postgres\"\npg_version = \"fifteen\"\n");
        write("001.sql", "SELECT 1;\n");
        CliRun run = CliRun.run(dir, "lint", "001.sql");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().matches("(?s)miglint: .*miglint\\.toml:2: pg_version: expected a whole number.*"), run.stderr());
    }

    @Test
    void unknownConfigKeyIsRejected() throws IOException {
        write("miglint.toml", "[rules]\nno-such-rule = \"off\"\n");
        CliRun run = CliRun.run(dir, "lint", ".");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("rules.no-such-rule: unknown rule id"), run.stderr());
    }

    @Test
    void stdinIsLintedUnderItsGivenName() {
        CliRun run = CliRun.run(dir, "CREAT TABLE t (id int);", Map.of(), "lint", "--fail-on", "note",
                "--stdin-filename", "db/001.sql", "-");
        assertEquals(1, run.exitCode());
        assertTrue(run.stdout().contains("db/001.sql:1:1"), run.stdout());
    }

    @Test
    void versionAndHelpExitZero() {
        for (String flag : new String[] {"--version", "-V"}) {
            CliRun version = CliRun.run(dir, flag);
            assertEquals(0, version.exitCode());
            assertTrue(version.stdout().matches("miglint \\S+\n"), version.stdout());
        }
        CliRun help = CliRun.run(dir, "lint", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().contains("--fail-on"), help.stdout());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, CliRun.run(dir).exitCode());
    }

    @Test
    void aFolderOfCodeMigrationsSaysTheyAreNotSqlAndHowToLintThem() throws IOException {
        write("rails/db/migrate/20240101000000_create_users.rb", "class CreateUsers < ActiveRecord::Migration[7.1]\nend\n");
        write("django/app/migrations/0001_initial.py", "from django.db import migrations\n");
        write("knex/migrations/20240101_users.js", "exports.up = knex => knex.schema.createTable('users', t => {});\n");
        write("sql/001.sql", "CREATE TABLE t (id bigint PRIMARY KEY);\n");
        CliRun rails = CliRun.run(dir, "lint", "--dialect", "postgres", "rails", "sql");
        assertEquals(2, rails.exitCode());
        assertTrue(rails.stderr().startsWith("rails: these are Rails migrations (.rb), not SQL"), rails.stderr());
        assertEquals(1, rails.stderr().lines().count(), rails.stderr());
        assertTrue(rails.stdout().contains("1 file"), "the other path is still linted: " + rails.stdout());
        assertTrue(CliRun.run(dir, "lint", "django").stderr().contains("sqlmigrate"));
        assertTrue(CliRun.run(dir, "lint", "knex").stderr().contains("Knex/TypeORM migrations (.js/.ts), not SQL"));
        assertFalse(CliRun.run(dir, "lint", "django").stderr().contains("Exception"));
    }
}
