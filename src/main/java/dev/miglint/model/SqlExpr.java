package dev.miglint.model;

/** An SQL expression kept as source text (defaults, CHECK bodies, USING clauses). */
public record SqlExpr(String text) {

    public Volatility volatility() {
        return Volatility.of(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
