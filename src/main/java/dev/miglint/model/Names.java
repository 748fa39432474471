package dev.miglint.model;

/** How messages quote object names: always in double quotes, as the database folded them. */
public final class Names {
    private Names() {
    }

    /** {@code "orders"}, {@code "billing.orders"}, {@code "Order"}. */
    public static String quoted(QualifiedName name) {
        return '"' + (name.schema() == null ? name.name() : name.schema() + "." + name.name()) + '"';
    }

    public static String quoted(String name) {
        return '"' + name + '"';
    }
}
