package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.model.Statement.TransactionControl.Kind;
import dev.miglint.model.TransactionHandoff;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** BEGIN inside a transaction, or COMMIT/ROLLBACK ending the transaction the framework wraps the file in. */
@RuleDefinition(id = "transaction-nesting", level = Level.WARNING,
        summary = "BEGIN inside an open transaction, or COMMIT/ROLLBACK in a migration the framework already runs in a transaction.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE}, nestedStatements = false)
public final class TransactionNesting implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.TransactionControl tc)) {
            return;
        }
        boolean wrapped = Boolean.TRUE.equals(context.migration().runsInTransaction()) || context.settings().assumeInTransaction();
        // BEGIN in the implicit block of a multi-statement query string turns it into a regular block: no warning
        boolean implicitBlock = context.transaction().singleExec() && context.transaction().implicit();
        if (tc.kind() == Kind.BEGIN && context.transaction().inTransaction() && !implicitBlock) {
            String opener = context.transaction().implicit()
                    ? "the transaction the migration framework wraps this file in" : "the transaction opened by an earlier BEGIN";
            boolean sqlite = context.dialect() == Dialect.SQLITE;
            context.report("BEGIN inside " + opener + (sqlite ? " fails" : " does not start a new transaction"),
                    RuleHelp.of(this).why(sqlite ? "SQLite" : null)
                            .fix(context.transaction().implicit() ? "framework transaction" : null).text());
        } else if ((tc.kind() == Kind.COMMIT || tc.kind() == Kind.ROLLBACK) && wrapped && context.transaction().inTransaction()
                && !(tc.kind() == Kind.COMMIT && TransactionHandoff.reopenedAfter(context.statements(), context.statement()))) {
            context.report(tc.kind() + " inside a migration the framework runs in a transaction ends the framework's transaction",
                    RuleHelp.of(this).why("early end").fix("early end").with("kind", tc.kind()).text());
        }
    }
}
