package dev.miglint.schema;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The enum types (with their values) and domains of the history, by bare name. */
final class TypeCatalog {
    private final Map<String, List<String>> enums = new HashMap<>();
    private final Map<String, DomainState> domains = new HashMap<>();

    /** Applies CREATE TYPE/DOMAIN, ALTER DOMAIN, DROP TYPE/DOMAIN and the renames of ALTER TYPE. */
    void apply(Statement statement) {
        if (statement instanceof Statement.Drop d && (d.kind() == ObjectKind.TYPE || d.kind() == ObjectKind.DOMAIN)) {
            d.names().forEach(n -> enums.remove(n.name()));
            d.names().forEach(n -> domains.remove(n.name()));
        } else if (statement instanceof Statement.CreateType ct && ct.domain() != null) {
            domains.put(ct.type().name(), new DomainState(ct.type(), ct.domain().baseType(), ct.domain().notNull(),
                    ct.domain().checks(), ct.domain().checkExpressions()));
        } else if (statement instanceof Statement.AlterDomain ad) {
            alterDomain(ad);
        } else if (statement instanceof Statement.CreateType ct && !ct.enumValues().isEmpty()) {
            enums.put(ct.type().name(), new ArrayList<>(ct.enumValues()));
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.RENAME_VALUE
                && at.value() != null && at.newValue() != null) {
            List<String> values = enums.get(at.type().name());
            if (values != null && values.indexOf(at.value()) >= 0) {
                values.set(values.indexOf(at.value()), at.newValue());
            }
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.RENAME
                && at.newValue() != null) {
            List<String> values = enums.remove(at.type().name());
            if (values != null) {
                enums.put(at.newValue(), values);
            }
        }
    }

    /** ALTER TYPE ... ADD VALUE: true when {@code value} is new to the type. */
    boolean addEnumValue(QualifiedName type, String value) {
        List<String> values = enums.computeIfAbsent(type.name(), k -> new ArrayList<>());
        if (value == null || values.contains(value)) {
            return false;
        }
        values.add(value);
        return true;
    }

    private void alterDomain(Statement.AlterDomain ad) {
        DomainState d = domains.get(ad.domain().name());
        if (d == null) {
            return;
        }
        DomainState changed = switch (ad.action()) {
            case ADD_CONSTRAINT -> ad.notNull()
                    ? new DomainState(d.name(), d.baseType(), true, d.checks(), d.checkExpressions())
                    : new DomainState(d.name(), d.baseType(), d.notNull(), d.checks() + 1, d.checkExpressions());
            case DROP_CONSTRAINT -> new DomainState(d.name(), d.baseType(), d.notNull(), Math.max(0, d.checks() - 1));
            case SET_NOT_NULL -> new DomainState(d.name(), d.baseType(), true, d.checks(), d.checkExpressions());
            case DROP_NOT_NULL -> new DomainState(d.name(), d.baseType(), false, d.checks(), d.checkExpressions());
            default -> d;
        };
        domains.put(ad.domain().name(), changed);
    }

    Optional<DomainState> domain(QualifiedName name) {
        return Optional.ofNullable(domains.get(name.name()));
    }

    Optional<List<String>> enumValues(QualifiedName type) {
        return Optional.ofNullable(enums.get(type.name())).map(List::copyOf);
    }

    /** Becomes a copy of {@code other} (empty before): later changes to either leave the other as it was. */
    void copyFrom(TypeCatalog other) {
        other.enums.forEach((k, values) -> enums.put(k, new ArrayList<>(values)));
        domains.putAll(other.domains);
    }
}
