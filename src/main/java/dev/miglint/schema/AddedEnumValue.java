package dev.miglint.schema;

import dev.miglint.model.QualifiedName;

/**
 * A value added by {@code ALTER TYPE ... ADD VALUE} in the current migration file. {@code transaction} is the
 * transaction number it was added in, or -1 when it ran outside a transaction (committed at once);
 * {@code typeCreatedInSameTransaction}: the enum type itself is new in that transaction, so its values are usable.
 */
public record AddedEnumValue(QualifiedName type, String value, int transaction, boolean typeCreatedInSameTransaction) {
}
