package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Liquibase 4.33 writes the {@code databasechangelog} of a given database (a second embedded PostgreSQL); the
 * changelog is then edited the ways a team edits one, and the dry run must trace exactly what Liquibase's next
 * {@code update} runs and warn where Liquibase's validation fails.
 */
class LiquibaseRecordDryRunTest {
    private static EmbeddedServer given;

    private static final String APPLIED = """
            --liquibase formatted sql

            --changeset alice:1
            CREATE TABLE accounts (id bigint PRIMARY KEY);
            --rollback DROP TABLE accounts;

            --changeset alice:2
            ALTER TABLE accounts ADD COLUMN name text;

            --changeset bob:3 runOnChange:true
            CREATE OR REPLACE VIEW account_ids AS SELECT id FROM accounts;

            --changeset carol:4 runAlways:true
            ALTER TABLE accounts ALTER COLUMN name SET DEFAULT 'x';

            --changeset dave:5 runOnChange:true
            CREATE OR REPLACE VIEW account_names AS SELECT name FROM accounts;
            """;

    /** Edited after the update: 1 only reformatted, 2 (plain) and 3 (runOnChange) changed, 6 added. */
    private static final String EDITED = """
            --liquibase formatted sql

            --changeset alice:1
            CREATE TABLE accounts (
                id bigint PRIMARY KEY
            );
            --rollback DROP TABLE accounts;

            --changeset alice:2
            ALTER TABLE accounts ADD COLUMN name varchar(200);

            --changeset bob:3 runOnChange:true
            CREATE OR REPLACE VIEW account_ids AS SELECT id, name FROM accounts;

            --changeset carol:4 runAlways:true
            ALTER TABLE accounts ALTER COLUMN name SET DEFAULT 'x';

            --changeset dave:5 runOnChange:true
            CREATE OR REPLACE VIEW account_names AS SELECT name FROM accounts;

            --changeset erin:6
            ALTER TABLE accounts ADD COLUMN email text;
            """.replace("\n", "\r\n");

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        given = EmbeddedServer.start();
    }

    @AfterAll
    static void stop() {
        given.close();
    }

    @Test
    void tracesWhatLiquibaseWouldRunAndWarnsForTheChangedPlainChangeset(@TempDir Path dir) throws Exception {
        liquibaseUpdate(dir, "lb_app");
        assertEquals(5, recordedChecksums("lb_app"));
        write(dir, "db/changelog/changes.sql", EDITED);
        String before = DatabaseState.of(given, "lb_app");

        CliRun run = dryRunOn(dir, "lb_app");

        assertEquals(0, run.exitCode(), describe(run));
        assertEquals(Set.of(line(EDITED, "CREATE OR REPLACE VIEW account_ids"), line(EDITED, "SET DEFAULT 'x'"),
                line(EDITED, "ADD COLUMN email")), tracedLines(run), describe(run));
        List<JsonNode> record = findings(run, "dry-run-history-record");
        assertEquals(1, record.size(), describe(run));
        assertEquals(line(EDITED, "ADD COLUMN name varchar"), record.get(0).path("startLine").asInt(), describe(run));
        assertTrue(record.get(0).path("message").asText().startsWith("this migration was changed after it was"
                + " applied: databasechangelog keeps checksum 9:"), describe(run));
        assertTrue(run.stderr().contains("changeset bob:3 of changes.sql is runOnChange and changed since it was"
                + " applied"), run.stderr());
        assertTrue(run.stderr().contains("databasechangelog lists 3 of these files as applied"), run.stderr());
        assertTrue(run.stderr().contains("; 3 pending traced"), run.stderr());
        assertTrue(!run.stderr().contains("checksum not compared"), run.stderr());
        assertEquals(before, DatabaseState.of(given, "lb_app"));
    }

    @Test
    void aChecksumOfAnotherVersionIsNotCompared(@TempDir Path dir) throws Exception {
        liquibaseUpdate(dir, "lb_v8");
        try (Connection c = given.connect("lb_v8"); Statement st = c.createStatement()) {
            // as Liquibase before 4.22 recorded it
            st.execute("UPDATE databasechangelog SET md5sum = '8:' || substr(md5sum, 3) WHERE id = '2'");
        }
        write(dir, "db/changelog/changes.sql", EDITED);

        CliRun run = dryRunOn(dir, "lb_v8");

        assertEquals(0, run.exitCode(), describe(run));
        assertTrue(findings(run, "dry-run-history-record").isEmpty(), describe(run));
        assertTrue(run.stderr().contains("checksum not compared for 1 applied changeset(s), taken as unchanged:"
                + " changeset alice:2 of changes.sql (its md5sum 8:"), run.stderr());
    }

    /** A new database to which Liquibase applied {@link #APPLIED}, from {@code dir/db/changelog/changes.sql}. */
    private static void liquibaseUpdate(Path dir, String database) throws Exception {
        try (Connection c = given.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
        write(dir, "db/changelog/changes.sql", APPLIED);
        try (Connection c = given.connect(database)) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase("db/changelog/changes.sql", new DirectoryResourceAccessor(dir), db).update("");
        }
    }

    private static CliRun dryRunOn(Path dir, String database) {
        return dryRun(dir, "--database-url", "jdbc:postgresql://127.0.0.1:" + given.port() + "/" + database
                + "?user=postgres", "--fail-on", "never", "db/changelog");
    }

    private static int recordedChecksums(String database) throws Exception {
        try (Connection c = given.connect(database); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM databasechangelog WHERE md5sum LIKE '9:%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The 1-based line of the first line holding {@code fragment}. */
    private static int line(String text, String fragment) {
        String before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(ch -> ch == '\n').count() + 1;
    }

    /** The lines of the statements the trace reported on: every dry-run finding but the record's. */
    private static Set<Integer> tracedLines(CliRun run) {
        Set<Integer> lines = new TreeSet<>();
        JsonFindings.parse(run.stdout()).findings().stream()
                .filter(f -> f.path("ruleId").asText().startsWith("dry-run-"))
                .filter(f -> !f.path("ruleId").asText().equals("dry-run-history-record"))
                .forEach(f -> lines.add(f.path("startLine").asInt()));
        return lines;
    }
}
