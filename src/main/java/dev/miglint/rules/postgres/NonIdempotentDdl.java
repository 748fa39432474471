package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.InvalidIndexRecovery;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Span;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
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
        if (!context.outsideTransactionBlock()) {
            return;
        }
        Statement model = context.model();
        boolean concurrently = model instanceof Statement.CreateIndex ci && ci.concurrently()
                || model instanceof Statement.DropIndex di && di.concurrently();
        boolean nonTransactionalFile = Boolean.FALSE.equals(context.migration().runsInTransaction());
        if (!concurrently && !nonTransactionalFile) {
            return;
        }
        // the Why says where the failure comes from: the concurrent build itself, or a later statement of the file
        String why = concurrently ? null : "file outside a transaction";
        if (model instanceof Statement.CreateIndex ci && !ci.ifNotExists() && ci.name() != null) {
            String name = Identifiers.quoteIfNeeded(ci.name());
            RuleHelp help = help(why, "relation " + ci.name() + " already exists").with("name", name);
            if (!ci.concurrently()) {
                context.report("CREATE INDEX " + name + " without IF NOT EXISTS cannot be re-run",
                        help.fix("CREATE INDEX").text(),
                        insert(context, CREATE_INDEX, "IF NOT EXISTS ", "add IF NOT EXISTS"));
            } else if (!InvalidIndexRecovery.droppedFirst(context.statements(), context.statement(), ci.name())) {
                // a failed concurrent build leaves an INVALID index that IF NOT EXISTS would keep
                context.report("CREATE INDEX CONCURRENTLY " + name + " cannot be re-run",
                        help.adding(true, "INVALID index").fix("CREATE INDEX CONCURRENTLY")
                                .with("drop_first", InvalidIndexRecovery.dropFirst(ci.name()))
                                .with("statement", firstLine(context)).text(),
                        dropFirst(context, ci.name()));
            }
        } else if (model instanceof Statement.DropIndex di && !di.ifExists()) {
            context.report("DROP INDEX without IF EXISTS cannot be re-run",
                    help(why, "index does not exist").fix("DROP INDEX").text(),
                    insert(context, DROP_INDEX, "IF EXISTS ", "add IF EXISTS"));
        } else if (model instanceof Statement.CreateTable ct && !ct.ifNotExists() && !ct.temporary()) {
            context.report("CREATE TABLE " + ct.table().sql() + " without IF NOT EXISTS cannot be re-run",
                    help(why, "relation already exists").fix("CREATE TABLE").with("table", ct.table().sql()).text(),
                    insert(context, CREATE_TABLE, "IF NOT EXISTS ", "add IF NOT EXISTS"));
        } else if (model instanceof Statement.Drop d && !d.ifExists() && DROPPABLE.contains(d.kind())) {
            String kind = d.kind().name().replace('_', ' ');
            context.report("DROP " + kind + " without IF EXISTS cannot be re-run",
                    help(why, "does not exist").fix("DROP").with("kind", kind).text(),
                    d.kind() == ObjectKind.TABLE ? insert(context, DROP_TABLE, "IF EXISTS ", "add IF EXISTS") : new Fix[0]);
        } else if (model instanceof Statement.AlterTable at) {
            for (AlterAction action : at.actions()) {
                if (action instanceof AlterAction.AddColumn ac && !ac.ifNotExists()) {
                    context.report("ADD COLUMN " + Identifiers.quoteIfNeeded(ac.column().name())
                                    + " without IF NOT EXISTS cannot be re-run",
                            help(why, "column already exists").fix("ADD COLUMN").with("table", at.table().sql()).text());
                    return;
                }
                if (action instanceof AlterAction.DropColumn dc && !dc.ifExists()) {
                    context.report("DROP COLUMN " + Identifiers.quoteIfNeeded(dc.column())
                                    + " without IF EXISTS cannot be re-run",
                            help(why, "column does not exist").fix("DROP COLUMN").with("table", at.table().sql()).text());
                    return;
                }
            }
        }
    }

    /** The help with the Why variant {@code why} (null: the concurrent build's) and the error the retry meets. */
    private static RuleHelp help(String why, String error) {
        return RuleHelp.of("non-idempotent-ddl").why(why).with("error", error);
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
