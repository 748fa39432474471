package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.WhereClause;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a comparison of a WHERE ({@code qty >= 0}) is already guaranteed for every stored value of its column by
 * a constraint the history created: a validated column or table {@code CHECK (qty >= 0)} or a {@code CHECK (VALUE >= 0)}
 * of the column's domain. Such a comparison drops no row except those where the column is NULL (a CHECK passes on
 * NULL), so a WHERE made of them cannot narrow an UPDATE or DELETE. Only numeric bounds are compared.
 */
final class ImpliedComparisons {

    private static final Pattern BOUND = Pattern.compile(
            "^\\s*(\"?[A-Za-z_][A-Za-z0-9_$]*\"?|[-+]?[0-9]+(?:\\.[0-9]+)?)\\s*(<=|>=|<>|!=|<|>)\\s*"
                    + "(\"?[A-Za-z_][A-Za-z0-9_$]*\"?|[-+]?[0-9]+(?:\\.[0-9]+)?)\\s*$");
    private static final Map<String, String> FLIPPED = Map.of("<", ">", ">", "<", "<=", ">=", ">=", "<=", "<>", "<>",
            "!=", "!=");

    /** A guaranteed bound {@code column operator value}, and the constraint it comes from (for the message). */
    record Bound(String operator, BigDecimal value, String source) { }

    private ImpliedComparisons() {
    }

    /** The source of the guarantee that implies {@code comparison}, or empty when nothing known implies it. */
    static Optional<String> impliedBy(SchemaView schema, QualifiedName table, WhereClause.Comparison comparison) {
        BigDecimal wanted = number(comparison.literal());
        if (wanted == null) {
            return Optional.empty();
        }
        return bounds(schema, table, comparison.column()).stream()
                .filter(b -> implies(b.operator(), b.value(), comparison.operator(), wanted))
                .map(Bound::source).findFirst();
    }

    private static List<Bound> bounds(SchemaView schema, QualifiedName table, String column) {
        List<Bound> bounds = new ArrayList<>();
        Optional<TableState> state = schema.table(table);
        if (state.isEmpty()) {
            return bounds;
        }
        for (ConstraintState c : state.get().constraints()) {
            ConstraintDef def = c.definition();
            if (def.kind() == ConstraintDef.Kind.CHECK && c.validated() && def.checkExpression() != null) {
                bound(def.checkExpression().text(), column, "CHECK (" + def.checkExpression().text().trim() + ")")
                        .ifPresent(bounds::add);
            }
        }
        state.get().column(column).filter(c -> c.type() != null && !c.type().array())
                .flatMap(c -> schema.domain(QualifiedName.parse(c.type().name())))
                .ifPresent(d -> d.checkExpressions().forEach(e -> bound(e, "value",
                        "CHECK (" + e.trim() + ") of domain " + d.name().sql()).ifPresent(bounds::add)));
        return bounds;
    }

    /** {@code subject op number} or {@code number op subject} read as a bound on {@code subject}. */
    private static Optional<Bound> bound(String expression, String subject, String source) {
        String text = expression.trim();
        while (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).trim();
        }
        Matcher m = BOUND.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal right = number(m.group(3));
        BigDecimal left = number(m.group(1));
        if (right != null && left == null && Identifiers.normalize(m.group(1)).equals(subject)) {
            return Optional.of(new Bound(m.group(2), right, source));
        }
        if (left != null && right == null && Identifiers.normalize(m.group(3)).equals(subject)) {
            return Optional.of(new Bound(FLIPPED.get(m.group(2)), left, source));
        }
        return Optional.empty();
    }

    /** Every value with {@code x have a} also has {@code x want b}. */
    static boolean implies(String have, BigDecimal a, String want, BigDecimal b) {
        int cmp = a.compareTo(b);
        return switch (want) {
            case ">=" -> (have.equals(">=") || have.equals(">")) && cmp >= 0;
            case ">" -> have.equals(">=") && cmp > 0 || have.equals(">") && cmp >= 0;
            case "<=" -> (have.equals("<=") || have.equals("<")) && cmp <= 0;
            case "<" -> have.equals("<=") && cmp < 0 || have.equals("<") && cmp <= 0;
            case "<>", "!=" -> have.equals(">=") && cmp > 0 || have.equals(">") && cmp >= 0
                    || have.equals("<=") && cmp < 0 || have.equals("<") && cmp <= 0;
            default -> false;
        };
    }

    private static BigDecimal number(String literal) {
        String t = literal.trim();
        int cast = t.indexOf("::");
        if (cast >= 0) {
            t = t.substring(0, cast).trim();
        }
        if (t.startsWith("'") && t.endsWith("'") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).trim();
        }
        try {
            return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
