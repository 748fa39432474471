package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What MySQL's table storage decides, by bare table name: which tables OPTIMIZE copies, which columns lead an index. */
final class MysqlTableFacts {
    /** Tables with a FULLTEXT index or a storage engine other than InnoDB (OPTIMIZE copies them). */
    private final Set<String> fulltextOrNotInnodb = new HashSet<>();
    /** Tables to the first columns of their inline or ALTER TABLE ADD INDEX/KEY indexes. */
    private final Map<String, Set<String>> indexLeads = new HashMap<>();

    void apply(Statement statement) {
        recordFulltextOrNotInnodb(statement);
        recordIndexLeads(statement);
    }

    private void recordIndexLeads(Statement statement) {
        if (statement instanceof Statement.CreateTable ct) {
            Set<String> leads = new HashSet<>();
            ct.option(Statement.CreateTable.INDEX_LEADING_COLUMNS)
                    .ifPresent(v -> leads.addAll(List.of(v.split(","))));
            indexLeads.put(ct.table().name(), leads);
        } else if (statement instanceof Statement.AlterTable at) {
            for (AlterAction.Other o : at.actions(AlterAction.Other.class)) {
                dev.miglint.dialect.mysql.MysqlIndexDefinition.leadingColumn(o.text()).ifPresent(
                        c -> indexLeads.computeIfAbsent(at.table().name(), k -> new HashSet<>()).add(c));
            }
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                Set<String> leads = indexLeads.remove(at.table().name());
                if (leads != null) {
                    indexLeads.put(rt.to().name(), leads);
                }
            }
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            d.names().forEach(n -> indexLeads.remove(n.name()));
        }
    }

    private void recordFulltextOrNotInnodb(Statement statement) {
        if (statement instanceof Statement.CreateTable ct) {
            String engine = ct.options().getOrDefault("ENGINE", "InnoDB");
            if (ct.option(Statement.CreateTable.FULLTEXT).isPresent() || !engine.equalsIgnoreCase("InnoDB")) {
                fulltextOrNotInnodb.add(ct.table().name());
            } else {
                fulltextOrNotInnodb.remove(ct.table().name());
            }
        } else if (statement instanceof Statement.CreateIndex ci && "fulltext".equals(ci.method()) && ci.table() != null) {
            fulltextOrNotInnodb.add(ci.table().name());
        } else if (statement instanceof Statement.AlterTable at) {
            boolean fulltext = at.actions(AlterAction.Other.class).stream()
                    .anyMatch(o -> o.keyword() != null && o.keyword().toUpperCase(Locale.ROOT).startsWith("ADD FULLTEXT"));
            if (fulltext) {
                fulltextOrNotInnodb.add(at.table().name());
            }
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                if (fulltextOrNotInnodb.remove(at.table().name())) {
                    fulltextOrNotInnodb.add(rt.to().name());
                }
            }
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            d.names().forEach(n -> fulltextOrNotInnodb.remove(n.name()));
        }
    }

    boolean fulltextOrNotInnodb(QualifiedName table) {
        return fulltextOrNotInnodb.contains(table.name());
    }

    /**
     * The lower-cased first columns of every index of {@code table}: InnoDB indexes every primary key, unique and
     * foreign key, besides the indexes created by name ({@code indexes}) and the ADD INDEX/KEY ones only this keeps.
     */
    Set<String> seekableLeadingColumns(java.util.Optional<TableState> table, List<IndexState> indexes) {
        Set<String> leads = new HashSet<>(table.map(t -> indexLeads.getOrDefault(t.name().name(), Set.of()))
                .orElse(Set.of()));
        table.ifPresent(t -> t.constraints().stream().map(ConstraintState::definition)
                .filter(d -> d.kind() == ConstraintDef.Kind.PRIMARY_KEY || d.kind() == ConstraintDef.Kind.UNIQUE
                        || d.kind() == ConstraintDef.Kind.FOREIGN_KEY)
                .filter(d -> !d.columns().isEmpty())
                .forEach(d -> leads.add(d.columns().get(0).toLowerCase(Locale.ROOT))));
        indexes.stream().filter(ix -> !ix.columns().isEmpty())
                .forEach(ix -> leads.add(ix.columns().get(0).toLowerCase(Locale.ROOT)));
        return leads;
    }

    /** Becomes a copy of {@code other} (empty before): later changes to either leave the other as it was. */
    void copyFrom(MysqlTableFacts other) {
        fulltextOrNotInnodb.addAll(other.fulltextOrNotInnodb);
        other.indexLeads.forEach((k, leads) -> indexLeads.put(k, new HashSet<>(leads)));
    }
}
