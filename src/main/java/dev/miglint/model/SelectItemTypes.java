package dev.miglint.model;

import java.util.List;
import java.util.Map;

/**
 * The type of a view's select-list item as far as its text tells it: an explicit cast, a literal whose type is
 * obvious, or one of the few functions whose result type does not depend on their arguments; types normalized as
 * PostgreSQL records them for a view column.
 */
public final class SelectItemTypes {

    /** Functions whose result type does not depend on their arguments. */
    private static final Map<String, String> FUNCTION_TYPES = Map.of("count", "bigint", "now", "timestamptz",
            "md5", "text", "length", "integer", "char_length", "integer", "row_number", "bigint");
    private static final Map<String, String> KEYWORD_VALUE_TYPES = Map.of("current_timestamp", "timestamptz",
            "current_date", "date", "true", "boolean", "false", "boolean", "localtimestamp", "timestamp");
    private static final Map<String, String> SERIAL_TYPES = Map.of("serial", "integer", "bigserial", "bigint",
            "smallserial", "smallint");

    private SelectItemTypes() {
    }

    /**
     * A type as PostgreSQL records it for a view column: canonical name ({@code int4} = {@code integer},
     * {@code character varying} = {@code varchar}), its modifiers and array-ness; serial types are their integer
     * type. {@code varchar(20)} and {@code varchar(200)} differ, as their typmods do.
     */
    public static String normalizedType(DataType type) {
        String name = SERIAL_TYPES.getOrDefault(type.name(), type.name());
        return name + (type.args().isEmpty() ? "" : "(" + String.join(",", type.args()) + ")") + (type.array() ? "[]" : "");
    }

    /** Literals, and the few functions whose type does not depend on their arguments. */
    static String valueType(List<String> expr) {
        if (expr.size() == 1) {
            String v = expr.get(0);
            String keyword = KEYWORD_VALUE_TYPES.get(SelectTokens.lower(v));
            if (keyword != null) {
                return keyword;
            }
            if (v.startsWith("'")) {
                return "text"; // an unknown-typed literal in a view's select list is resolved as text
            }
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
                return numberType(v);
            }
            return null;
        }
        if (expr.size() >= 3 && SelectTokens.isName(expr.get(0)) && expr.get(1).equals("(") && expr.get(expr.size() - 1).equals(")")
                && SelectTokens.skipParens(expr, 1) == expr.size()) {
            return FUNCTION_TYPES.get(SelectTokens.lower(expr.get(0)));
        }
        return null;
    }

    private static String numberType(String literal) {
        if (!literal.chars().allMatch(Character::isDigit)) {
            return literal.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? "numeric" : null;
        }
        if (literal.length() > 18) {
            return literal.length() > 19 ? "numeric" : null;
        }
        long value = Long.parseLong(literal);
        return value <= Integer.MAX_VALUE ? "integer" : "bigint";
    }

    static String castType(List<String> expr, int cast) {
        if (cast > 0 && cast + 2 < expr.size() && expr.get(cast + 1).equals(":") && !expr.subList(cast + 2, expr.size()).contains(":")) {
            return normalizedType(String.join(" ", expr.subList(cast + 2, expr.size())));
        }
        if (expr.size() > 4 && SelectTokens.lower(expr.get(0)).equals("cast") && expr.get(1).equals("(") && expr.get(expr.size() - 1).equals(")")) {
            int as = -1;
            for (int k = 2; k < expr.size(); k++) {
                as = SelectTokens.lower(expr.get(k)).equals("as") ? k : as;
            }
            if (as > 2) {
                return normalizedType(String.join(" ", expr.subList(as + 1, expr.size() - 1)));
            }
        }
        return null;
    }

    private static String normalizedType(String written) {
        return normalizedType(DataType.parse(written.replace(" ( ", "(").replace(" )", ")").replace("( ", "(")));
    }


    /** A keyword that stands for a value ({@code true}, {@code current_date}), not for a column. */
    static boolean isKeywordValue(String token) {
        return KEYWORD_VALUE_TYPES.containsKey(SelectTokens.lower(token));
    }
}
