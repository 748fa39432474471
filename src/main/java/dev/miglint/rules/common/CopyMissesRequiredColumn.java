package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.InsertCoverage;
import dev.miglint.schema.TableState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code INSERT INTO t (cols) SELECT ... FROM s} from a table that may hold rows, where {@code t} has a NOT NULL
 * column without a default that the INSERT does not fill: it fails on the first row (typically the copy step of
 * a table redefinition whose new table gained a required column).
 */
@RuleDefinition(id = "copy-misses-required-column", level = Level.ERROR,
        summary = "An INSERT ... SELECT from a table with rows leaves out a NOT NULL column without a default of its target.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class CopyMissesRequiredColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Insert ins) || ins.source() == null
                || !mayHaveRows(context, ins.source().table())) {
            return;
        }
        List<ColumnState> left = InsertCoverage.requiredColumnsLeftOut(context.schema(), ins, context.dialect());
        if (left.isEmpty()) {
            return;
        }
        Dialect dialect = context.dialect();
        String target = ins.table().sql();
        String source = ins.source().table().sql();
        String columns = left.stream().map(c -> Identifiers.quoteIfNeeded(c.name(), dialect))
                .collect(Collectors.joining(", "));
        boolean many = left.size() > 1;
        String failure = switch (dialect) {
            case SQLITE -> "\"NOT NULL constraint failed: " + ins.table().name() + "." + left.get(0).name() + "\"";
            case MYSQL -> "error 1364 \"Field '" + left.get(0).name() + "' doesn't have a default value\"";
            default -> "ERROR: null value in column \"" + left.get(0).name() + "\" violates not-null constraint"
                    + " (SQLSTATE 23502)";
        };
        String notCopied = uncopiedSourceColumns(context, ins);
        String example = left.get(0).name();
        context.report("INSERT INTO " + target + " ... SELECT does not fill NOT NULL column" + (many ? "s " : " ")
                        + columns + " (no default): it fails on the first row of " + source,
                RuleHelp.of(this).with("columns", columns).with("failure", failure).with("source", source)
                        .with("target", target).with("example", Identifiers.quoteIfNeeded(example, dialect))
                        .with("not_copied", notCopied).adding(dialect == Dialect.MYSQL, "MySQL")
                        .fix(notCopied.isEmpty() ? null : "renamed column").text());
    }

    /**
     * The SELECT may return rows: the source existed before this migration (unknown tables included) and was not
     * emptied since, or it was created in this migration and an earlier statement inserted into it.
     */
    private static boolean mayHaveRows(RuleContext context, QualifiedName source) {
        if (context.schema().isExistingTable(source)) {
            return !context.schema().isEmptiedInMigration(source);
        }
        int here = context.statement().index();
        for (ParsedStatement s : context.statements()) {
            if (s.index() < here && s.model() instanceof Statement.Insert earlier && earlier.table() != null
                    && earlier.table().sameObject(source)) {
                return true;
            }
        }
        return false;
    }

    /** The source's columns the select list does not read and the target does not have (a renamed column?). */
    private static String uncopiedSourceColumns(RuleContext context, Statement.Insert ins) {
        TableState target = context.schema().table(ins.table()).orElse(null);
        return context.schema().table(ins.source().table()).map(TableState::columns).orElse(List.of()).stream()
                .map(ColumnState::name)
                .filter(c -> !ins.source().reads(c) && (target == null || target.column(c).isEmpty()))
                .map(c -> Identifiers.quoteIfNeeded(c, context.dialect()))
                .collect(Collectors.joining(", "));
    }
}
