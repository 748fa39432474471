package dev.miglint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.Dialect;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.testing.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Discovery on every repository of the shared corpus ({@code <dialect>/<owner>__<repo>/}): the framework and
 * dialect of its main (largest) history, and known pairs of files that must come in this order.
 */
class CorpusFrameworksTest {

    /**
     * One repository: its main history's framework and dialect, {earlier, later} path suffixes, and how the framework
     * hands its first migration to the database (null: not checked).
     */
    private record Row(String dialectDir, String repo, String framework, Dialect dialect, List<String[]> ordered,
            TransactionWrapping firstWrapping) {
        Row(String dialectDir, String repo, String framework, Dialect dialect, List<String[]> ordered) {
            this(dialectDir, repo, framework, dialect, ordered, null);
        }
    }

    private static List<String[]> pairs(String[]... pairs) {
        return List.of(pairs);
    }

    private static String[] pair(String earlier, String later) {
        return new String[] {earlier, later};
    }

    private static final List<Row> ROWS = List.of(
            new Row("postgres", "LemmyNet__lemmy", "diesel", Dialect.POSTGRES, pairs(
                    pair("2019-02-26-002946_create_user/up.sql", "2025-08-06-170325_add_indexes_for_aggregates_activity_new/up.sql"))),
            new Row("postgres", "goharbor__harbor", "golang-migrate", Dialect.POSTGRES, pairs(
                    pair("0001_initial_schema.up.sql", "0190_2.16.0_schema.up.sql"))),
            new Row("postgres", "supabase__auth", "pop", Dialect.POSTGRES, pairs(
                    pair("00_init_auth_schema.up.sql", "20260625000000_add_custom_claims_allowlist.up.sql"))),
            new Row("postgres", "temporalio__temporal", "temporal-sql-tool", Dialect.POSTGRES, pairs(
                    pair("versioned/v1.9/history_tasks_table.sql", "versioned/v1.10/task_queue_user_data.sql"),
                    pair("versioned/v1.2/queue.sql", "versioned/v1.11/queue_v2.sql"))),
            new Row("postgres", "documenso__documenso", "prisma", Dialect.POSTGRES, pairs(
                    pair("20230404095503_initial_migration/migration.sql", "20260622120000_add_recipient_reminder_count/migration.sql"))),
            new Row("postgres", "umami-software__umami", "prisma", Dialect.POSTGRES, pairs(
                    pair("01_init/migration.sql", "19_add_session_replay/migration.sql"))),
            new Row("postgres", "Dokploy__dokploy", "drizzle", Dialect.POSTGRES, pairs(
                    pair("0009_majestic_spencer_smythe.sql", "0010_lean_black_widow.sql"),
                    pair("0010_lean_black_widow.sql", "0100_purple_rogue.sql"))),
            new Row("postgres", "kestra-io__kestra", "flyway", Dialect.POSTGRES, pairs(
                    pair("V1_2__worker_heartbeat.sql", "V1_9__execution_queued.sql"),
                    pair("V1_9__execution_queued.sql", "V1_10__multitenant_indices.sql"))),
            new Row("postgres", "authelia__authelia", "authelia", Dialect.POSTGRES, pairs(
                    pair("V0009.FixConstraints.up.sql", "V0010.FixConsentIDNotNull.up.sql"))),
            new Row("postgres", "dani-garcia__vaultwarden", "diesel", Dialect.POSTGRES, pairs(
                    pair("2019-09-12-100000_create_tables/up.sql", "2026-05-05-120000_sso_auth_error/up.sql"))),
            new Row("postgres", "apache__dolphinscheduler", "plain", Dialect.POSTGRES, pairs(
                    pair("3.0.2_schema/postgresql/dolphinscheduler_ddl.sql", "3.1.0_schema/postgresql/dolphinscheduler_ddl.sql"))),
            new Row("postgres", "ente-io__ente", "golang-migrate", Dialect.POSTGRES, pairs(
                    pair("/9_create_datacenter.up.sql", "/10_update_temp_object_keys.up.sql"),
                    pair("/99_alter_file_data_column_type.up.sql", "/100_add_upgraded_at.up.sql"))),
            new Row("mysql", "temporalio__temporal", "temporal-sql-tool", Dialect.MYSQL, pairs()),
            new Row("mysql", "kestra-io__kestra", "flyway", Dialect.MYSQL, pairs()),
            new Row("mysql", "authelia__authelia", "authelia", Dialect.MYSQL, pairs(
                    pair("V0009.FixConstraints.up.sql", "V0010.FixConsentIDNotNull.up.sql"))),
            new Row("mysql", "dani-garcia__vaultwarden", "diesel", Dialect.MYSQL, pairs()),
            new Row("mysql", "apache__dolphinscheduler", "plain", Dialect.MYSQL, pairs()),
            new Row("mysql", "ory__kratos", "popx", Dialect.MYSQL, pairs(
                    pair("20150100000001000000_networks.mysql.up.sql",
                            "20260703000000000000_courier_messages_status_created_at_idx.mysql.up.sql"))),
            new Row("sqlite", "temporalio__temporal", "temporal-sql-tool", Dialect.SQLITE, pairs()),
            new Row("sqlite", "authelia__authelia", "authelia", Dialect.SQLITE, pairs()),
            new Row("sqlite", "dani-garcia__vaultwarden", "diesel", Dialect.SQLITE, pairs()),
            new Row("sqlite", "openstatusHQ__openstatus", "drizzle", Dialect.SQLITE, pairs(
                    pair("0009_small_maximus.sql", "0010_lame_songbird.sql"))),
            new Row("sqlite", "ory__kratos", "popx", Dialect.SQLITE, pairs(
                    pair("20150100000001000000_networks.sqlite3.up.sql",
                            "20260506000000000000_add_internal_context_to_recovery_verification_flows.sqlite3.up.sql"))));

    /** ../shared/corpus2: diesel with dashed versions, goose blocks, golang-migrate, Flyway dotted versions, dbmate. */
    private static final List<Row> ROWS2 = List.of(
            new Row("postgres", "rust-lang__crates.io", "diesel", Dialect.POSTGRES, pairs(
                    pair("20170820180453_readme_rendering_tracking/up.sql", "2017-08-31-230457_invitations/up.sql")),
                    TransactionWrapping.TRANSACTION),
            new Row("postgres", "hatchet-dev__hatchet", "goose", Dialect.POSTGRES, pairs(
                    pair("20240115180414_init.sql", "20260806002901_v1_0_138.sql")), TransactionWrapping.TRANSACTION),
            new Row("postgres", "DSpace__DSpace", "flyway", Dialect.POSTGRES, pairs(
                    pair("V7.0_2019.07.31__Retrieval_of_name_variant.sql", "V8.0_2023.08.07__qaevent_processed.sql")), null),
            new Row("postgres", "openmeterio__openmeter", "golang-migrate", Dialect.POSTGRES, pairs(
                    pair("20240826120919_init.up.sql", "20260224121149_charges.up.sql")), null),
            new Row("postgres", "conductor-oss__conductor", "flyway", Dialect.POSTGRES, pairs(), null),
            new Row("postgres", "flipt-io__flipt", "golang-migrate", Dialect.POSTGRES, pairs(), null),
            new Row("postgres", "langfuse__langfuse", "prisma", Dialect.POSTGRES, pairs(), null),
            new Row("postgres", "openfga__openfga", "goose", Dialect.POSTGRES, pairs(), null),
            new Row("postgres", "riverqueue__river", "golang-migrate", Dialect.POSTGRES, pairs(), null),
            new Row("postgres", "supabase__postgres", "dbmate", Dialect.POSTGRES, pairs(), TransactionWrapping.TRANSACTION),
            new Row("postgres", "triggerdotdev__trigger.dev", "prisma", Dialect.POSTGRES, pairs(), null),
            new Row("mysql", "conductor-oss__conductor", "flyway", Dialect.MYSQL, pairs(), null),
            new Row("mysql", "flipt-io__flipt", "golang-migrate", Dialect.MYSQL, pairs(), TransactionWrapping.NONE),
            new Row("mysql", "openfga__openfga", "goose", Dialect.MYSQL, pairs(), null),
            new Row("sqlite", "conductor-oss__conductor", "flyway", Dialect.SQLITE, pairs(), null),
            new Row("sqlite", "flipt-io__flipt", "golang-migrate", Dialect.SQLITE, pairs(), TransactionWrapping.TRANSACTION),
            new Row("sqlite", "navidrome__navidrome", "goose", Dialect.SQLITE, pairs(), null),
            new Row("sqlite", "openfga__openfga", "goose", Dialect.SQLITE, pairs(), null),
            new Row("sqlite", "riverqueue__river", "golang-migrate", Dialect.SQLITE, pairs(), TransactionWrapping.TRANSACTION),
            new Row("sqlite", "stashapp__stash", "golang-migrate", Dialect.SQLITE, pairs(
                    pair("/9_studios_parent_studio.up.sql", "/10_image_tables.up.sql")), TransactionWrapping.TRANSACTION));

    @TestFactory
    Stream<DynamicTest> everyCorpusRepositoryIsRecognised() throws IOException {
        return tests(Paths.corpus().orElse(null), ROWS);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpus2RepositoryIsRecognised() throws IOException {
        return tests(Paths.corpus2().orElse(null), ROWS2);
    }

    private static Stream<DynamicTest> tests(Path corpus, List<Row> rows) throws IOException {
        Assumptions.assumeTrue(corpus != null, "no shared corpus");
        List<Path> repos = new ArrayList<>();
        for (Dialect d : Dialect.values()) {
            Path dir = corpus.resolve(d.id());
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(Files::isDirectory).sorted().forEach(repos::add);
                }
            }
        }
        return repos.stream().map(repo -> DynamicTest.dynamicTest(corpus.relativize(repo).toString(), () -> check(repo, rows)));
    }

    private static void check(Path repo, List<Row> rows) {
        String dialectDir = repo.getParent().getFileName().toString();
        Row row = rows.stream().filter(r -> r.dialectDir().equals(dialectDir) && r.repo().equals(repo.getFileName().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + repo + ": add one to the table"));
        HistoryFinder.Discovery d = new HistoryFinder(repo, List.of()).find(List.of(repo));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        // the corpora hold only migration folders: at a repository root nothing is skipped but the fresh-install
        // schema.sql that temporal-sql-tool keeps beside its versioned/ history
        for (SkippedFolder s : d.skipped()) {
            Path skipped = repo.resolve(s.path());
            assertTrue(skipped.getFileName().toString().equals("schema.sql")
                    && Files.isDirectory(skipped.resolveSibling("versioned")), "skipped a migration: " + s);
        }
        History main = d.histories().stream().max(Comparator.comparingInt(h -> h.files().size()))
                .orElseThrow(() -> new AssertionError("no history found"));
        assertEquals(row.framework(), main.framework(), "framework of " + main.name());
        assertEquals(row.dialect(), main.dialect(), "dialect of " + main.name());
        List<String> paths = main.files().stream().map(f -> f.path().toString().replace('\\', '/')).toList();
        for (String[] p : row.ordered()) {
            int earlier = indexOf(paths, p[0]);
            int later = indexOf(paths, p[1]);
            assertTrue(earlier >= 0 && later >= 0, "missing " + p[0] + " or " + p[1] + " in " + main.name());
            assertTrue(earlier < later, p[0] + " must come before " + p[1]);
        }
        if (row.firstWrapping() != null) {
            assertEquals(row.firstWrapping(), main.files().get(0).wrapping(), "transaction mode of " + main.files().get(0).displayPath());
        }
    }

    private static int indexOf(List<String> paths, String suffix) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).endsWith(suffix)) {
                return i;
            }
        }
        return -1;
    }
}
