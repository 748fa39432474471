package dev.miglint.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.oracle.Scenario.Wrapping;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge's lock-queue verdict (docs/evaluation.md, hazard 8): the first statement of a migration that takes a
 * blocking lock on a pre-existing relation while the session's lock_timeout is 0 is a hazard, however short the hold;
 * a lock_timeout in force makes it safe, and a SET LOCAL outside a transaction block sets nothing.
 */
class LockQueueVerdictTest {
    private static EmbeddedServer server;
    private static PostgresOracle oracle;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start();
        oracle = new PostgresOracle(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBriefBlockingLockWithoutLockTimeoutIsAHazardAndMiglintSaysSo() throws Exception {
        Scenario scenario = ScenarioGenerator.ofForm(Dialect.POSTGRES, "ADD COLUMN nullable", Wrapping.NONE);
        Verdict verdict = oracle.judge(scenario).get(0);
        assertTrue(verdict.hazardous(), verdict.reason());
        assertTrue(verdict.reason().contains("no lock_timeout"), verdict.reason());
        assertEquals("missing-lock-timeout", StaticVerdicts.flagged(scenario, temp.resolve("a")).get(0));
    }

    @Test
    void aLockTimeoutInForceMakesTheSameStatementSafe() throws Exception {
        Scenario scenario = ScenarioGenerator.ofForm(Dialect.POSTGRES, "lock_timeout then ADD COLUMN", Wrapping.NONE);
        List<Verdict> verdicts = oracle.judge(scenario);
        assertFalse(verdicts.get(1).hazardous(), verdicts.get(1).reason());
        assertEquals("", StaticVerdicts.flagged(scenario, temp.resolve("b")).get(1));
    }

    @Test
    void setLocalOutsideATransactionBlockSetsNothing() throws Exception {
        Scenario scenario = ScenarioGenerator.ofForm(Dialect.POSTGRES, "SET LOCAL lock_timeout then ADD COLUMN",
                Wrapping.NONE);
        Verdict verdict = oracle.judge(scenario).get(1);
        assertTrue(verdict.hazardous(), verdict.reason());
        assertEquals("missing-lock-timeout", StaticVerdicts.flagged(scenario, temp.resolve("c")).get(1));
    }
}
