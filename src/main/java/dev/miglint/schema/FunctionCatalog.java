package dev.miglint.schema;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.RoutineSignature;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The functions the history created, by bare name: their declared volatility and their overloads' signatures. */
final class FunctionCatalog {
    private final Map<String, FunctionFacts> functions = new HashMap<>();

    void apply(Statement statement) {
        if (statement instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.FUNCTION && cr.name() != null) {
            FunctionFacts before = functions.get(cr.name().name());
            List<RoutineSignature> overloads = new ArrayList<>(before == null ? List.of() : before.overloads());
            RoutineSignature signature = cr.signature();
            if (signature != null) {
                overloads.removeIf(o -> o.argumentTypes().equals(signature.argumentTypes()));
                overloads.add(signature);
            }
            functions.put(cr.name().name(), new FunctionFacts(cr.volatility(), overloads));
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.FUNCTION) {
            d.names().forEach(n -> functions.remove(n.name()));
        }
    }

    Optional<FunctionFacts> function(QualifiedName name) {
        return Optional.ofNullable(functions.get(name.name()));
    }

    /** Becomes a copy of {@code other} (empty before): later changes to either leave the other as it was. */
    void copyFrom(FunctionCatalog other) {
        functions.putAll(other.functions);
    }
}
