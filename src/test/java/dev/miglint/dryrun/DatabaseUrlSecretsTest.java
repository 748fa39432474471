package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two password leaks of issue 11 that need no server, through the CLI in every report format: a
 * {@code user:password@} inside a jdbc: URL, and a value that is no URL at all, which used to be echoed back.
 */
class DatabaseUrlSecretsTest {
    private static final String PASSWORD = "Tr0ub4dor-url-secret";
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "github", "markdown", "gitlab");

    private static CliRun dryRun(Path dir, String format, String url, Map<String, String> env) {
        return CliRun.run(dir, "", env, "dry-run", "--format", format, "--database-url", url, "db");
    }

    @Test
    void userInfoInsideAJdbcUrlNeverAppearsInAnyFormat(@TempDir Path dir) {
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        // port 1: nothing listens there, so the connection fails and the driver's error is printed
        String url = "jdbc:postgresql://app:" + PASSWORD + "@127.0.0.1:1/shop";
        for (String format : FORMATS) {
            for (boolean fromEnv : new boolean[] {false, true}) {
                CliRun run = fromEnv
                        ? dryRun(dir, format, "env:DATABASE_URL", Map.of("DATABASE_URL", url))
                        : dryRun(dir, format, url, Map.of());
                assertEquals(2, run.exitCode(), format + ": " + describe(run));
                assertTrue(run.stderr().startsWith("miglint: "), format + ": " + describe(run));
                assertFalse((run.stdout() + run.stderr()).contains(PASSWORD), format + ": " + describe(run));
                assertFalse(run.stderr().contains("\tat "), format + ": " + describe(run));
            }
        }
    }

    @Test
    void aValueThatIsNoUrlIsNotEchoedBack(@TempDir Path dir) {
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        for (String value : List.of(PASSWORD, "host=db user=app password=" + PASSWORD,
                "mysql://app:" + PASSWORD + "@db/shop")) {
            for (String format : FORMATS) {
                CliRun run = dryRun(dir, format, value, Map.of());
                assertEquals(2, run.exitCode(), format + ": " + describe(run));
                assertEquals(1, run.stderr().lines().count(), format + ": " + describe(run));
                assertFalse((run.stdout() + run.stderr()).contains(PASSWORD), format + ": " + describe(run));
            }
        }
    }
}
