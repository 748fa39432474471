package dev.miglint.schema;

import dev.miglint.model.QualifiedName;

/** A column of a table, as the tracker names it. */
public record TableColumn(QualifiedName table, String column) {
}
