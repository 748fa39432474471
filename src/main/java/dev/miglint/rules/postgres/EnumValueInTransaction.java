package dev.miglint.rules.postgres;

import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.AddedEnumValue;

/**
 * ALTER TYPE ... ADD VALUE in a transaction block before PostgreSQL 12 (fails), and on 12+ a use of the new
 * value later in the same transaction (fails with "unsafe use of new value").
 */
@RuleDefinition(id = "enum-value-in-transaction", level = Level.ERROR,
        summary = "ALTER TYPE ... ADD VALUE fails in a transaction before PostgreSQL 12, and the new value cannot be used until its transaction commits.")
public final class EnumValueInTransaction implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement model = context.model();
        boolean inTransaction = context.transaction().inTransaction() || context.statement().nested();
        if (model instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.ADD_VALUE) {
            checkAddValue(context, at, inTransaction);
            return;
        }
        if (context.pgVersion() < 12 || !context.transaction().inTransaction() || model instanceof Statement.DoBlock
                || model instanceof Statement.CreateRoutine || model instanceof Statement.AlterType
                || model instanceof Statement.Other || model instanceof Statement.MetaCommand) {
            return;
        }
        int txn = context.transaction().transactionNumber();
        String text = context.statement().text();
        for (AddedEnumValue added : context.schema().enumValuesAdded()) {
            if (added.transaction() != txn || added.typeCreatedInSameTransaction()) {
                continue;
            }
            String literal = "'" + added.value().replace("'", "''") + "'";
            if (!text.contains(literal)) {
                continue;
            }
            String type = added.type().sql();
            context.report("Statement uses enum value " + literal + " added to " + type
                            + " in the same transaction: fails with \"unsafe use of new value\"",
                    RuleHelp.of(this).with("type", type).with("value", literal).text());
            return;
        }
    }

    private void checkAddValue(RuleContext context, Statement.AlterType at, boolean inTransaction) {
        int pg = context.pgVersion();
        if (pg >= 12 || !inTransaction) {
            return;
        }
        boolean createdHere = context.schema().enumCreatedInTransaction(at.type())
                .map(t -> t >= 0 && t == context.transaction().transactionNumber()).orElse(false);
        if (createdHere && !context.statement().nested()) {
            return;
        }
        String type = at.type().sql();
        String value = at.value() == null ? "" : " '" + at.value().replace("'", "''") + "'";
        String where = context.statement().nested() ? "inside a DO block" : "inside a transaction block";
        context.report("ALTER TYPE " + type + " ADD VALUE" + value + " fails " + where + " on PostgreSQL " + pg,
                RuleHelp.of(this).why("before PostgreSQL 12").fix("before PostgreSQL 12").text());
    }
}
