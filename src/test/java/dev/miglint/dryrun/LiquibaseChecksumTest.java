package dev.miglint.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.miglint.source.History;
import dev.miglint.source.HistoryFinder;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import dev.miglint.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.core.formattedsql.FormattedSqlChangeLogParser;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our checksum of each changeset of a formatted-SQL changelog is the one Liquibase 4.33 itself computes (version 9),
 * for the forms whose text Liquibase normalises away or keeps; the changeset is read the way the dry run reads it
 * (discovered as a history, its section cut out of the file).
 */
class LiquibaseChecksumTest {

    private static final String CHANGELOG = """
            --liquibase formatted sql

            --changeset alice:1
            CREATE TABLE accounts (id bigint PRIMARY KEY);
            --rollback DROP TABLE accounts;

            --changeset alice:2 splitStatements:false stripComments:true
            -- a comment Liquibase keeps in the checksum
            ALTER TABLE accounts ADD COLUMN name text;   \t
            ALTER TABLE accounts ADD COLUMN email text;


            --changeset bob:3 runOnChange:true
            --comment: the view of ids
            CREATE OR REPLACE VIEW account_ids AS
              SELECT id FROM accounts;
            /* liquibase rollback
            DROP VIEW account_ids;
            */

            --changeset bob:4 runAlways:true endDelimiter:GO
            --preconditions onFail:MARK_RAN
            --precondition-sql-check expectedResult:0 SELECT count(*) FROM accounts WHERE id < 0
            UPDATE accounts SET name = 'x' WHERE name IS NULL;
            --validCheckSum: ANY
            /* a block comment */ SELECT 1;
            --rollback SELECT 1;
            --rollback SELECT 2;

            --changeset carol:5 dbms:postgresql runInTransaction:false
            CREATE INDEX CONCURRENTLY accounts_name ON accounts (name);
            """;

    @Test
    void everyChangesetHasLiquibasesOwnChecksum(@TempDir Path dir) throws Exception {
        assertSameAsLiquibase(dir, CHANGELOG);
    }

    @Test
    void crlfLineBreaksAndTrailingSpacesDoNotChangeIt(@TempDir Path dir) throws Exception {
        Map<String, String> lf = assertSameAsLiquibase(dir.resolve("lf"), CHANGELOG);
        Map<String, String> crlf = assertSameAsLiquibase(dir.resolve("crlf"),
                CHANGELOG.replace("\n", "  \r\n"));
        assertEquals(lf, crlf);
    }

    @Test
    void anEditOrAnAddedCommentChangesIt(@TempDir Path dir) throws Exception {
        Map<String, String> before = assertSameAsLiquibase(dir.resolve("a"), CHANGELOG);
        Map<String, String> after = assertSameAsLiquibase(dir.resolve("b"), CHANGELOG
                .replace("ADD COLUMN email text", "ADD COLUMN email varchar(200)")
                .replace("CREATE TABLE accounts", "-- the accounts\nCREATE TABLE accounts"));
        assertNotEquals(before.get("alice:1"), after.get("alice:1"));
        assertNotEquals(before.get("alice:2"), after.get("alice:2"));
        assertEquals(before.get("bob:3"), after.get("bob:3"));
    }

    @Test
    void aChangesetWithChangelogParametersHasNoChecksumFromTheFileAlone() {
        assertNull(LiquibaseChecksum.of("\nCREATE TABLE ${schema}.accounts (id bigint);\n"));
    }

    @Test
    void theVersionOfARecordedChecksum() {
        assertEquals("9", LiquibaseChecksum.versionOf("9:0123abcd"));
        assertEquals("8", LiquibaseChecksum.versionOf("8:0123abcd"));
        assertNull(LiquibaseChecksum.versionOf(null));
        assertNull(LiquibaseChecksum.versionOf("0123abcd"));
    }

    /** Writes the changelog, and asserts ours equals Liquibase's for each changeset; returns author:id to ours. */
    private static Map<String, String> assertSameAsLiquibase(Path dir, String changelog) throws Exception {
        Path file = dir.resolve("changes.sql");
        Files.createDirectories(dir);
        Files.writeString(file, changelog);
        Map<String, String> liquibase = new LinkedHashMap<>();
        List<ChangeSet> changeSets = new FormattedSqlChangeLogParser()
                .parse("changes.sql", new ChangeLogParameters(), new DirectoryResourceAccessor(dir)).getChangeSets();
        for (ChangeSet c : changeSets) {
            liquibase.put(c.getAuthor() + ":" + c.getId(), c.generateCheckSum(ChecksumVersion.V9).toString());
        }
        Map<String, String> ours = new LinkedHashMap<>();
        List<History> histories = new HistoryFinder(dir, List.of()).find(List.of(file)).histories();
        SourceFile whole = SourceReader.read(file, "changes.sql");
        for (MigrationFile m : histories.get(0).files()) {
            LiquibaseChangeset changeset = LiquibaseChangeset.of(m, SectionText.up(m, whole).text());
            ours.put(changeset.key().replaceFirst("^changeset (\\S+) of .*$", "$1"), changeset.checksum());
        }
        assertEquals(5, liquibase.size());
        assertEquals(liquibase, ours);
        return ours;
    }
}
