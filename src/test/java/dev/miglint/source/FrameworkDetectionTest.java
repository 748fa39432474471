package dev.miglint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.miglint.model.TransactionWrapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-framework discovery on small directories: order, dialect, sections, transaction flags, down steps. */
class FrameworkDetectionTest {
    @TempDir
    Path temp;

    private Path write(String relative, String text) throws IOException {
        Path p = temp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<History> find(String relative) {
        HistoryFinder.Discovery d = new HistoryFinder(temp, List.of()).find(List.of(temp.resolve(relative)));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        return d.histories();
    }

    private History only(String relative) {
        List<History> histories = find(relative);
        assertEquals(1, histories.size(), histories.toString());
        return histories.get(0);
    }

    private static List<String> names(History h) {
        return h.files().stream().map(f -> f.path().getFileName().toString()).toList();
    }

    @Test
    void flywayOrdersVersionsNumericallyThenRepeatables() throws IOException {
        write("db/V1__init.sql", "CREATE TABLE a (id int);");
        write("db/V1_10__ten.sql", "ALTER TABLE a ADD COLUMN c int;");
        write("db/V1_9__nine.sql", "ALTER TABLE a ADD COLUMN b int;");
        write("db/V2.1__index.sql", "CREATE INDEX CONCURRENTLY a_b ON a (b);");
        write("db/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;");
        write("db/U1__init.sql", "DROP TABLE a;");
        History h = only("db");
        assertEquals("flyway", h.framework());
        assertEquals(List.of("V1__init.sql", "V1_9__nine.sql", "V1_10__ten.sql", "V2.1__index.sql", "R__views.sql"), names(h));
        assertEquals(temp.resolve("db/U1__init.sql"), h.files().get(0).downPath());
        assertNull(h.files().get(1).down(), "Flyway undo is optional");
        assertEquals(true, h.files().get(0).runsInTransaction());
        assertEquals(false, h.files().get(3).runsInTransaction(), "CREATE INDEX CONCURRENTLY makes Flyway run without a transaction");
        assertEquals(TransactionWrapping.NO_MIXING, h.files().get(3).wrapping(), "Flyway refuses it mixed with transactional statements");
        assertEquals(TransactionWrapping.TRANSACTION, h.files().get(0).wrapping());
    }

    @Test
    void flywayScriptConfigCanTurnTheTransactionOff() throws IOException {
        write("db/V1__init.sql", "CREATE TABLE a (id int);");
        write("db/V2__vacuumless.sql", "-- flyway:executeInTransaction=false\nUPDATE a SET id = 1;");
        assertEquals(false, only("db").files().get(1).runsInTransaction());
    }

    @Test
    void golangMigratePairsDownsAndModelsTheImplicitTransaction() throws IOException {
        write("m/1_init.up.sql", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);");
        write("m/1_init.down.sql", "DROP TABLE b; DROP TABLE a;");
        write("m/2_index.up.sql", "CREATE INDEX CONCURRENTLY a_id ON a (id);");
        write("m/10_more.up.sql", "BEGIN; ALTER TABLE a ADD COLUMN c int; COMMIT;");
        History h = only("m");
        assertEquals("golang-migrate", h.framework());
        assertEquals(List.of("1_init.up.sql", "2_index.up.sql", "10_more.up.sql"), names(h));
        assertEquals(temp.resolve("m/1_init.down.sql"), h.files().get(0).downPath());
        assertTrue(h.files().get(1).supportsDown());
        assertFalse(h.files().get(1).down().exists());
        // one Exec per file: the implicit block of several statements is the schema tracker's to model
        for (MigrationFile f : h.files()) {
            assertEquals(TransactionWrapping.SINGLE_EXEC, f.wrapping());
            assertEquals(false, f.runsInTransaction(), "golang-migrate opens no transaction itself");
        }
    }

    @Test
    void gooseSectionsAndNoTransaction() throws IOException {
        String text = "-- +goose Up\nCREATE TABLE a (id int);\n\n-- +goose Down\nDROP TABLE a;\n";
        write("g/00002_two.sql", "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n");
        write("g/00001_one.sql", text);
        write("g/00010_ten.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\n");
        History h = only("g");
        assertEquals("goose", h.framework());
        assertEquals(List.of("00001_one.sql", "00002_two.sql", "00010_ten.sql"), names(h));
        MigrationFile one = h.files().get(0);
        assertEquals("CREATE TABLE a (id int);\n\n", text.substring(one.section().start(), one.section().end()));
        assertEquals("DROP TABLE a;\n", text.substring(one.down().ranges().get(0).start(), one.down().ranges().get(0).end()));
        assertEquals(true, one.runsInTransaction());
        assertEquals(false, h.files().get(1).runsInTransaction());
        assertFalse(h.files().get(1).down().exists());
        assertTrue(h.files().get(2).down().exists(), "an empty Down section is still a down step");
    }

    @Test
    void dbmateTransactionOption() throws IOException {
        write("d/20240101000000_a.sql", "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n");
        write("d/20240102000000_b.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n");
        History h = only("d");
        assertEquals("dbmate", h.framework());
        assertEquals(true, h.files().get(0).runsInTransaction());
        assertEquals(false, h.files().get(1).runsInTransaction());
        assertEquals(TransactionWrapping.SINGLE_EXEC, h.files().get(1).wrapping(), "transaction:false: still one Exec");
        assertTrue(h.files().get(0).down().exists());
        assertFalse(h.files().get(1).down().exists());
    }

    @Test
    void dieselFoldersMetadataAndDowns() throws IOException {
        write("migrations/2024-01-01-000000_a/up.sql", "CREATE TABLE a (id int);");
        write("migrations/2024-01-01-000000_a/down.sql", "DROP TABLE a;");
        write("migrations/2024-02-01-000000_b/up.sql", "CREATE INDEX CONCURRENTLY a_id ON a (id);");
        write("migrations/2024-02-01-000000_b/metadata.toml", "run_in_transaction = false\n");
        History h = only("migrations");
        assertEquals("diesel", h.framework());
        assertEquals(true, h.files().get(0).runsInTransaction());
        assertEquals(false, h.files().get(1).runsInTransaction());
        assertEquals(TransactionWrapping.SINGLE_EXEC, h.files().get(1).wrapping(), "one batch_execute of up.sql");
        assertEquals(temp.resolve("migrations/2024-01-01-000000_a/down.sql"), h.files().get(0).downPath());
        assertFalse(h.files().get(1).down().exists());
    }

    @Test
    void prismaDialectFromTheLockFile() throws IOException {
        write("prisma/migrations/migration_lock.toml", "provider = \"mysql\"\n");
        write("prisma/migrations/20240102_b/migration.sql", "ALTER TABLE a ADD COLUMN b int;");
        write("prisma/migrations/20240101_a/migration.sql", "CREATE TABLE a (id int);");
        History h = only("prisma");
        assertEquals("prisma", h.framework());
        assertEquals(Dialect.MYSQL, h.dialect());
        assertEquals(List.of("20240101_a", "20240102_b"), h.files().stream().map(f -> f.path().getParent().getFileName().toString()).toList());
        assertNull(h.files().get(0).down());
    }

    @Test
    void drizzleJournalOrderAndDialect() throws IOException {
        write("drizzle/meta/_journal.json", "{\"dialect\":\"sqlite\",\"entries\":[{\"idx\":1,\"tag\":\"0001_b\"},{\"idx\":0,\"tag\":\"0000_a\"}]}");
        write("drizzle/0000_a.sql", "CREATE TABLE a (id integer);");
        write("drizzle/0001_b.sql", "ALTER TABLE a ADD b integer;--> statement-breakpoint\nCREATE INDEX a_b ON a (b);");
        History h = only("drizzle");
        assertEquals("drizzle", h.framework());
        assertEquals(Dialect.SQLITE, h.dialect());
        assertEquals(List.of("0000_a.sql", "0001_b.sql"), names(h));
        assertEquals(true, h.files().get(0).runsInTransaction());
    }

    @Test
    void liquibaseChangesetsAreMigrations() throws IOException {
        String text = "--liquibase formatted sql\n\n--changeset bob:1\nCREATE TABLE a (id int);\n--rollback DROP TABLE a;\n\n"
                + "--changeset bob:2 runInTransaction:false dbms:postgresql\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n";
        write("lb/changelog.sql", text);
        History h = only("lb");
        assertEquals("liquibase", h.framework());
        assertEquals(Dialect.POSTGRES, h.dialect());
        assertEquals(2, h.files().size());
        MigrationFile one = h.files().get(0);
        assertTrue(text.substring(one.section().start(), one.section().end()).startsWith("CREATE TABLE a"));
        assertEquals(" DROP TABLE a;".trim(), text.substring(one.down().ranges().get(0).start(), one.down().ranges().get(0).end()));
        assertEquals(true, one.runsInTransaction());
        assertEquals(false, h.files().get(1).runsInTransaction());
        assertFalse(h.files().get(1).down().exists());
    }

    @Test
    void sqitchPlanOrderAndReverts() throws IOException {
        write("sq/sqitch.plan", "%syntax-version=1.0.0\n%project=x\n\nusers 2024-01-01T00:00:00Z A <a@b> # users\n"
                + "@v1 2024-01-02T00:00:00Z A <a@b>\nappusers [users] 2024-01-03T00:00:00Z A <a@b>\n");
        write("sq/sqitch.conf", "[core]\n\tengine = pg\n");
        write("sq/deploy/appusers.sql", "BEGIN; CREATE TABLE appusers (id int); COMMIT;");
        write("sq/deploy/users.sql", "BEGIN; CREATE TABLE users (id int); COMMIT;");
        write("sq/revert/users.sql", "BEGIN; DROP TABLE users; COMMIT;");
        write("sq/verify/users.sql", "SELECT 1 FROM users;");
        History h = only("sq");
        assertEquals("sqitch", h.framework());
        assertEquals(Dialect.POSTGRES, h.dialect());
        assertEquals(List.of("users.sql", "appusers.sql"), names(h));
        assertEquals(temp.resolve("sq/revert/users.sql"), h.files().get(0).downPath());
        assertFalse(h.files().get(1).down().exists());
    }

    @Test
    void popxSplitsHistoriesByTheDialectInFileNames() throws IOException {
        write("p/1_a.up.sql", "CREATE TABLE a (id int);");
        write("p/1_a.down.sql", "DROP TABLE a;");
        write("p/2_b.mysql.up.sql", "ALTER TABLE a ADD b int;");
        write("p/2_b.sqlite3.up.sql", "ALTER TABLE a ADD b integer;");
        write("p/2_b.sqlite3.down.sql", "ALTER TABLE a DROP COLUMN b;");
        List<History> histories = find("p");
        assertEquals(2, histories.size());
        History mysql = histories.stream().filter(h -> h.dialect() == Dialect.MYSQL).findFirst().orElseThrow();
        History sqlite = histories.stream().filter(h -> h.dialect() == Dialect.SQLITE).findFirst().orElseThrow();
        assertEquals("popx", mysql.framework());
        assertEquals(List.of("1_a.up.sql", "2_b.mysql.up.sql"), names(mysql));
        assertEquals(List.of("1_a.up.sql", "2_b.sqlite3.up.sql"), names(sqlite));
        assertEquals(temp.resolve("p/2_b.sqlite3.down.sql"), sqlite.files().get(1).downPath());
        assertFalse(mysql.files().get(1).down().exists());
    }

    @Test
    void plainFilesInNaturalOrder() throws IOException {
        write("plain/9_x.sql", "SELECT 1;");
        write("plain/10_x.sql", "SELECT 1;");
        write("plain/1_x.sql", "SELECT 1;");
        History h = only("plain");
        assertEquals("plain", h.framework());
        assertEquals(List.of("1_x.sql", "9_x.sql", "10_x.sql"), names(h));
    }

    @Test
    void aMonorepoIsSplitIntoItsHistories() throws IOException {
        write("repo/api/migrations/1_a.up.sql", "CREATE TABLE a (id int);");
        write("repo/web/prisma/migrations/20240101_a/migration.sql", "CREATE TABLE \"b\" (\"id\" SERIAL);");
        write("repo/tools/backfill.sql", "UPDATE a SET id = id + 1;");
        write("repo/tools/seed.sql", "INSERT INTO a VALUES (1);");
        List<History> histories = find("repo");
        assertEquals(List.of("golang-migrate", "plain", "prisma"), histories.stream().map(History::framework).sorted().toList());
        History tools = histories.stream().filter(h -> h.framework().equals("plain")).findFirst().orElseThrow();
        assertEquals(List.of("backfill.sql"), names(tools), "a seed file outside a migrations folder is not a migration");
        HistoryFinder.Discovery d = new HistoryFinder(temp, List.of()).find(List.of(temp.resolve("repo")));
        assertEquals(List.of("repo/tools/seed.sql"), d.skipped().stream().map(SkippedFolder::path).toList());
    }

    @Test
    void aFileOfAHistoryIsLintedAfterItsPredecessors() throws IOException {
        write("m/1_a.up.sql", "CREATE TABLE a (id int);");
        write("m/2_b.up.sql", "ALTER TABLE a ADD COLUMN b int;");
        Path third = write("m/3_c.up.sql", "ALTER TABLE a ADD COLUMN c int;");
        write("m/4_d.up.sql", "ALTER TABLE a ADD COLUMN d int;");
        History h = only("m/3_c.up.sql");
        assertEquals("golang-migrate", h.framework());
        assertEquals(3, h.files().size());
        assertEquals(2, h.contextFiles());
        assertEquals(third, h.reportedFiles().get(0).path());
    }

    @Test
    void aSingleGooseFileIsSectioned() throws IOException {
        write("x/notes.sql", "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n");
        History h = only("x/notes.sql");
        assertEquals("goose", h.framework());
        assertTrue(h.files().get(0).section() != null);
    }

    @Test
    void versionsCompareBySegments() {
        assertTrue(NaturalOrder.VERSIONS.compare("1_10", "1_9") > 0);
        assertEquals(0, NaturalOrder.VERSIONS.compare("2.1", "2_1"));
        assertEquals(0, NaturalOrder.VERSIONS.compare("1.0", "1"));
        assertTrue(NaturalOrder.INSTANCE.compare("10_x.sql", "9_x.sql") > 0);
    }

    @Test
    void dieselOrdersByVersionBeforeTheFirstUnderscoreWithDashesRemoved() throws IOException {
        // as raw folder names "2019-..." sorts after "20190..."; diesel's versions are 20190102000000 < 20190201
        write("migrations/2019-01-02-000000_first/up.sql", "CREATE TABLE a (id int);");
        write("migrations/20190201_second/up.sql", "ALTER TABLE a ADD COLUMN b int;");
        write("migrations/00000000000000_diesel_initial_setup/up.sql", "SELECT 1;");
        History h = only("migrations");
        assertEquals("diesel", h.framework());
        assertEquals(List.of("00000000000000_diesel_initial_setup", "2019-01-02-000000_first", "20190201_second"),
                h.files().stream().map(f -> f.path().getParent().getFileName().toString()).toList());
    }

    @Test
    void golangMigrateTakesEveryNameItsOwnPatternAccepts() throws IOException {
        write("m/1_init.up.sql", "CREATE TABLE a (id int);");
        write("m/30_x.up..sql", "ALTER TABLE a ADD COLUMN b int;");
        write("m/30_x.down..sql", "ALTER TABLE a DROP COLUMN b;");
        History h = only("m");
        assertEquals("golang-migrate", h.framework());
        assertEquals(List.of("1_init.up.sql", "30_x.up..sql"), names(h));
        assertEquals(temp.resolve("m/30_x.down..sql"), h.files().get(1).downPath());
    }

    @Test
    void sqlMigrateSectionsAndNotransaction() throws IOException {
        write("db/1_init.sql", "-- +migrate Up\nCREATE TABLE a (id int);\n\n-- +migrate Down\nDROP TABLE a;\n");
        write("db/2_index.sql", "-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n"
                + "-- +migrate Down\nDROP INDEX a_id;\n");
        write("db/10_more.sql", "-- +migrate Up\nALTER TABLE a ADD COLUMN b int;\n");
        History h = only("db");
        assertEquals("sql-migrate", h.framework());
        assertEquals(List.of("1_init.sql", "2_index.sql", "10_more.sql"), names(h));
        String init = Files.readString(temp.resolve("db/1_init.sql"));
        assertEquals("CREATE TABLE a (id int);\n\n", text(init, h.files().get(0).section()));
        assertEquals("DROP TABLE a;\n", text(init, h.files().get(0).down().ranges().get(0)));
        assertEquals(TransactionWrapping.TRANSACTION, h.files().get(0).wrapping());
        assertEquals(TransactionWrapping.NONE, h.files().get(1).wrapping());
        assertFalse(h.files().get(2).down().exists());
    }

    private static String text(String file, dev.miglint.model.Span span) {
        return file.substring(span.start(), span.end());
    }

    @Test
    void strongSqliteSignsOutweighJsonbWhichSqliteAcceptsToo() throws IOException {
        write("db/001_init.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, name text COLLATE NOCASE, "
                + "data jsonb, more jsonb, tags jsonb);\nCREATE INDEX a_name ON a (name COLLATE NOCASE);\n");
        write("db/002_more.sql", "ALTER TABLE a ADD COLUMN extra jsonb;\nPRAGMA foreign_keys = ON;\n");
        History h = only("db");
        assertEquals(Dialect.SQLITE, h.dialect());
        assertNull(h.dialectNote(), "strong evidence needs no note");
    }

    @Test
    void weakEvidenceSaysWhichDialectWasAssumedAndHowToChoose() throws IOException {
        write("db/001_init.sql", "CREATE TABLE a (id int, data jsonb);\n");
        History weak = only("db");
        assertEquals(Dialect.POSTGRES, weak.dialect());
        assertTrue(weak.dialectNote().startsWith("postgres assumed from weak evidence"), weak.dialectNote());
        assertTrue(weak.dialectNote().contains("--dialect"), weak.dialectNote());

        write("none/001_init.sql", "CREATE TABLE a (id int);\n");
        History none = only("none");
        assertNull(none.dialect());
        assertTrue(none.dialectNote().startsWith("PostgreSQL assumed: no framework"), none.dialectNote());

        HistoryFinder forced = new HistoryFinder(temp, List.of(), Dialect.SQLITE);
        assertNull(forced.find(List.of(temp.resolve("none"))).histories().get(0).dialectNote());
    }

    @Test
    void siblingVersionFoldersAreOneHistoryInFolderThenFileOrder() throws IOException {
        write("migrations/1/01_init.up.sql", "CREATE TABLE a (id int);");
        write("migrations/1/02_more.up.sql", "ALTER TABLE a ADD COLUMN b int;");
        write("migrations/2/01_index.up.sql", "CREATE INDEX a_b ON a (b);");
        write("migrations/10/01_drop.up.sql", "ALTER TABLE a DROP COLUMN b;");
        History h = only("migrations");
        assertEquals("golang-migrate", h.framework());
        assertEquals(List.of("1/01_init.up.sql", "1/02_more.up.sql", "2/01_index.up.sql", "10/01_drop.up.sql"),
                h.files().stream().map(f -> f.path().getParent().getFileName() + "/" + f.path().getFileName()).toList());
    }

    @Test
    void foldersNotNamedLikeVersionsStaySeparateHistories() throws IOException {
        write("db/users/1_init.up.sql", "CREATE TABLE a (id int);");
        write("db/orders/1_init.up.sql", "CREATE TABLE b (id int);");
        assertEquals(2, find("db").size());
    }

    @Test
    void seedsFixturesAndInitScriptsBelowThePathAreSkippedAndListedUnlessGiven() throws IOException {
        write("repo/db/migrations/1_init.up.sql", "CREATE TABLE a (id int);");
        write("repo/db/seeds/users.sql", "INSERT INTO a VALUES (1);");
        write("repo/docker-entrypoint-initdb.d/00_schema.sql", "CREATE TABLE a (id int);");
        HistoryFinder.Discovery d = new HistoryFinder(temp, List.of()).find(List.of(temp.resolve("repo")));
        assertEquals(List.of("golang-migrate"), d.histories().stream().map(History::framework).toList());
        assertEquals(List.of("repo/db/seeds", "repo/docker-entrypoint-initdb.d"), d.skipped().stream().map(SkippedFolder::path).sorted().toList());
        assertEquals("plain", only("repo/db/seeds").framework(), "a folder given as PATH is linted");
    }
}
