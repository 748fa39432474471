package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.InvalidIndexRecovery;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Span;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import java.util.Set;

/**
 * DDL without IF [NOT] EXISTS in a migration that runs outside a transaction: a failed run leaves part of it
 * applied, and the retry fails on what the first run already did. Only CONCURRENTLY statements (which must run
 * outside a transaction) and files the framework declares non-transactional are checked.
 */
@RuleDefinition(id = "non-idempotent-ddl", level = Level.NOTE,
        summary = "DDL outside a transaction should use IF [NOT] EXISTS so that a failed migration can be re-run.")
public final class NonIdempotentDdl implements Rule {

    private static final Set<ObjectKind> DROPPABLE = Set.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW,
            ObjectKind.SEQUENCE, ObjectKind.TYPE, ObjectKind.DOMAIN, ObjectKind.SCHEMA, ObjectKind.FUNCTION,
            ObjectKind.PROCEDURE, ObjectKind.TRIGGER, ObjectKind.EXTENSION);
    /** The leading keywords after which IF [NOT] EXISTS goes; a word ending in ? may be left out. */
    private static final String[] CREATE_INDEX = {"CREATE", "UNIQUE?", "INDEX", "CONCURRENTLY?"};
    private static final String[] DROP_INDEX = {"DROP", "INDEX", "CONCURRENTLY?"};
    private static final String[] CREATE_TABLE = {"CREATE", "UNLOGGED?", "TABLE"};
    private static final String[] DROP_TABLE = {"DROP", "TABLE"};

    @Override
    public void check(RuleContext context) {
        if (context.transaction().inTransaction() || context.statement().nested()) {
            return;
        }
        Statement model = context.model();
        boolean concurrently = model instanceof Statement.CreateIndex ci && ci.concurrently()
                || model instanceof Statement.DropIndex di && di.concurrently();
        boolean nonTransactionalFile = Boolean.FALSE.equals(context.migration().runsInTransaction());
        if (!concurrently && !nonTransactionalFile) {
            return;
        }
        String retry = concurrently
                ? " If it fails (deadlock, lock_timeout, a duplicate breaking a UNIQUE build), the retry fails too:"
                : " The file runs outside a transaction, so if a later statement fails this one stays applied and the"
                        + " re-run fails:";
        if (model instanceof Statement.CreateIndex ci && !ci.ifNotExists() && ci.name() != null) {
            String name = dev.miglint.model.Identifiers.quoteIfNeeded(ci.name());
            String why = "Why:" + retry + " \"relation " + ci.name() + " already exists\".";
            if (!ci.concurrently()) {
                context.report("CREATE INDEX " + name + " without IF NOT EXISTS cannot be re-run",
                        why + "\nFix: CREATE INDEX ... IF NOT EXISTS " + name + ".",
                        insert(context, CREATE_INDEX, "IF NOT EXISTS ", "add IF NOT EXISTS"));
            } else if (!InvalidIndexRecovery.droppedFirst(context.statements(), context.statement(), ci.name())) {
                // a failed concurrent build leaves an INVALID index that IF NOT EXISTS would keep
                context.report("CREATE INDEX CONCURRENTLY " + name + " cannot be re-run",
                        why + " A failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind; "
                                + InvalidIndexRecovery.rerunAdvice(ci.name()) + ".\nFix:\n    "
                                + InvalidIndexRecovery.dropFirst(ci.name()) + "\n    " + firstLine(context),
                        dropFirst(context, ci.name()));
            }
        } else if (model instanceof Statement.DropIndex di && !di.ifExists()) {
            context.report("DROP INDEX without IF EXISTS cannot be re-run",
                    "Why:" + retry + " \"index does not exist\".\nFix: DROP INDEX ... IF EXISTS.",
                    insert(context, DROP_INDEX, "IF EXISTS ", "add IF EXISTS"));
        } else if (model instanceof Statement.CreateTable ct && !ct.ifNotExists() && !ct.temporary()) {
            context.report("CREATE TABLE " + ct.table().sql() + " without IF NOT EXISTS cannot be re-run",
                    "Why:" + retry + " \"relation already exists\".\nFix: CREATE TABLE IF NOT EXISTS " + ct.table().sql() + ".",
                    insert(context, CREATE_TABLE, "IF NOT EXISTS ", "add IF NOT EXISTS"));
        } else if (model instanceof Statement.Drop d && !d.ifExists() && DROPPABLE.contains(d.kind())) {
            String kind = d.kind().name().replace('_', ' ');
            context.report("DROP " + kind + " without IF EXISTS cannot be re-run",
                    "Why:" + retry + " \"does not exist\".\nFix: DROP " + kind + " IF EXISTS ...",
                    d.kind() == ObjectKind.TABLE ? insert(context, DROP_TABLE, "IF EXISTS ", "add IF EXISTS") : new Fix[0]);
        } else if (model instanceof Statement.AlterTable at) {
            for (AlterAction action : at.actions()) {
                if (action instanceof AlterAction.AddColumn ac && !ac.ifNotExists()) {
                    context.report("ADD COLUMN " + dev.miglint.model.Identifiers.quoteIfNeeded(ac.column().name())
                                    + " without IF NOT EXISTS cannot be re-run",
                            "Why:" + retry + " \"column already exists\".\nFix: ALTER TABLE " + at.table().sql()
                                    + " ADD COLUMN IF NOT EXISTS ...");
                    return;
                }
                if (action instanceof AlterAction.DropColumn dc && !dc.ifExists()) {
                    context.report("DROP COLUMN " + dev.miglint.model.Identifiers.quoteIfNeeded(dc.column())
                                    + " without IF EXISTS cannot be re-run",
                            "Why:" + retry + " \"column does not exist\".\nFix: ALTER TABLE " + at.table().sql()
                                    + " DROP COLUMN IF EXISTS ...");
                    return;
                }
            }
        }
    }

    /** The statement's first line, for a recipe that shows where the inserted statement goes. */
    private static String firstLine(RuleContext context) {
        String text = context.statement().text().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text + ";" : text.substring(0, newline).stripTrailing() + " ...";
    }

    /** A fix inserting the DROP INDEX CONCURRENTLY IF EXISTS that makes a concurrent build re-runnable. */
    private static Fix[] dropFirst(RuleContext context, String indexName) {
        int at = context.statement().span().start();
        return new Fix[] {new Fix("drop a leftover INVALID index first", new Span(at, at),
                InvalidIndexRecovery.dropFirst(indexName) + "\n")};
    }

    /** A fix inserting {@code words} before the name that follows the leading keywords, or none when not found. */
    private static Fix[] insert(RuleContext context, String[] leading, String words, String description) {
        dev.miglint.model.StatementTokens tokens = context.statement().tokens();
        int name = tokens.indexAfterLeading(leading);
        if (name < 0 || name >= tokens.size() || tokens.text(name).equalsIgnoreCase("IF")) {
            return new Fix[0];
        }
        return Fix.insertAt(context.statement(), tokens.start(name), description, words);
    }
}
