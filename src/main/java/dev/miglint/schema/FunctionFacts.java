package dev.miglint.schema;

import dev.miglint.model.RoutineSignature;
import dev.miglint.model.Volatility;
import java.util.List;
import java.util.Optional;

/**
 * A function the history created: its declared volatility (the latest definition's) and the signatures of its
 * overloads whose header was read.
 */
public record FunctionFacts(Volatility volatility, List<RoutineSignature> overloads) {

    public FunctionFacts {
        overloads = List.copyOf(overloads);
    }

    /** The overload these input argument types name, if the history created it. */
    public Optional<RoutineSignature> overload(List<String> argumentTypes) {
        return overloads.stream().filter(o -> o.argumentTypes().equals(argumentTypes)).findFirst();
    }
}
