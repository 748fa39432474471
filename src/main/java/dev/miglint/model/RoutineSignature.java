package dev.miglint.model;

import java.util.List;

/**
 * What identifies a function and what it returns, as its CREATE FUNCTION header declares them: the types of its
 * input arguments (IN, INOUT, VARIADIC; PostgreSQL tells overloads apart by these) and its result (the RETURNS type,
 * SETOF, a RETURNS TABLE's column types, or the OUT arguments' types). Types are canonical names without modifiers,
 * as PostgreSQL compares them: {@code varchar(10)} and {@code character varying} are one type.
 */
public record RoutineSignature(List<String> argumentTypes, String result) {

    public RoutineSignature {
        argumentTypes = List.copyOf(argumentTypes);
    }

    /** A type as written, reduced to what PostgreSQL compares: its canonical name, and [] for an array. */
    public static String comparable(String typeText) {
        DataType type = DataType.parse(typeText);
        return type.name() + (type.array() ? "[]" : "");
    }
}
