package dev.miglint.model;

import java.util.Map;
import java.util.Optional;

/**
 * The tables an UPDATE .. FROM or DELETE .. USING reads beside its target, by the name a WHERE qualifies their
 * columns with (the alias, else the table name), and the target's own alias (null without one).
 */
public record JoinedTables(String targetAlias, Map<String, QualifiedName> byQualifier) {

    public static final JoinedTables NONE = new JoinedTables(null, Map.of());

    public JoinedTables {
        byQualifier = Map.copyOf(byQualifier);
    }

    /** {@code qualifier} names the statement's target table {@code target}. */
    public boolean isTarget(String qualifier, QualifiedName target) {
        return qualifier != null && (qualifier.equals(targetAlias)
                || targetAlias == null && qualifier.equals(target.name()));
    }

    /** The joined table {@code qualifier} names, if it names one. */
    public Optional<QualifiedName> table(String qualifier) {
        return Optional.ofNullable(byQualifier.get(qualifier));
    }
}
