package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.IndexState;
import dev.miglint.schema.TableState;
import java.util.List;
import java.util.Optional;

@RuleDefinition(id = "set-not-null-without-check", level = Level.ERROR,
        summary = "SET NOT NULL on an existing table scans every row under ACCESS EXCLUSIVE unless a validated CHECK proves it.")
public final class SetNotNullWithoutCheck implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.AlterTable at) || ctx.schema().isScanFree(at.table())) {
            return;
        }
        Optional<TableState> table = ctx.schema().table(at.table());
        for (AlterAction.SetNotNull sn : at.actions(AlterAction.SetNotNull.class)) {
            String column = sn.column();
            if (!StatementWork.setNotNullScans(table, column, ctx.pgVersion())) {
                continue;
            }
            boolean proven = table.map(t -> t.hasValidatedNotNullCheck(column)).orElse(false);
            report(ctx, at, column, proven);
        }
        for (AlterAction.AddConstraint ac : at.actions(AlterAction.AddConstraint.class)) {
            if (ac.constraint().kind() != ConstraintDef.Kind.PRIMARY_KEY || ac.constraint().usingIndex() == null) {
                continue;
            }
            List<String> columns = ctx.schema().index(QualifiedName.of(ac.constraint().usingIndex()))
                    .map(IndexState::columns).orElse(List.of());
            for (String column : columns) {
                // only columns the history declared nullable: an unknown column may well be NOT NULL already
                boolean declaredNullable = table.flatMap(t -> t.column(column)).map(c -> !c.notNull()).orElse(false);
                if (declaredNullable && StatementWork.setNotNullScans(table, column, ctx.pgVersion())) {
                    reportPrimaryKey(ctx, at, column, ac.constraint().usingIndex());
                }
            }
        }
    }

    private static void reportPrimaryKey(RuleContext ctx, Statement.AlterTable at, String column, String index) {
        RuleHelp help = help(at, column).why("PRIMARY KEY").fix("PRIMARY KEY");
        ctx.report("ADD PRIMARY KEY USING INDEX " + Identifiers.quoteIfNeeded(index) + " sets nullable column "
                        + Names.quoted(at.table()) + "." + Names.quoted(column) + " NOT NULL: it scans the existing table"
                        + " under ACCESS EXCLUSIVE",
                // before 12 a CHECK does not spare the scan: there is no recipe to give
                ctx.pgVersion() >= 12 ? help.text() : help.why());
    }

    private static void report(RuleContext ctx, Statement.AlterTable at, String column, boolean proven) {
        RuleHelp help = help(at, column);
        if (ctx.pgVersion() < 12) {
            help.fix("before 12").with("version", ctx.pgVersion()).adding(proven, "CHECK before 12");
        }
        ctx.report("SET NOT NULL on " + Names.quoted(at.table()) + "." + Names.quoted(column)
                + " scans the existing table under ACCESS EXCLUSIVE", help.text());
    }

    private static RuleHelp help(Statement.AlterTable at, String column) {
        return RuleHelp.of("set-not-null-without-check").with("table", at.table().sql())
                .with("column", Identifiers.quoteIfNeeded(column))
                .with("check", Identifiers.quoteIfNeeded(at.table().name() + "_" + column + "_not_null"));
    }
}
