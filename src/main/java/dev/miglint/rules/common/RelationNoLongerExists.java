package dev.miglint.rules.common;

import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A statement that names a table, view or index the history dropped or renamed away earlier (and did not create
 * again): the database refuses it, so the deployment fails there.
 */
@RuleDefinition(id = "relation-no-longer-exists", level = Level.ERROR,
        summary = "A statement names a table, view or index that an earlier statement dropped or renamed away: it fails.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class RelationNoLongerExists implements Rule {

    @Override
    public void check(RuleContext context) {
        for (QualifiedName name : namedRelations(context.model())) {
            Optional<String> how = context.schema().goneRelation(name);
            if (how.isPresent()) {
                String table = name.sql(context.dialect());
                String error = context.model() instanceof Statement.DropIndex
                        ? DialectPhrases.missingIndexError(context.dialect(), name.name())
                        : DialectPhrases.missingTableError(context.dialect(), name.name());
                context.report(verb(context.model()) + " names " + table + ", which an earlier statement " + how.get()
                                + ": it fails with \"" + error + "\"",
                        RuleHelp.of(this).with("table", table).with("how", how.get()).text());
                return;
            }
        }
    }

    /** The relations a statement needs to exist (not those it creates, and none under IF EXISTS). */
    private static List<QualifiedName> namedRelations(Statement s) {
        List<QualifiedName> out = new ArrayList<>();
        if (s instanceof Statement.AlterTable at && !at.ifExists()) {
            out.add(at.table());
        } else if (s instanceof Statement.Update u) {
            out.add(u.table());
        } else if (s instanceof Statement.Delete d) {
            out.add(d.table());
        } else if (s instanceof Statement.Insert i) {
            out.add(i.table());
            if (i.source() != null) {
                out.add(i.source().table());
            }
        } else if (s instanceof Statement.CreateIndex ci) {
            out.add(ci.table());
        } else if (s instanceof Statement.Drop d && !d.ifExists() && d.kind() == ObjectKind.TABLE) {
            out.addAll(d.names());
        } else if (s instanceof Statement.DropIndex di && !di.ifExists()) {
            out.addAll(di.indexes());
        }
        out.removeIf(n -> n == null);
        return out;
    }

    private static String verb(Statement s) {
        if (s instanceof Statement.AlterTable) {
            return "ALTER TABLE";
        } else if (s instanceof Statement.Update) {
            return "UPDATE";
        } else if (s instanceof Statement.Delete) {
            return "DELETE";
        } else if (s instanceof Statement.Insert) {
            return "INSERT";
        } else if (s instanceof Statement.CreateIndex) {
            return "CREATE INDEX";
        } else if (s instanceof Statement.DropIndex) {
            return "DROP INDEX";
        }
        return "DROP TABLE";
    }
}
