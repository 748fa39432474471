package dev.miglint.rules.postgres;

import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

@RuleDefinition(id = "vacuum-full-or-cluster", level = Level.ERROR,
        summary = "VACUUM FULL and CLUSTER rewrite the whole table under ACCESS EXCLUSIVE.")
public final class VacuumFullOrCluster implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<QualifiedName> tables;
        String command;
        if (ctx.model() instanceof Statement.Vacuum v && v.full()) {
            tables = v.tables();
            command = "VACUUM FULL";
        } else if (ctx.model() instanceof Statement.Cluster c) {
            tables = c.table() == null ? List.of() : List.of(c.table());
            command = "CLUSTER";
        } else {
            return;
        }
        List<QualifiedName> existing = tables.stream().filter(t -> !ctx.schema().isScanFree(t)).toList();
        if (!tables.isEmpty() && existing.isEmpty()) {
            return; // only tables created in this migration: empty, nothing to rewrite
        }
        String on = existing.isEmpty()
                ? (command.equals("CLUSTER") ? "every previously clustered table" : "every table in the database")
                : existing.stream().map(Names::quoted).collect(Collectors.joining(", "));
        String target = existing.isEmpty() ? "<table>" : existing.get(0).sql();
        ctx.report(command + " rewrites " + on + " under ACCESS EXCLUSIVE",
                RuleHelp.of(this).with("command", command).with("table", target)
                        .with("order_by", command.equals("CLUSTER") ? " --order-by=<columns>" : "").text());
    }
}
