package dev.miglint.parse;

import dev.miglint.model.RoutineSignature;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a CREATE FUNCTION's {@link RoutineSignature} from the tokens after its name. */
final class RoutineSignatureReader {
    private static final Set<String> MODES = Set.of("IN", "OUT", "INOUT", "VARIADIC");
    /** Words a type name can start with and go on after: {@code double precision}, {@code timestamp with time zone}. */
    private static final Set<String> MULTIWORD_TYPE_STARTS = Set.of("DOUBLE", "CHARACTER", "CHAR", "BIT", "TIMESTAMP",
            "TIME", "INTERVAL", "NATIONAL", "VARCHAR");
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("PRECISION", "VARYING", "WITH", "WITHOUT", "CHARACTER",
            "DAY", "HOUR", "MINUTE", "SECOND", "YEAR", "MONTH");
    /** The options that may follow RETURNS type, where the type ends. */
    private static final Set<String> AFTER_RETURN_TYPE = Set.of("LANGUAGE", "AS", "IMMUTABLE", "STABLE", "VOLATILE",
            "STRICT", "CALLED", "SECURITY", "EXTERNAL", "PARALLEL", "COST", "ROWS", "SET", "WINDOW", "LEAKPROOF", "NOT",
            "TRANSFORM", "SUPPORT", "BEGIN", "RETURN");

    private RoutineSignatureReader() {
    }

    /** The signature, or null when the header is not one this reader follows; the cursor is left where it was. */
    static RoutineSignature read(TokenCursor c) {
        int start = c.mark();
        try {
            if (!c.peekKind(TokenKind.LPAREN)) {
                return null;
            }
            List<String> inputs = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            TokenCursor arguments = c.parenthesized();
            if (!arguments.atEnd()) {
                for (TokenCursor argument : arguments.splitAtTopLevelCommas()) {
                    String mode = argument.acceptAnyWord(MODES.toArray(String[]::new));
                    String type = RoutineSignature.comparable(typeOf(argument));
                    if (mode == null || !mode.equals("OUT")) {
                        inputs.add(type);
                    }
                    if (mode != null && (mode.equals("OUT") || mode.equals("INOUT"))) {
                        outputs.add(type);
                    }
                }
            }
            return new RoutineSignature(inputs, result(c, outputs));
        } catch (NotRecognizedException e) {
            return null;
        } finally {
            c.reset(start);
        }
    }

    /** An argument's type: without its name and its DEFAULT. */
    private static String typeOf(TokenCursor argument) {
        int from = argument.mark();
        boolean unnamed = argument.peekKind(1, TokenKind.DOT) // a schema-qualified type
                || argument.peekAnyWord(MULTIWORD_TYPE_STARTS.toArray(String[]::new))
                        && (argument.peekKind(1, TokenKind.LPAREN)
                                || argument.peekAnyWordAt(1, TYPE_CONTINUATIONS.toArray(String[]::new)));
        if (!unnamed && !endsAt(argument, 1)) {
            argument.next(); // the argument's name
            from = argument.mark();
        }
        while (!argument.atEnd() && !argument.peekWord("DEFAULT") && !assignsDefault(argument, 0)) {
            argument.skipItem();
        }
        return argument.textBetween(from, argument.mark());
    }

    /** Whether the argument has no token at {@code ahead} (its type is the one word left) or its default starts there. */
    private static boolean endsAt(TokenCursor argument, int ahead) {
        return argument.peek(ahead) == null || argument.peekWord(ahead, "DEFAULT") || assignsDefault(argument, ahead);
    }

    private static boolean assignsDefault(TokenCursor argument, int ahead) {
        return argument.peekKind(ahead, TokenKind.OPERATOR) && argument.peek(ahead).text(argument.source()).equals("=");
    }

    private static String result(TokenCursor c, List<String> outputs) {
        String outs = outputs.isEmpty() ? "" : "(" + String.join(", ", outputs) + ")";
        if (!c.acceptWords("RETURNS")) {
            return outputs.isEmpty() ? "" : "record" + outs;
        }
        if (c.acceptWords("TABLE")) {
            List<String> columns = new ArrayList<>();
            for (TokenCursor column : c.parenthesized().splitAtTopLevelCommas()) {
                column.next(); // the column's name
                columns.add(RoutineSignature.comparable(column.restText()));
            }
            return "table(" + String.join(", ", columns) + ")";
        }
        boolean setOf = c.acceptWords("SETOF");
        int from = c.mark();
        while (!c.atEnd() && !c.peekAnyWord(AFTER_RETURN_TYPE.toArray(String[]::new))
                && !c.peekKind(TokenKind.STRING) && !c.peekKind(TokenKind.DOLLAR_STRING)) {
            c.skipItem();
        }
        return (setOf ? "setof " : "") + RoutineSignature.comparable(c.textBetween(from, c.mark())) + outs;
    }
}
