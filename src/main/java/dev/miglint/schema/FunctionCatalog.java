package dev.miglint.schema;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Volatility;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The functions the history created, by bare name, with their declared volatility. */
final class FunctionCatalog {
    private final Map<String, Volatility> functions = new HashMap<>();

    void apply(Statement statement) {
        if (statement instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.FUNCTION && cr.name() != null) {
            functions.put(cr.name().name(), cr.volatility());
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.FUNCTION) {
            d.names().forEach(n -> functions.remove(n.name()));
        }
    }

    Optional<Volatility> volatility(QualifiedName name) {
        return Optional.ofNullable(functions.get(name.name()));
    }
}
