package dev.miglint.rules.sqlite;

import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TableRedefinition;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table redefinition whose DROP TABLE of the old copy also drops the triggers on it, and the migration does
 * not create them again: they are silently gone. Quiet when the migration creates a trigger of the same name
 * again, or any trigger on the new table (a replacement).
 */
@RuleDefinition(id = "sqlite-redefinition-drops-triggers", level = Level.WARNING,
        summary = "A table redefinition drops the old table's triggers and the migration does not create them again.",
        dialects = {Dialect.SQLITE})
public final class SqliteRedefinitionDropsTriggers implements Rule {

    @Override
    public void check(RuleContext context) {
        TableRedefinition r = context.redefinitionDroppingOldTable().orElse(null);
        if (r == null) {
            return;
        }
        Set<String> triggers = context.schema().triggersOn(r.oldTable());
        if (triggers.isEmpty()) {
            return;
        }
        int at = context.statement().index();
        List<Statement.CreateRoutine> later = context.statements().stream()
                .filter(s -> s.index() > at)
                .map(ParsedStatement::model)
                .filter(m -> m instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.TRIGGER)
                .map(m -> (Statement.CreateRoutine) m)
                .toList();
        // a trigger on the new table (before the swap under its temporary name, after it under the table's) replaces them
        int built = context.statements().stream()
                .filter(s -> s.index() < at && s.model() instanceof Statement.CreateTable ct
                        && ct.table().sameObject(r.copy().table()))
                .mapToInt(ParsedStatement::index).max().orElse(at);
        boolean replaced = context.statements().stream()
                .filter(s -> s.model() instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.TRIGGER
                        && cr.table() != null)
                .anyMatch(s -> s.index() > built && onTable((Statement.CreateRoutine) s.model(), r.copy().table())
                        || s.index() > at && onTable((Statement.CreateRoutine) s.model(), r.table()));
        Set<String> recreated = later.stream().filter(cr -> cr.name() != null)
                .map(cr -> cr.name().name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> lost = triggers.stream().filter(t -> !recreated.contains(t.toLowerCase(Locale.ROOT))).toList();
        if (lost.isEmpty() || replaced) {
            return;
        }
        String names = lost.stream().map(Identifiers::quoteIfNeeded).collect(Collectors.joining(", "));
        String table = r.table().sql();
        boolean many = lost.size() > 1;
        context.report("Redefinition of " + table + " drops trigger" + (many ? "s " : " ") + names + ": this DROP TABLE "
                        + r.oldTable().sql() + " drops " + (many ? "them" : "it") + " with the table and the migration"
                        + " does not create " + (many ? "them" : "it") + " again",
                RuleHelp.of(this).with("triggers", names).with("table", table).text());
    }

    private static boolean onTable(Statement.CreateRoutine cr, QualifiedName table) {
        return cr.table().sameObject(table);
    }
}
