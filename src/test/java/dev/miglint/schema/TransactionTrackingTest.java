package dev.miglint.schema;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.TransactionWrapping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.DataType;
import dev.miglint.model.LockMode;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.TransactionControl.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionTrackingTest {
    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    private static Statement alter(QualifiedName t, AlterAction... actions) {
        return new Statement.AlterTable(t, false, false, List.of(actions));
    }

    private static Statement addColumn(String name) {
        return alter(ORDERS, new AlterAction.AddColumn(new ColumnDef(name, DataType.parse("text"), false, null,
                ColumnDef.Generated.NONE, false, false, false), false));
    }

    private static ConstraintDef check(String name, boolean notValid) {
        return new ConstraintDef(name, ConstraintDef.Kind.CHECK, List.of(), null, List.of(), new SqlExpr("total >= 0"),
                notValid, null);
    }

    @Test
    void autocommitStatementsAreSeparateTransactions() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.NONE, List.of());
        int first = t.transactionNumber();
        t.apply(addColumn("a"));
        assertNotEquals(first, t.transactionNumber());
        assertTrue(t.heldLocks().isEmpty(), "no locks are held between autocommit statements");
    }

    @Test
    void wrappedMigrationIsOneTransactionAndHoldsLocks() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.TRANSACTION, List.of());
        int first = t.transactionNumber();
        t.apply(addColumn("a"));
        t.apply(new Statement.SetVariable("statement_timeout", "'5s'", false, false));
        assertEquals(first, t.transactionNumber());
        assertEquals(1, t.heldLocks().size());
        HeldLock held = t.heldLocks().get(0);
        assertEquals(ORDERS, held.table());
        assertEquals(LockMode.ACCESS_EXCLUSIVE, held.mode());
        assertEquals("ALTER TABLE", held.takenBy());
        t.apply(new Statement.TransactionControl(Kind.COMMIT));
        assertTrue(t.heldLocks().isEmpty());
        assertNotEquals(first, t.transactionNumber());
    }

    @Test
    void setLocalOutsideATransactionHasNoEffect() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.NONE, List.of());
        t.apply(new Statement.SetVariable("lock_timeout", "'5s'", true, false));
        assertFalse(t.lockTimeoutSet());
        t.apply(new Statement.TransactionControl(Kind.BEGIN));
        t.apply(new Statement.SetVariable("lock_timeout", "'5s'", true, false));
        assertTrue(t.lockTimeoutSet());
        t.apply(new Statement.TransactionControl(Kind.COMMIT));
        assertFalse(t.lockTimeoutSet(), "SET LOCAL ends with its transaction");
    }

    @Test
    void constraintsAreNoLongerNewInTheNextMigration() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.TRANSACTION, List.of());
        t.apply(alter(ORDERS, new AlterAction.AddConstraint(check("c", true))));
        ConstraintState added = t.table(ORDERS).flatMap(s -> s.constraint("c")).orElseThrow();
        assertTrue(added.newInMigration());
        assertEquals(t.transactionNumber(), added.addedInTransaction());
        t.endMigration();
        t.beginMigration(TransactionWrapping.TRANSACTION, List.of());
        ConstraintState later = t.table(ORDERS).flatMap(s -> s.constraint("c")).orElseThrow();
        assertFalse(later.newInMigration());
        assertFalse(later.validated());
        assertFalse(t.table(ORDERS).orElseThrow().column("a").map(ColumnState::newInMigration).orElse(false));
    }

    @Test
    void setLocalSettingsEndWithTheirTransaction() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.NONE, List.of());
        t.apply(new Statement.SetVariable("timezone", "'Europe/Berlin'", false, false));
        t.apply(new Statement.TransactionControl(Kind.BEGIN));
        t.apply(new Statement.SetVariable("timezone", "'UTC'", true, false));
        assertEquals(java.util.Optional.of("utc"), t.setting("TimeZone"));
        t.apply(new Statement.TransactionControl(Kind.COMMIT));
        assertEquals(java.util.Optional.of("europe/berlin"), t.setting("timezone"));
        t.apply(new Statement.TransactionControl(Kind.BEGIN));
        t.apply(new Statement.SetConfig(List.of(new Statement.SetVariable("lock_timeout", "2s", true, false),
                new Statement.SetVariable("search_path", "app", true, false))));
        assertTrue(t.lockTimeoutSet());
        assertEquals(java.util.Optional.of("app"), t.setting("search_path"));
        t.apply(new Statement.TransactionControl(Kind.ROLLBACK));
        assertFalse(t.lockTimeoutSet());
        assertEquals(java.util.Optional.empty(), t.setting("search_path"));
    }

    @Test
    void deleteWhoseWhereSelectsEveryRowEmptiesTheTable() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.NONE, List.of());
        t.apply(new Statement.Delete(ORDERS, true,
                new dev.miglint.model.WhereClause("true", true, java.util.Set.of(), java.util.Set.of(), false),
                dev.miglint.model.JoinedTables.NONE));
        assertTrue(t.isScanFree(ORDERS));
    }

    @Test
    void emptiedTablesAreScanFreeUntilRefilled() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        t.beginMigration(TransactionWrapping.NONE, List.of());
        assertFalse(t.isScanFree(ORDERS));
        t.apply(new Statement.Truncate(List.of(ORDERS), false));
        assertTrue(t.isScanFree(ORDERS));
        assertTrue(t.isExistingRelation(ORDERS), "still a live table: its locks still wait");
        t.apply(new Statement.Insert(ORDERS, true));
        assertFalse(t.isScanFree(ORDERS));
        t.apply(new Statement.Delete(ORDERS, false));
        t.endMigration();
        t.beginMigration(TransactionWrapping.NONE, List.of());
        assertFalse(t.isScanFree(ORDERS), "a later migration sees rows again");
    }

    private static List<dev.miglint.model.ParsedStatement> statements(Statement... models) {
        List<dev.miglint.model.ParsedStatement> out = new java.util.ArrayList<>();
        for (Statement m : models) {
            out.add(new dev.miglint.model.ParsedStatement(out.size(), new dev.miglint.model.Span(0, 0), "", m,
                    dev.miglint.model.ParsedStatement.Origin.TOKENS, false, dev.miglint.model.StatementTokens.none()));
        }
        return out;
    }

    @Test
    void oneQueryStringOfSeveralStatementsIsAnImplicitBlockAlsoAfterCommit() {
        SchemaTracker t = new SchemaTracker(LintSettings.DEFAULT_PG_VERSION);
        Statement begin = new Statement.TransactionControl(Kind.BEGIN);
        Statement commit = new Statement.TransactionControl(Kind.COMMIT);
        Statement add = addColumn("a");
        t.beginMigration(dev.miglint.model.TransactionWrapping.SINGLE_EXEC, statements(begin, add, commit, add));
        assertTrue(t.inTransaction() && t.singleExec() && t.implicit());
        t.apply(begin);
        assertFalse(t.implicit(), "BEGIN turns the implicit block into a regular one");
        t.apply(add);
        t.apply(commit);
        assertTrue(t.inTransaction(), "after COMMIT the rest of the string is a new implicit block");
        assertTrue(t.implicit());
        t.endMigration();

        t.beginMigration(dev.miglint.model.TransactionWrapping.SINGLE_EXEC, statements(add));
        assertFalse(t.inTransaction(), "a string of one statement runs outside any block");
        assertFalse(t.singleExec());
    }
}
