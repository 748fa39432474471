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
        String t = at.table().sql();
        String col = Identifiers.quoteIfNeeded(column);
        String check = Identifiers.quoteIfNeeded(at.table().name() + "_" + column + "_not_null");
        ctx.report("ADD PRIMARY KEY USING INDEX " + Identifiers.quoteIfNeeded(index) + " sets nullable column "
                        + Names.quoted(at.table()) + "." + Names.quoted(column) + " NOT NULL: it scans the existing table"
                        + " under ACCESS EXCLUSIVE",
                "A primary key's columns must be NOT NULL, so PostgreSQL runs an implicit SET NOT NULL on " + col
                        + ": it holds ACCESS EXCLUSIVE on " + t + " (all reads and writes wait) while it scans every row."
                        + (ctx.pgVersion() >= 12 ? " Prove the column first, over two migrations:\n"
                        + "    ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + col + " IS NOT NULL) NOT VALID;\n"
                        + "then, in a later migration:\n"
                        + "    ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check + ";\n"
                        + "    ALTER TABLE " + t + " ALTER COLUMN " + col + " SET NOT NULL;  -- no scan: the CHECK proves it\n"
                        + "and only then ADD PRIMARY KEY USING INDEX." : ""));
    }

    private static void report(RuleContext ctx, Statement.AlterTable at, String column, boolean proven) {
        String t = at.table().sql();
        String col = Identifiers.quoteIfNeeded(column);
        String check = Identifiers.quoteIfNeeded(at.table().name() + "_" + column + "_not_null");
        String why = "SET NOT NULL takes ACCESS EXCLUSIVE on " + t + " (all reads and writes wait) and scans every row "
                + "to prove no NULL is left.\n";
        String help;
        if (ctx.pgVersion() >= 12) {
            help = why + "PostgreSQL 12+ skips the scan when a validated CHECK already proves it. Over two migrations:\n"
                    + "    ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + col + " IS NOT NULL) NOT VALID;\n"
                    + "then, in a later migration:\n"
                    + "    ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check + ";\n"
                    + "    ALTER TABLE " + t + " ALTER COLUMN " + col + " SET NOT NULL;\n"
                    + "    ALTER TABLE " + t + " DROP CONSTRAINT " + check + ";";
        } else {
            help = why + (proven ? "A validated CHECK exists, but " : "")
                    + "PostgreSQL " + ctx.pgVersion() + " always scans here (the CHECK shortcut came in 12). Either "
                    + "accept the scan in a quiet window, or keep a CHECK instead of the NOT NULL:\n"
                    + "    ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + col + " IS NOT NULL) NOT VALID;\n"
                    + "then, in a later migration:\n"
                    + "    ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check + ";";
        }
        ctx.report("SET NOT NULL on " + Names.quoted(at.table()) + "." + Names.quoted(column)
                + " scans the existing table under ACCESS EXCLUSIVE", help);
    }
}
