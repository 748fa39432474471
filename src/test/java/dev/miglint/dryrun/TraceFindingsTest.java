package dev.miglint.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.LockMode;
import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceFindingsTest {
    static final String SQL = "CREATE INDEX i ON orders (status);\nALTER TABLE orders ADD COLUMN n int;\n";

    @Test
    void aLockObservationConfirmsALockRuleOnTheSameStatement() {
        SourceFile source = new SourceFile(Path.of("m.sql"), "m.sql", SQL);
        List<Step> steps = Step.split(SQL, dev.miglint.model.Dialect.POSTGRES);
        StepTrace index = new StepTrace(steps.get(0), StepTrace.Outcome.RAN, 2_000_000, null, null,
                List.of(new StepTrace.LockSeen("orders", "ShareLock", LockMode.SHARE)), List.of(), List.of(), null);
        StepTrace add = new StepTrace(steps.get(1), StepTrace.Outcome.RAN, 1_000_000, null, null, List.of(), List.of(),
                List.of(), null);
        Observations.FileTrace trace = new Observations.FileTrace(MigrationFile.plain(source.path(), "m.sql"), source,
                List.of(index, add), DeployedTransactions.ONE_TRANSACTION);
        Positions at = new Positions(source);
        Finding onIndex = at.finding("require-concurrent-index", Level.WARNING, new Span(0, 12), "m", "h");
        Finding confirmed = TraceFindings.confirm(onIndex, trace);
        assertTrue(confirmed.confirmed());
        assertEquals("dry run: took ShareLock on orders (blocks writes (INSERT, UPDATE, DELETE), but not reads)"
                + " for 2.0 ms", confirmed.observed());
        Finding onAdd = at.finding("add-column-lock", Level.WARNING, new Span(SQL.indexOf("ALTER"), SQL.length() - 1),
                "m", "h");
        assertFalse(TraceFindings.confirm(onAdd, trace).confirmed());
        assertEquals(SharedPositions.line(SQL, SQL.indexOf("ALTER")), onAdd.startLine());
        assertEquals(StepTrace.Outcome.RAN, ServerObservations.modeOf("ShareUpdateExclusiveLock") == LockMode.SHARE_UPDATE_EXCLUSIVE
                ? StepTrace.Outcome.RAN : StepTrace.Outcome.FAILED);
    }

    @Test
    void statementsAreClassifiedByTheirModel() {
        List<Step> steps = Step.split("CREATE INDEX CONCURRENTLY i ON t (c);\nvacuum analyze t;\nCOMMIT;\n"
                + "CREATE INDEX i ON t (c);\nCLUSTER;\nCLUSTER t USING i;\n"
                + "DO $$ BEGIN EXECUTE 'VACUUM t'; END $$;\n-- only a comment\n;\nDROP SUBSCRIPTION s;\n",
                dev.miglint.model.Dialect.POSTGRES);
        assertEquals(List.of(Step.Kind.NON_TRANSACTIONAL, Step.Kind.NON_TRANSACTIONAL, Step.Kind.TRANSACTION_CONTROL,
                Step.Kind.TRANSACTIONAL, Step.Kind.NON_TRANSACTIONAL, Step.Kind.TRANSACTIONAL, Step.Kind.TRANSACTIONAL,
                Step.Kind.NON_TRANSACTIONAL), steps.stream().map(Step::kind).toList());
        assertEquals(List.of(Step.Kind.TRANSACTION_CONTROL, Step.Kind.NON_TRANSACTIONAL, Step.Kind.TRANSACTIONAL),
                Step.split("BEGIN;\nVACUUM;\nCREATE INDEX i ON t (c);\n", dev.miglint.model.Dialect.SQLITE).stream()
                        .map(Step::kind).toList());
        Step setval = Step.split("SELECT setval('s', 10);", dev.miglint.model.Dialect.POSTGRES).get(0);
        assertEquals(Step.Kind.NOT_UNDONE_BY_ROLLBACK, setval.forGivenDatabase().kind());
    }

    private static final class SharedPositions {
        static int line(String text, int offset) {
            return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        }
    }
}
