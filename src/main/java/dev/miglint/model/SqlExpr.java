package dev.miglint.model;

/** An SQL expression kept as source text (defaults, CHECK bodies, USING clauses). */
public record SqlExpr(String text) {

    public Volatility volatility() {
        return Volatility.of(text);
    }

    /** {@code NULL}, {@code (NULL)} or {@code NULL::type}: a default that is no default. */
    public boolean isNullLiteral() {
        String t = text.trim();
        while (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("null") || lower.matches("null\\s*::.*");
    }

    @Override
    public String toString() {
        return text;
    }
}
