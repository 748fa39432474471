package dev.miglint.schema;

import dev.miglint.model.QualifiedName;
import java.util.List;

public record IndexState(QualifiedName name, QualifiedName table, boolean unique, List<String> columns,
        boolean newInMigration) {
}
