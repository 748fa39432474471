package dev.miglint.text;

/** Small changes to the fragments findings are written from. */
public final class Phrases {
    private Phrases() {
    }

    /** A fragment ("it has no WHERE clause") as the start of a sentence ("It has no WHERE clause"). */
    public static String capitalize(String fragment) {
        return fragment.isEmpty() ? fragment : Character.toUpperCase(fragment.charAt(0)) + fragment.substring(1);
    }
}
